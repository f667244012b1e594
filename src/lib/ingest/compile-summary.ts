import type { Speaker } from '../compile/attribution';
import { ArticleCompiler, type CompiledArticle } from '../compile/article';
import { validateKnowledge, type Knowledge, type SourceArticle } from '../compile/knowledge';
import type { Mention } from '../compile/mentions';
import { extractParagraphs } from '../compile/paragraphs';

/** What the compiler finds in a new article, for the editor to check after ingesting it. */
export interface CompileSummary {
  /** Names of the known people, parties and places the article mentions, in order of first mention. */
  people: string[];
  parties: string[];
  places: string[];
  /** The rounds of talks the article's paragraphs are linked to. */
  rounds: { id: string; title: string; paragraphs: string[] }[];
  /** The dates the text names, resolved against the publication date. */
  dates: { paragraphId: string; phrase: string; start: string; end: string }[];
  /** Quotes, with the speaker the compiler found (none when it found none). */
  quotes: { paragraphId: string; text: string; speaker?: string }[];
  /** Runs of capitalised words that name no known entity: candidates for `content/people.yaml`. */
  unrecognisedNames: string[];
}

/**
 * The knowledge as a single new article can be checked against: the rounds
 * keep their days, places and people but not their citations, and demands
 * are left out, since both cite articles that are not part of this check.
 */
function knowledgeForOneArticle(knowledge: Knowledge): Knowledge {
  return {
    ...knowledge,
    rounds: knowledge.rounds.map((round) => ({
      ...round,
      facts: round.facts.map((fact) =>
        'citation' in fact
          ? { statement: fact.statement, editorsSource: `cited from ${fact.citation.article}` }
          : fact,
      ),
    })),
    demands: [],
  };
}

/** Capitalised words that start sentences or name days and months rather than starting a name. */
const NOT_NAME_WORDS = new Set(
  (
    'A An And As At After Also Asked Before But By During For From He Her His However I If In Instead It Its ' +
    'Meanwhile Now On Since She So That The Their Then There These They This Those Though To Under We What ' +
    'When Whether While Why With Without Yet Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December'
  ).split(' '),
);
const CAPITALISED_RUN = /(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'-]*)+/gu;

/** The spans of a paragraph that a known entity covers, its title ("Russian Foreign Minister") included. */
function coveredSpans(text: string, mentions: readonly Mention[]): { start: number; end: number }[] {
  return mentions.map((mention) => ({
    start: mention.title === undefined ? mention.start : text.lastIndexOf(mention.title, mention.start),
    end: mention.end,
  }));
}

/** Two or more capitalised words in a row, not part of a known entity's name or title, possessive dropped. */
function unrecognisedNames(text: string, mentions: readonly Mention[]): string[] {
  const covered = coveredSpans(text, mentions);
  const names: string[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = [...run[0].matchAll(/\S+/gu)].map((word) => ({
      word: word[0],
      start: run.index + word.index,
      end: run.index + word.index + word[0].length,
    }));
    let current: string[] = [];
    const finish = () => {
      while (current.length > 0 && NOT_NAME_WORDS.has(current[0] ?? '')) current.shift();
      // An acronym ("NATO", "US") is not part of a person's name.
      if (current.length >= 2 && current.every((word) => /\p{Ll}/u.test(word)))
        names.push(current.join(' ').replace(/[’']s$/u, ''));
      current = [];
    };
    for (const word of words) {
      if (covered.some((span) => word.start < span.end && word.end > span.start)) finish();
      else current.push(word.word);
    }
    finish();
  }
  return names;
}

function speakerName(
  speaker: Speaker | undefined,
  knowledge: Knowledge,
  article: CompiledArticle,
): string | undefined {
  if (speaker === undefined) return undefined;
  if (speaker.type === 'person') return knowledge.people.find((person) => person.id === speaker.id)?.name;
  if (speaker.type === 'party') return knowledge.parties.find((party) => party.id === speaker.id)?.name;
  if (speaker.type === 'named') return `${speaker.name} (not in content/people.yaml)`;
  return article.unnamedSources.find((source) => source.key === speaker.key)?.description;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Compiles one new article against the content folder's knowledge and
 * says what the compiler made of it: the people, parties, places and rounds
 * it found, the dates it resolved, the quotes it attributed, and the
 * capitalised names it did not recognise.
 */
export function summariseCompiledArticle(article: SourceArticle, knowledge: Knowledge): CompileSummary {
  // Bad references in the knowledge stop here, as they would stop the build.
  // Its `versionOf` names an article outside this one-article check; ingest itself found that article.
  const data = { ...article.data };
  delete data.versionOf;
  validateKnowledge(knowledgeForOneArticle(knowledge), [{ slug: article.slug, data }]);
  const record = new ArticleCompiler(knowledge).compile({
    slug: article.slug,
    data: article.data,
    paragraphs: extractParagraphs(article.body),
  });
  const mentions = record.paragraphs.flatMap((paragraph) => paragraph.mentions);
  const namesOf = (kind: Mention['kind'], entities: readonly { id: string; name: string }[]) =>
    unique(
      mentions
        .filter((mention) => mention.kind === kind)
        .map((mention) => entities.find((entity) => entity.id === mention.id)?.name ?? mention.id),
    );
  const rounds = [...knowledge.rounds]
    .sort((a, b) => a.start.localeCompare(b.start))
    .flatMap((round) => {
      const paragraphs = record.paragraphs
        .filter((paragraph) => paragraph.rounds.some((link) => link.round === round.id))
        .map((paragraph) => paragraph.id);
      return paragraphs.length === 0 ? [] : [{ id: round.id, title: round.title, paragraphs }];
    });
  return {
    people: namesOf('person', knowledge.people),
    parties: namesOf('party', knowledge.parties),
    places: namesOf('place', knowledge.places),
    rounds,
    dates: record.paragraphs.flatMap((paragraph) =>
      paragraph.dates.map((date) => ({
        paragraphId: paragraph.id,
        phrase: date.phrase,
        start: date.start,
        end: date.end,
      })),
    ),
    quotes: record.paragraphs.flatMap((paragraph) =>
      paragraph.quotes.map((quote) => {
        const speaker = speakerName(quote.speaker, knowledge, record);
        return { paragraphId: paragraph.id, text: quote.text, ...(speaker === undefined ? {} : { speaker }) };
      }),
    ),
    unrecognisedNames: unique(
      record.paragraphs.flatMap((paragraph) => unrecognisedNames(paragraph.text, paragraph.mentions)),
    ),
  };
}
