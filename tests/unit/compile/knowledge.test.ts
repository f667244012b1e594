import { describe, expect, it } from 'vitest';
import { ContentError, type Knowledge } from '../../../src/lib/compile/knowledge';
import { compileModel } from '../../../src/lib/compile/model';
import { roundSchema } from '../../../src/schemas/round';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { articles, knowledge } = corpus();

/** The problems the compiler reports for the real content with one change made to it. */
function problemsWith(change: (copy: Knowledge) => Knowledge): string[] {
  try {
    compileModel(articles, change(structuredClone<Knowledge>(knowledge)));
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('a content error', () => {
  it('is one line for one problem, with no stack trace to bury it', () => {
    const error = new ContentError(['content/people.yaml: the id "vladimir-putin" is used twice.']);
    expect(error.message).toBe('content/people.yaml: the id "vladimir-putin" is used twice.');
    expect(error.stack).toBe('');
    expect(new ContentError(['one', 'two']).message).toBe('The content has 2 problems:\n- one\n- two');
  });
});

describe('bad curated knowledge stops the build', () => {
  it('accepts the real content', () => {
    expect(problemsWith((copy) => copy)).toEqual([]);
  });

  it('names the file, entry, field and unknown party, with close matches', () => {
    const problems = problemsWith((copy) => ({
      ...copy,
      people: copy.people.map((person) =>
        person.id === 'sergey-lavrov'
          ? { ...person, roles: [{ title: 'Foreign Minister', kind: 'official' as const, party: 'rusia' }] }
          : person,
      ),
    }));
    expect(problems).toEqual([
      'content/people.yaml: person "sergey-lavrov", roles[0].party: unknown party "rusia". Close matches: russia.',
    ]);
  });

  it('names an unknown person and an unknown place in a round', () => {
    const problems = problemsWith((copy) => ({
      ...copy,
      rounds: copy.rounds.map((round) =>
        round.id === '2022-03-29-istanbul'
          ? {
              ...round,
              place: 'instanbul',
              delegationHeads: [{ party: 'russia', person: 'vladimir-medinski' }],
            }
          : round,
      ),
    }));
    expect(problems).toContain(
      'content/rounds.yaml: round "2022-03-29-istanbul", place: unknown place "instanbul". Close matches: istanbul.',
    );
    expect(problems).toContain(
      'content/rounds.yaml: round "2022-03-29-istanbul", delegationHeads[0].person: unknown person "vladimir-medinski". Close matches: vladimir-medinsky.',
    );
  });

  it('names an unknown article in a citation', () => {
    const [first] = knowledge.demands;
    const problems = problemsWith((copy) => ({
      ...copy,
      demands: copy.demands.map((demand, index) =>
        index === 0
          ? {
              ...demand,
              history: demand.history.map((step) => ({
                ...step,
                citation: { ...step.citation, article: 'no-such-article' },
              })),
            }
          : demand,
      ),
    }));
    expect(problems[0]).toMatch(
      new RegExp(
        `^content/demands.yaml: demand "${first?.id ?? ''}", history\\[0\\]\\.citation\\.article: unknown article "no-such-article"\\.`,
      ),
    );
  });

  it('names both people when two claim one alias', () => {
    const problems = problemsWith((copy) => ({
      ...copy,
      people: copy.people.map((person) =>
        person.id === 'dmytro-kuleba' ? { ...person, aliases: [...person.aliases, 'Lavrov'] } : person,
      ),
    }));
    expect(problems).toEqual([
      'content/people.yaml: the alias "Lavrov" is claimed by "sergey-lavrov" and "dmytro-kuleba"; a person\'s names must be its own.',
    ]);
  });

  it('allows a name shared by a place and a party', () => {
    const moscowIsBoth =
      knowledge.places.some((place) => place.id === 'moscow') &&
      knowledge.parties.some((party) => party.aliases.includes('Moscow'));
    expect(moscowIsBoth).toBe(true);
  });

  it('refuses a demand step dated after the article that reports it, and accepts one dated before', () => {
    const hill = slugStartingWith('2022-03-29-the-hill');
    const problems = problemsWith((copy) => ({
      ...copy,
      demands: copy.demands.map((demand) => ({
        ...demand,
        history: demand.history.map((step) =>
          step.citation.article === hill && demand.id === 'crimea' ? { ...step, date: '2022-03-30' } : step,
        ),
      })),
    }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/demands\.yaml: demand "crimea", history\[\d+\]\.date: 2022-03-30 is after .* was published \(2022-03-29\)/,
    );
  });

  it('refuses a citation whose quote is not in its article, and shows the closest passage', () => {
    const antalya = '2022-03-10-antalya';
    const problems = problemsWith((copy) => ({
      ...copy,
      rounds: copy.rounds.map((round) =>
        round.id === antalya
          ? {
              ...round,
              facts: [
                {
                  statement: 'The ministers met in Turkey.',
                  citation: {
                    article: slugStartingWith('2022-03-11-cnn'),
                    quote: 'Kuleba and Lavrov met in Antalya on Thursday',
                  },
                },
              ],
            }
          : round,
      ),
    }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      `content/rounds.yaml: round "${antalya}", facts[0].citation: the quote “Kuleba and Lavrov met in Antalya on Thursday” is not in ${slugStartingWith('2022-03-11-cnn')}.`,
    );
    expect(problems[0]).toContain(
      'Closest passage: p-13: Ukrainian Foreign Minister Dmytro Kuleba and Russian Foreign Minister Sergey Lavrov met in Turkey on Thursday',
    );
  });
});

describe('a cited quote must be whole words of its article', () => {
  it('names the round, the field and the paragraph when a quote starts or ends inside a word', () => {
    const antalya = '2022-03-10-antalya';
    const cnn = slugStartingWith('2022-03-11-cnn');
    const problems = problemsWith((copy) => ({
      ...copy,
      rounds: copy.rounds.map((round) =>
        round.id === antalya
          ? {
              ...round,
              facts: round.facts.map((fact, index) =>
                index === 0
                  ? {
                      statement: 'The ministers met in Turkey.',
                      citation: { article: cnn, quote: 'oreign Minister Sergey Lavrov met in Turk' },
                    }
                  : fact,
              ),
            }
          : round,
      ),
    }));
    expect(problems).toEqual([
      `content/rounds.yaml: round "${antalya}", facts[0].citation: the quote “oreign Minister Sergey Lavrov met in Turk” starts or ends inside a word of ${cnn} (p-13: “Foreign Minister Sergey Lavrov met in Turkey”); expected whole words.`,
    ]);
  });
});

describe('a round’s former ids', () => {
  const withFormerIds = (formerIds: Record<string, string[]>) =>
    problemsWith((copy) => ({
      ...copy,
      rounds: copy.rounds.map((round) => ({ ...round, formerIds: formerIds[round.id] ?? round.formerIds })),
    }));

  it('must be slugs like a round id, checked by the schema with a one-line message', () => {
    const [round] = knowledge.rounds;
    if (round === undefined) throw new Error('content/rounds.yaml is empty');
    const result = roundSchema.safeParse({ ...round, formerIds: ['2022-03-29/istanbul'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'formerIds.0: expected a slug of the start date and the place, such as "2022-03-29-istanbul"',
    ]);
  });

  it('may not be a live round’s id, its own or another’s, naming both rounds', () => {
    expect(withFormerIds({ '2022-03-29-istanbul': ['2022-03-29-istanbul'] })).toEqual([
      'content/rounds.yaml: round "2022-03-29-istanbul", formerIds[0]: "2022-03-29-istanbul" is the id of round "2022-03-29-istanbul" itself; a former id redirects to its round, so it must be an id no round has now.',
    ]);
    expect(withFormerIds({ '2022-03-29-istanbul': ['2022-03-10-antalya'] })).toEqual([
      'content/rounds.yaml: round "2022-03-29-istanbul", formerIds[0]: "2022-03-10-antalya" is the id of round "2022-03-10-antalya"; a former id redirects to its round, so it must be an id no round has now.',
    ]);
  });

  it('may not be claimed by two rounds, naming both', () => {
    expect(
      withFormerIds({
        '2022-03-10-antalya': ['2022-03-10-turkey'],
        '2022-03-29-istanbul': ['2022-03-10-turkey'],
      }),
    ).toEqual([
      'content/rounds.yaml: round "2022-03-29-istanbul", formerIds[0]: "2022-03-10-turkey" is already a former id of round "2022-03-10-antalya"; an old address can redirect to one round only.',
    ]);
  });
});

describe('an article that names another as its version', () => {
  it('joins the story, and an unknown slug stops the build with close matches', () => {
    const live = slugStartingWith('2022-03-20-cnn-live');
    const full = slugStartingWith('2022-03-20-cnn-us');
    const declared = articles.map((article) =>
      article.slug === slugStartingWith('2022-03-29-the-hill')
        ? { ...article, data: { ...article.data, versionOf: live } }
        : article,
    );
    const story = compileModel(declared, knowledge).stories.find((candidate) => candidate.primary === full);
    expect(story?.versions.sort()).toEqual([live, slugStartingWith('2022-03-29-the-hill')].sort());

    const typo = articles.map((article) =>
      article.slug === live ? { ...article, data: { ...article.data, versionOf: `${full}x` } } : article,
    );
    expect(() => compileModel(typo, knowledge)).toThrow(
      `content/articles/${live}.md: versionOf: unknown article "${full}x". Close matches: ${full}.`,
    );
  });
});

describe('mistakes in the knowledge that would misread the articles', () => {
  const withPerson = (change: (person: Knowledge['people'][number]) => Knowledge['people'][number]) =>
    problemsWith((copy) => ({
      ...copy,
      people: copy.people.map((person) => (person.id === 'ned-price' ? change(person) : person)),
    }));

  it('stops the build for an alias that is a common word, naming the file, entry and reason', () => {
    expect(
      withPerson((person) => ({ ...person, aliases: [...person.aliases, 'the', 'talks', 'The'] })),
    ).toEqual([
      'content/people.yaml: person "ned-price", aliases: "the" is a common word, so every "the" in the articles would be a mention of ned-price; remove it, or list it in commonWordAliases if it is really meant.',
      'content/people.yaml: person "ned-price", aliases: "talks" is a common word, so every "talks" in the articles would be a mention of ned-price; remove it, or list it in commonWordAliases if it is really meant.',
      'content/people.yaml: person "ned-price", aliases: "The" is a common word, so every "The" in the articles would be a mention of ned-price; remove it, or list it in commonWordAliases if it is really meant.',
    ]);
  });

  it('takes a common word the entry lists as meant, and a capitalised name such as "Price"', () => {
    expect(
      withPerson((person) => ({
        ...person,
        aliases: [...person.aliases, 'talks'],
        commonWordAliases: ['talks'],
      })),
    ).toEqual([]);
  });

  it('stops the build for a person who answers to a party’s name', () => {
    expect(withPerson((person) => ({ ...person, aliases: [...person.aliases, 'Russia'] }))).toEqual([
      'content/people.yaml: person "ned-price", aliases: "Russia" is also a name of the party "russia" in content/parties.yaml; a text naming it would be read as the person, who would take its quotes. Remove it from one of them.',
    ]);
  });

  it('stops the build for a person with the id of the unnamed sources’ page', () => {
    const problems = withPerson((person) => ({ ...person, id: 'unnamed-sources' }));
    expect(problems).toContain(
      'content/people.yaml: person "unnamed-sources": the id is the address of the page of unnamed sources (/people/unnamed-sources/), so this person would get no page; give them another id.',
    );
  });
});
