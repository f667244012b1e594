import type { ArticleFrontmatter } from '../../schemas/article';
import type { Citation } from '../../schemas/common';
import type { Conflict } from '../../schemas/conflict';
import type { Demand } from '../../schemas/demand';
import type { Party } from '../../schemas/party';
import type { Person } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import type { Round } from '../../schemas/round';
import { publishedDay } from '../published-date';
import { closestMatches } from './text';

/** The curated knowledge in `content/`, each collection already checked by its schema. */
export interface Knowledge {
  parties: readonly Party[];
  people: readonly Person[];
  places: readonly Place[];
  rounds: readonly Round[];
  demands: readonly Demand[];
  conflicts: readonly Conflict[];
}

export type KnowledgeCollection = keyof Knowledge;

/** An article as the compiler takes it: its slug, checked frontmatter and Markdown body. */
export interface SourceArticle {
  slug: string;
  data: ArticleFrontmatter;
  body: string;
}

/** Where each collection lives, for error messages. */
export function collectionFile(collection: KnowledgeCollection): string {
  return `content/${collection}.yaml`;
}

/**
 * Bad content: the build stops and prints every problem, each naming its
 * file, entry and field; one problem is one line. It carries no stack trace:
 * the fault is in the content, and a trace of our code would only hide the line.
 */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? '')
        : `The content has ${problems.length} problems:\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ContentError';
    // Astro prints a stack trace, and the location of its first line, whenever an error has one.
    this.stack = '';
  }
}

type Reference = { collection: KnowledgeCollection; entry: string; field: string; kind: string; id: string };

function describe(collection: KnowledgeCollection): string {
  return {
    parties: 'party',
    people: 'person',
    places: 'place',
    rounds: 'round',
    demands: 'demand',
    conflicts: 'conflict',
  }[collection];
}

/** Every id one entry of the knowledge refers to, with the field it is in. */
function references(knowledge: Knowledge): Reference[] {
  const refs: Reference[] = [];
  const add = (
    collection: KnowledgeCollection,
    entry: string,
    field: string,
    kind: string,
    id: string | undefined,
  ) => {
    if (id !== undefined) refs.push({ collection, entry, field, kind, id });
  };
  for (const person of knowledge.people) {
    person.roles.forEach((role, index) => {
      add('people', person.id, `roles[${index}].party`, 'party', role.party);
    });
  }
  for (const place of knowledge.places) add('places', place.id, 'within', 'place', place.within);
  for (const round of knowledge.rounds) {
    add('rounds', round.id, 'place', 'place', round.place);
    round.parties.forEach((party, index) => {
      add('rounds', round.id, `parties[${index}]`, 'party', party);
    });
    round.delegationHeads.forEach((head, index) => {
      add('rounds', round.id, `delegationHeads[${index}].party`, 'party', head.party);
      add('rounds', round.id, `delegationHeads[${index}].person`, 'person', head.person);
    });
    round.participants.forEach((person, index) => {
      add('rounds', round.id, `participants[${index}]`, 'person', person);
    });
    round.facts.forEach((fact, index) => {
      if ('citation' in fact)
        add('rounds', round.id, `facts[${index}].citation.article`, 'article', fact.citation.article);
    });
  }
  for (const demand of knowledge.demands) {
    demand.parties.forEach((party, index) => {
      add('demands', demand.id, `parties[${index}]`, 'party', party);
    });
    demand.history.forEach((step, index) => {
      add('demands', demand.id, `history[${index}].by`, 'party', step.by);
      add('demands', demand.id, `history[${index}].citation.article`, 'article', step.citation.article);
    });
  }
  return refs;
}

/** Two entities of one kind must not answer to the same name: the build could not tell which one a text means. */
function aliasConflicts(
  collection: KnowledgeCollection,
  entities: readonly { id: string; name: string; aliases: readonly string[] }[],
): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const ids = owners.get(alias) ?? new Set<string>();
      ids.add(entity.id);
      owners.set(alias, ids);
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(
      ([alias, ids]) =>
        `${collectionFile(collection)}: the alias "${alias}" is claimed by ${[...ids].map((id) => `"${id}"`).join(' and ')}; a ${describe(collection)}'s names must be its own.`,
    );
}

/** Words every article uses in any case ("The talks", "the talks"): an alias that is one names everything. */
const FUNCTION_WORDS = new Set(
  'a an and as at be but by for from had has have he her his i in is it its of on or our said says she that the their them they this to was we were which who will with would you'.split(
    ' ',
  ),
);
/** Words of news about talks, written in lowercase: an alias that is one, in lowercase, names every such word. */
const NEWS_WORDS = new Set(
  'talks talk negotiations negotiation negotiators negotiator official officials government minister president war peace deal country countries side sides state states people leader leaders delegation delegations meeting meetings round rounds sources source spokesman statement agreement ceasefire army troops forces city region capital'.split(
    ' ',
  ),
);

/**
 * Aliases that are common words ("the", "talks"), which would make every
 * such word in the articles a mention, unless the entry lists them in
 * `commonWordAliases`: a function word in any case, a word of the news in lowercase.
 */
function commonWordAliasProblems(
  collection: 'parties' | 'people' | 'places',
  entities: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    commonWordAliases: readonly string[];
  }[],
): string[] {
  return entities.flatMap((entity) =>
    [entity.name, ...entity.aliases]
      .filter(
        (alias) =>
          !entity.commonWordAliases.includes(alias) &&
          (FUNCTION_WORDS.has(alias.toLowerCase()) || NEWS_WORDS.has(alias) || alias.trim().length < 2),
      )
      .map(
        (alias) =>
          `${collectionFile(collection)}: ${describe(collection)} "${entity.id}", aliases: "${alias}" is a common word, so every "${alias}" in the articles would be a mention of ${entity.id}; remove it, or list it in commonWordAliases if it is really meant.`,
      ),
  );
}

/**
 * A person who answers to a party's or a place's name: every text naming the
 * party would be read as the person, who would take the party's quotes. And
 * a person whose id is the page of unnamed sources (`/people/unnamed-sources/`).
 */
function personNameProblems(knowledge: Pick<Knowledge, 'people' | 'parties' | 'places'>): string[] {
  const others = new Map<string, string>();
  for (const party of knowledge.parties)
    for (const name of [party.name, ...party.aliases])
      others.set(name, `the party "${party.id}" in content/parties.yaml`);
  for (const place of knowledge.places)
    for (const name of [place.name, ...place.aliases])
      if (!others.has(name)) others.set(name, `the place "${place.id}" in content/places.yaml`);
  return knowledge.people.flatMap((person) => [
    ...(person.id === UNNAMED_SOURCES_ID
      ? [
          `${collectionFile('people')}: person "${person.id}": the id is the address of the page of unnamed sources (/people/${UNNAMED_SOURCES_ID}/), so this person would get no page; give them another id.`,
        ]
      : []),
    ...[person.name, ...person.aliases].flatMap((name) => {
      const owner = others.get(name);
      return owner === undefined
        ? []
        : [
            `${collectionFile('people')}: person "${person.id}", aliases: "${name}" is also a name of ${owner}; a text naming it would be read as the person, who would take its quotes. Remove it from one of them.`,
          ];
    }),
  ]);
}

/** The id of the page of unnamed sources under /people/, which no person may have. */
export const UNNAMED_SOURCES_ID = 'unnamed-sources';

/**
 * Ids used twice in any knowledge file. Astro's file loader keeps only one
 * entry per id, so the article loader runs this on the files as written:
 * a second `- id: vladimir-putin` stops the build instead of replacing the first.
 */
export function duplicateIdProblems(knowledge: Knowledge): string[] {
  return (Object.keys(knowledge) as KnowledgeCollection[]).flatMap((collection) =>
    duplicateIds(collection, knowledge[collection]),
  );
}

function duplicateIds(collection: KnowledgeCollection, entities: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of entities) {
    if (seen.has(id)) problems.push(`${collectionFile(collection)}: the id "${id}" is used twice.`);
    seen.add(id);
  }
  return problems;
}

/**
 * A round's former ids are old addresses that redirect to it, so each must be
 * an address no round has now (a live round's page would be replaced by a
 * redirect, or the redirect dropped), and no two rounds may claim one.
 */
export function formerIdProblems(rounds: readonly Pick<Round, 'id' | 'formerIds'>[]): string[] {
  const liveIds = new Set(rounds.map(({ id }) => id));
  const claimedBy = new Map<string, string>();
  const problems: string[] = [];
  for (const round of rounds) {
    round.formerIds.forEach((formerId, index) => {
      const where = `${collectionFile('rounds')}: round "${round.id}", formerIds[${index}]`;
      const claimant = claimedBy.get(formerId);
      if (liveIds.has(formerId))
        problems.push(
          `${where}: "${formerId}" is the id of round "${formerId}"${formerId === round.id ? ' itself' : ''}; a former id redirects to its round, so it must be an id no round has now.`,
        );
      else if (claimant !== undefined)
        problems.push(
          `${where}: "${formerId}" is already a former id of round "${claimant}"; an old address can redirect to one round only.`,
        );
      else claimedBy.set(formerId, round.id);
    });
  }
  return problems;
}

/** Every citation in the knowledge, with where it sits, for the verbatim check. */
export function knowledgeCitations(
  knowledge: Knowledge,
): { collection: KnowledgeCollection; entry: string; field: string; citation: Citation }[] {
  return [
    ...knowledge.rounds.flatMap((round) =>
      round.facts.flatMap((fact, index) =>
        'citation' in fact
          ? [
              {
                collection: 'rounds' as const,
                entry: round.id,
                field: `facts[${index}].citation`,
                citation: fact.citation,
              },
            ]
          : [],
      ),
    ),
    ...knowledge.demands.flatMap((demand) =>
      demand.history.map((step, index) => ({
        collection: 'demands' as const,
        entry: demand.id,
        field: `history[${index}].citation`,
        citation: step.citation,
      })),
    ),
  ];
}

/**
 * Checks what schemas cannot: that every id the knowledge refers to exists,
 * that no two entities of a kind share a name, that rounds end after they
 * start, and that no demand step is dated after the article that reports it.
 * Throws a ContentError listing every problem, with close matches for unknown ids.
 */
export function validateKnowledge(
  knowledge: Knowledge,
  articles: readonly Pick<SourceArticle, 'slug' | 'data'>[],
): void {
  const known: Record<string, Set<string>> = {
    party: new Set(knowledge.parties.map(({ id }) => id)),
    person: new Set(knowledge.people.map(({ id }) => id)),
    place: new Set(knowledge.places.map(({ id }) => id)),
    article: new Set(articles.map(({ slug }) => slug)),
  };
  const problems: string[] = [
    ...duplicateIds('parties', knowledge.parties),
    ...duplicateIds('people', knowledge.people),
    ...duplicateIds('places', knowledge.places),
    ...duplicateIds('rounds', knowledge.rounds),
    ...duplicateIds('demands', knowledge.demands),
    ...aliasConflicts('parties', knowledge.parties),
    ...aliasConflicts('people', knowledge.people),
    ...aliasConflicts('places', knowledge.places),
    ...commonWordAliasProblems('parties', knowledge.parties),
    ...commonWordAliasProblems('people', knowledge.people),
    ...commonWordAliasProblems('places', knowledge.places),
    ...personNameProblems(knowledge),
    ...formerIdProblems(knowledge.rounds),
  ];

  for (const ref of references(knowledge)) {
    const ids = known[ref.kind] ?? new Set<string>();
    if (ids.has(ref.id)) continue;
    const suggestions = closestMatches(ref.id, ids);
    problems.push(
      `${collectionFile(ref.collection)}: ${describe(ref.collection)} "${ref.entry}", ${ref.field}: unknown ${ref.kind} "${ref.id}".` +
        (suggestions.length > 0 ? ` Close matches: ${suggestions.join(', ')}.` : ''),
    );
  }

  for (const round of knowledge.rounds) {
    if (round.end !== undefined && round.end < round.start) {
      problems.push(
        `${collectionFile('rounds')}: round "${round.id}", end: ${round.end} is before its start ${round.start}.`,
      );
    }
  }

  for (const article of articles) {
    const target = article.data.versionOf;
    if (target === undefined || known['article']?.has(target)) continue;
    const suggestions = closestMatches(target, known['article'] ?? []);
    problems.push(
      `content/articles/${article.slug}.md: versionOf: unknown article "${target}".` +
        (suggestions.length > 0 ? ` Close matches: ${suggestions.join(', ')}.` : ''),
    );
  }

  const publishedBySlug = new Map(
    articles.map((article) => [article.slug, publishedDay(article.data.published.date)]),
  );
  for (const demand of knowledge.demands) {
    demand.history.forEach((step, index) => {
      const published = publishedBySlug.get(step.citation.article);
      if (published !== undefined && step.date > published) {
        problems.push(
          `${collectionFile('demands')}: demand "${demand.id}", history[${index}].date: ${step.date} is after ${step.citation.article} was published (${published}); a step can only be reported after it happened.`,
        );
      }
    });
  }

  if (problems.length > 0) throw new ContentError(problems);
}
