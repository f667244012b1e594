import type { Speaker } from '../compile/attribution-types';
import { ArticleCompiler, type CompiledArticle } from '../compile/article';
import { validateKnowledge, type Knowledge, type SourceArticle } from '../compile/knowledge';
import type { Mention } from '../compile/mentions';
import { unknownNames } from '../review/names';
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
  /** People the knowledge lacks, their titles aside: candidates for `content/people.yaml` (`npm run review` has more). */
  unrecognisedNames: string[];
  /** Bodies the article names that the knowledge lacks ("Defence Ministry"): not people. */
  institutions: string[];
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
    ...(() => {
      const names = unknownNames(record.paragraphs, knowledge);
      return {
        unrecognisedNames: names.people.map((person) => person.name),
        institutions: names.institutions.map((institution) => institution.name),
      };
    })(),
  };
}
