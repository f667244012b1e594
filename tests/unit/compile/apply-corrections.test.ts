/**
 * The editor's corrections (content/corrections.yaml, issue 24, finding 1):
 * applied after the compiler and before aggregation, so everything downstream
 * follows; a bad entry is one line naming the file, the entry and the field.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { periodOfValue } from '../../../src/lib/compile/apply-corrections';
import { compileModel } from '../../../src/lib/compile/model';
import { checkCorrections } from '../../../src/lib/content/read-corrections';
import { openData } from '../../../src/lib/open-data/records';
import { openDataFiles } from '../../../src/schemas/open-data';
import { corpus, slugStartingWith } from '../../helpers/corpus';
import { problemsOf } from '../../helpers/content-error';

const { articles, knowledge, model: uncorrected } = corpus();
const antiwar = slugStartingWith('2022-03-16-antiwar');
const hill = slugStartingWith('2022-03-29-the-hill');
const cnn20 = slugStartingWith('2022-03-20-cnn-us');
const cnn11 = slugStartingWith('2022-03-11-cnn');

const corrections = (yaml: string) => checkCorrections(parseYaml(yaml));
const compile = (yaml: string) => compileModel(articles, knowledge, corrections(yaml));
const paragraph = (model: typeof uncorrected, slug: string, id: string) => {
  const found = model.articles.find((article) => article.slug === slug)?.paragraphs.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no ${slug} ${id}`);
  return found;
};

describe('a corrected date', () => {
  const yaml = `
- article: ${antiwar}
  paragraph: p-1
  date: On Wednesday
  value: 2022-03-10
  reason: Lavrov spoke in Antalya, on the Thursday before.
`;

  it('replaces the value of the expression the words overlap, and marks it', () => {
    const before = paragraph(uncorrected, antiwar, 'p-1').dates[0];
    expect(before).toMatchObject({ phrase: 'Wednesday', start: '2022-03-16' });
    const after = paragraph(compile(yaml), antiwar, 'p-1').dates[0];
    expect(after).toMatchObject({
      phrase: 'Wednesday',
      start: '2022-03-10',
      end: '2022-03-10',
      precision: 'day',
      correctedBy: { reason: 'Lavrov spoke in Antalya, on the Thursday before.', anchor: 'correction-1' },
    });
  });

  it('moves the paragraph to the round of the corrected day', () => {
    const rounds = (model: typeof uncorrected) =>
      paragraph(model, antiwar, 'p-1').rounds.map((link) => link.round);
    expect(rounds(uncorrected)).toEqual(['2022-03-14-video-link']);
    const model = compile(yaml);
    expect(rounds(model)).toEqual(['2022-03-10-antalya']);
    const antalya = model.rounds.find((round) => round.id === '2022-03-10-antalya');
    expect(antalya?.paragraphs).toContainEqual(
      expect.objectContaining({ article: antiwar, paragraphId: 'p-1' }),
    );
  });

  it('is published with source "editor", and the rest with source "compiler"', () => {
    const dates = openData(compile(yaml)).dates;
    expect(dates.find((date) => date.article === antiwar && date.paragraph === 'p-1')).toMatchObject({
      value: '2022-03-10',
      source: 'editor',
    });
    expect(dates.filter((date) => date.source === 'editor')).toHaveLength(1);
    for (const record of dates) expect(openDataFiles.dates.schema.parse(record)).toEqual(record);
  });

  it('reads weeks, months and intervals as dates.json writes them', () => {
    expect(periodOfValue('2022-W10')).toEqual({ start: '2022-03-07', end: '2022-03-13', precision: 'week' });
    expect(periodOfValue('2022-02')).toEqual({ start: '2022-02-01', end: '2022-02-28', precision: 'month' });
    expect(periodOfValue('2022-03-04/2022-03-11')).toEqual({
      start: '2022-03-04',
      end: '2022-03-11',
      precision: 'span',
    });
    expect(periodOfValue('2022-02-30')).toBeUndefined();
  });
});

describe('a corrected speaker, and words that are nobody’s', () => {
  const yaml = `
- article: ${hill}
  paragraph: p-5
  quote: this is a repositioning
  speaker: antony-blinken
  reason: A test of a speaker moved from one person to another.
- article: ${hill}
  paragraph: p-21
  quote: seen by many as one of the most important
  speaker: null
  reason: The words are a phrase the article borrows, nobody's statement.
- article: ${hill}
  paragraph: p-12
  quote: denazification
  speaker: { unnamed: officials from Moscow }
  reason: The sentence gives the words to officials from Moscow.
`;
  const model = compile(yaml);

  it('moves the quote from one person’s page to the other’s', () => {
    const quotesOf = (m: typeof model, id: string) =>
      m.people.find((person) => person.id === id)?.quotes.map((quote) => quote.text) ?? [];
    const kirby = 'We believe this is a repositioning, not a real withdrawal,';
    expect(quotesOf(uncorrected, 'john-kirby')).toContain(kirby);
    expect(quotesOf(model, 'john-kirby')).not.toContain(kirby);
    expect(quotesOf(model, 'antony-blinken')).toContain(kirby);
  });

  it('publishes each with source "editor": a person, nobody, an unnamed source', () => {
    const quotes = openData(model).quotes.filter((quote) => quote.source === 'editor');
    expect(
      quotes.map(({ paragraph, speaker, speakerKind, speakerLabel }) => ({
        paragraph,
        speaker,
        speakerKind,
        speakerLabel,
      })),
    ).toEqual([
      { paragraph: 'p-5', speaker: 'antony-blinken', speakerKind: 'person', speakerLabel: 'Antony Blinken' },
      { paragraph: 'p-12', speaker: null, speakerKind: 'unnamed', speakerLabel: 'officials from Moscow' },
      { paragraph: 'p-21', speaker: null, speakerKind: null, speakerLabel: null },
    ]);
  });

  it('lists each on its article, with what the compiler had', () => {
    expect(model.articles.find((article) => article.slug === hill)?.corrections).toEqual([
      expect.objectContaining({
        kind: 'quote',
        paragraphId: 'p-5',
        before: 'John Kirby',
        after: 'Antony Blinken',
        anchor: 'correction-1',
      }),
      expect.objectContaining({
        kind: 'quote',
        paragraphId: 'p-21',
        before: 'Thomas Pickering',
        after: 'nobody’s words',
      }),
      expect.objectContaining({ kind: 'quote', paragraphId: 'p-12', after: 'officials from Moscow' }),
    ]);
  });
});

describe('a corrected speaker whose speech goes on', () => {
  // p-17: “We’ll find out what they do,” Biden said … “But in the meantime, …” (a quote that goes on with him).
  const yaml = `
- article: ${hill}
  paragraph: p-17
  quote: We’ll find out what they do
  speaker: antony-blinken
  reason: A test of a speaker whose next quote goes on with them.
`;
  const quotesOf = (model: typeof uncorrected, id: string) =>
    paragraph(model, hill, id).quotes.map(({ text, speaker, rule }) => ({
      text: text.slice(0, 20),
      speaker,
      rule,
    }));

  it('gives the quotes that went on with the corrected one to the editor’s speaker, marked by the same correction', () => {
    expect(quotesOf(uncorrected, 'p-17').map((quote) => quote.rule)).toEqual([
      'verb-after-quote',
      'continued-quote',
    ]);
    const corrected = paragraph(compile(yaml), hill, 'p-17').quotes;
    expect(corrected.map((quote) => quote.speaker)).toEqual([
      { type: 'person', id: 'antony-blinken' },
      { type: 'person', id: 'antony-blinken' },
    ]);
    expect(corrected[1]).toMatchObject({ correctedBy: { anchor: 'correction-1' } });
  });

  it('leaves the quotes after the next speaker of their own as the compiler had them', () => {
    const model = compile(yaml);
    for (const id of ['p-20', 'p-23']) expect(quotesOf(model, id)).toEqual(quotesOf(uncorrected, id));
  });
});

describe('a corrected mention', () => {
  it('takes out words that name nobody: “Turkish” in “the Turkish newspaper Hurriyet”', () => {
    const turkish = (m: typeof uncorrected) =>
      paragraph(m, cnn20, 'p-15').mentions.filter((mention) => mention.text === 'Turkish');
    expect(turkish(uncorrected)).toHaveLength(1);
    const model = compile(`
- article: ${cnn20}
  paragraph: p-15
  mention: Turkish newspaper
  party: null
  reason: The newspaper is Turkish; Turkey says nothing here.
`);
    expect(turkish(model)).toEqual([]);
    expect(model.corrections).toEqual([expect.objectContaining({ kind: 'mention', after: 'no mention' })]);
  });

  it('names the entity the words refer to, and marks it for the page', () => {
    const model = compile(`
- article: ${cnn11}
  paragraph: p-13
  mention: Russian Foreign Minister
  person: sergey-lavrov
  reason: A test of a mention the compiler did not make.
`);
    const added = paragraph(model, cnn11, 'p-13').mentions.find(
      (mention) => mention.correctedBy !== undefined,
    );
    expect(added).toMatchObject({ kind: 'person', id: 'sergey-lavrov', text: 'Russian Foreign Minister' });
  });
});

describe('a corrected contact', () => {
  it('gets the participants the editor gives, under its anchor', () => {
    const contact = uncorrected.contacts.find(
      (candidate) => candidate.kind === 'call' && candidate.people.includes('recep-tayyip-erdogan'),
    );
    if (contact === undefined) throw new Error('no call with Erdogan');
    const model = compile(`
- article: ${cnn20}
  paragraph: p-14
  contact: ${contact.id}
  participants: [vladimir-putin, ibrahim-kalin]
  reason: A test of a contact's participants.
`);
    const corrected = model.contacts.find((candidate) => candidate.id === contact.id);
    expect(corrected?.people).toEqual(['vladimir-putin', 'ibrahim-kalin']);
    expect(openData(model).contacts.find((record) => record.id === contact.id)?.source).toBe('editor');
    expect(model.articles.find((article) => article.slug === cnn20)?.corrections).toEqual([
      expect.objectContaining({ kind: 'contact', anchor: 'correction-1' }),
    ]);
  });
});

describe('a correction that is wrong, or no longer needed', () => {
  it('stops with the file, the entry, the field and the closest passage when its words are not in the paragraph', () => {
    const problems = problemsOf(() =>
      compile(`
- article: ${hill}
  paragraph: p-5
  quote: this is a withdrawal in disguise
  speaker: john-kirby
  reason: Words that are not there.
`),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^content/corrections\\.yaml: entry 1 \\(${hill} p-5\\), quote: “this is a withdrawal in disguise” is not in p-5 of ${hill}\\. Closest passage: p-5: `,
        'u',
      ),
    );
    expect(problems[0]).not.toContain('\n');
  });

  it('names an unknown id, with close matches', () => {
    const problems = problemsOf(() =>
      compile(`
- article: ${hill}
  paragraph: p-5
  quote: this is a repositioning
  speaker: antony-blinkin
  reason: A typo.
`),
    );
    expect(problems).toEqual([
      `content/corrections.yaml: entry 1 (${hill} p-5), speaker: unknown person "antony-blinkin". Close matches: antony-blinken.`,
    ]);
  });

  it('names an entry with no fact, or a field the kind does not take', () => {
    expect(problemsOf(() => corrections(`- { article: ${hill}, paragraph: p-5, reason: Why }`))).toEqual([
      `content/corrections.yaml: entry 1 (${hill} p-5): expected exactly one of quote:, date:, mention: or contact:, saying which fact the entry corrects.`,
    ]);
    expect(
      problemsOf(() =>
        corrections(`- { article: ${hill}, paragraph: p-5, date: Tuesday, value: next week, reason: Why }`),
      ),
    ).toEqual([
      expect.stringMatching(/^content\/corrections\.yaml: entry 1 \(.* p-5\): value: expected an ISO day/u),
    ]);
  });

  it('names an article that is not there', () => {
    expect(
      problemsOf(() =>
        compile(`- { article: no-such-article, paragraph: p-1, date: Tuesday, value: null, reason: Why }`),
      ),
    ).toEqual([
      expect.stringContaining('entry 1 (no-such-article p-1), article: no article "no-such-article"'),
    ]);
  });

  it('warns, and changes nothing, when the compiler already agrees', () => {
    const model = compile(`
- article: ${hill}
  paragraph: p-5
  quote: this is a repositioning
  speaker: john-kirby
  reason: The compiler has it right now.
`);
    expect(model.corrections).toEqual([]);
    expect(model.correctionWarnings).toEqual([
      `content/corrections.yaml: entry 1 (${hill} p-5): the compiler already finds John Kirby for “this is a repositioning”; the correction is no longer needed and can be removed.`,
    ]);
  });
});
