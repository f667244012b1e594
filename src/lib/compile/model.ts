import type { Demand, DemandStatus, DemandStep } from '../../schemas/demand';
import type { Party } from '../../schemas/party';
import type { Person } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import type { Round } from '../../schemas/round';
import {
  ArticleCompiler,
  resolveCitation,
  withQuoteCitations,
  type CompiledArticle,
  type ParagraphRecord,
  type QuoteRecord,
  type ResolvedCitation,
} from './article';
import type { Correction } from '../../schemas/corrections';
import { unknownArticleProblems } from '../content/read-corrections';
import { ArticleCorrector, type AppliedCorrection, type CorrectionMark } from './apply-corrections';
import { closestPassage, locateQuote, locateWordFragment } from './citations';
import type { ContactSighting } from './contacts';
import type { CountStatement } from './count-statements';
import {
  findArticleVersions,
  groupVersions,
  type ArticleVersionPair,
  type DuplicateGroup,
  type VersionCheckCache,
} from './duplicates';
import {
  collectionFile,
  ContentError,
  knowledgeCitations,
  validateKnowledge,
  type Knowledge,
  type SourceArticle,
} from './knowledge';
import { extractParagraphs } from './paragraphs';
import type { ResolvedDate } from './relative-dates';
import { roundWindows } from './round-windows';
import { statusEvidenceProblem } from './status-evidence';
import { fnv1a, splitSentences } from './text';

export type { CompiledArticle, ParagraphRecord, QuoteRecord, ResolvedCitation };

/** A contact outside the rounds, as the timeline shows it: merged across the articles that report it. */
export interface ContactRecord extends Omit<ContactSighting, 'date' | 'sentence'> {
  /** Stable anchor: date, kind and first person (`2022-03-10-call-emmanuel-macron`). */
  id: string;
  start: string;
  end: string;
  precision: ResolvedDate['precision'];
  /** The sentence of the first article that reports it. */
  sentence: string;
  /** Each story that reports it, once: what the timeline cites. */
  citations: ResolvedCitation[];
  /** Every paragraph that reports it, versions of a story included: what the open data lists. */
  sightings: { article: string; paragraphId: string; sentence: string }[];
  /** Set when the editor corrected its participants. */
  correctedBy?: CorrectionMark;
}

/** An article with what the whole archive says about it: which story it is a version of. */
export interface ArticleRecord extends Omit<CompiledArticle, 'paragraphs'> {
  paragraphs: ParagraphRecord[];
  /** When this article is a version of a fuller one: that one's slug. */
  versionOf?: string;
  /** The article's other versions, when it is the fullest of a story. */
  otherVersions: string[];
}

export interface RoundRecord extends Round {
  /** Last day, resolved: the given end, the start for a one-day round, or the day before the next round for ongoing talks. */
  lastDay: string;
  /** The round's facts, each with its source resolved. */
  sourcedFacts: (
    { statement: string; citation: ResolvedCitation } | { statement: string; editorsSource: string }
  )[];
  /** Every paragraph linked to the round, with why. */
  paragraphs: { article: string; paragraphId: string; reasons: string[] }[];
}

export interface DemandStepRecord extends Omit<DemandStep, 'citation'> {
  citation: ResolvedCitation;
}

export interface DemandRecord extends Omit<Demand, 'history'> {
  history: DemandStepRecord[];
  /** The status after the latest step. */
  currentStatus: DemandStatus;
}

export interface PersonRecord extends Person {
  /** The sentences that name them, each once however often it does, in article order. */
  mentions: { article: string; paragraphId: string; sentence: string }[];
  quotes: QuoteRecord[];
  /** Rounds they headed a delegation at or took part in. */
  rounds: string[];
  /** Articles they wrote or contributed to. */
  bylines: string[];
}

/** What the compiler makes of the articles and the curated knowledge; pages render it. */
export interface TalksModel {
  articles: ArticleRecord[];
  parties: Party[];
  places: Place[];
  people: PersonRecord[];
  rounds: RoundRecord[];
  demands: DemandRecord[];
  versionPairs: ArticleVersionPair[];
  /** Stories, each counted once however many versions were published. */
  stories: DuplicateGroup[];
  /** Calls, visits, meetings and statements outside the rounds, in date order. */
  contacts: ContactRecord[];
  /** Every sentence that counts the meetings, kept side by side where they disagree. */
  countStatements: { article: string; paragraphId: string; statement: CountStatement }[];
  /** Every correction of the editor's that changed a fact, with its article (`content/corrections.yaml`). */
  corrections: (AppliedCorrection & { article: string })[];
  /** Corrections the compiler no longer needs, one line each: the build warns. */
  correctionWarnings: string[];
}

/**
 * Compiles the articles and the curated knowledge into the site's model,
 * outside Astro (tests, the evaluation, the benchmark): each article is
 * parsed and compiled on its own, then everything is aggregated.
 */
export function compileModel(
  sources: readonly SourceArticle[],
  knowledge: Knowledge,
  corrections: readonly Correction[] = [],
): TalksModel {
  validateKnowledge(knowledge, sources);
  const compiler = new ArticleCompiler(knowledge);
  const { articles, warnings } = correctArticles(
    sources.map((source) =>
      compiler.compile({ slug: source.slug, data: source.data, paragraphs: extractParagraphs(source.body) }),
    ),
    knowledge,
    corrections,
  );
  const model = aggregateModel(articles, knowledge, corrections);
  return { ...model, correctionWarnings: [...warnings, ...model.correctionWarnings] };
}

/**
 * Applies the editor's corrections to compiled articles, each on its own (as
 * the article loader does). Throws a ContentError listing every bad entry of
 * every article, and every entry naming an article that is not there.
 */
export function correctArticles(
  compiled: readonly CompiledArticle[],
  knowledge: Knowledge,
  corrections: readonly Correction[],
): { articles: CompiledArticle[]; warnings: string[] } {
  const problems = unknownArticleProblems(
    corrections,
    compiled.map((article) => article.slug),
  );
  const warnings: string[] = [];
  const corrector = new ArticleCorrector(knowledge);
  const articles = compiled.map((article) => {
    try {
      const corrected = corrector.apply(article, corrections);
      warnings.push(...corrected.warnings);
      return corrected.article;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return article;
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { articles, warnings };
}

/**
 * Aggregates compiled articles and the curated knowledge into the site's
 * model: which articles are versions of one story, each round's paragraphs,
 * each demand's cited history, each person's mentions and quotes, and the
 * contacts merged across articles. Throws a ContentError naming every
 * citation that cannot be found verbatim or whose status its words do not support.
 */
export function aggregateModel(
  compiled: readonly CompiledArticle[],
  knowledge: Knowledge,
  /** The editor's corrections: those of contacts apply here, once contacts are merged; the rest were applied to each article. */
  corrections: readonly Correction[] = [],
  /** Version checks of earlier builds, so only the pairs a changed article is in are compared again. */
  versionCache?: VersionCheckCache,
): TalksModel {
  validateKnowledge(knowledge, compiled);
  const lastArticleDay =
    compiled
      .map((article) => article.publishedDay)
      .sort()
      .at(-1) ?? '9999-12-31';
  const windows = roundWindows(knowledge, lastArticleDay);
  const articles: ArticleRecord[] = compiled.map((article) => ({
    ...article,
    paragraphs: withQuoteCitations(article),
    otherVersions: [],
  }));

  const paragraphsBySlug = new Map(articles.map((article) => [article.slug, article.paragraphs]));
  const problems: string[] = [];
  const citationFor = (
    where: string,
    citation: { article: string; quote: string },
  ): ResolvedCitation | undefined => {
    const paragraphs = paragraphsBySlug.get(citation.article) ?? [];
    const located = locateQuote(paragraphs, citation.quote);
    if (located) return resolveCitation(citation.article, located.paragraph, located.printed);
    const fragment = locateWordFragment(paragraphs, citation.quote);
    if (fragment !== undefined) {
      problems.push(
        `${where}: the quote “${citation.quote}” starts or ends inside a word of ${citation.article} (${fragment.paragraph.id}: “${fragment.words}”); expected whole words.`,
      );
      return undefined;
    }
    const closest = closestPassage(paragraphs, citation.quote);
    problems.push(
      `${where}: the quote “${citation.quote}” is not in ${citation.article}.` +
        (closest === undefined ? '' : ` Closest passage: ${closest}`),
    );
    return undefined;
  };
  const resolved = new Map<string, ResolvedCitation>();
  for (const { collection, entry, field, citation } of knowledgeCitations(knowledge)) {
    const found = citationFor(
      `${collectionFile(collection)}: ${collection === 'rounds' ? 'round' : 'demand'} "${entry}", ${field}`,
      citation,
    );
    if (found) resolved.set(`${collection}/${entry}/${field}`, found);
  }
  // A status must be supported by the words it cites ("close to agreement" needs "close", "deal", …).
  for (const demand of knowledge.demands) {
    for (const [index, step] of demand.history.entries()) {
      const problem = statusEvidenceProblem(demand, step, paragraphsBySlug.get(step.citation.article) ?? []);
      if (problem !== undefined)
        problems.push(
          `${collectionFile('demands')}: demand "${demand.id}", history[${index}].status: ${problem}`,
        );
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const cited = (collection: string, entry: string, field: string): ResolvedCitation => {
    const citation = resolved.get(`${collection}/${entry}/${field}`);
    if (citation === undefined) throw new Error(`citation ${collection}/${entry}/${field} was not resolved`);
    return citation;
  };

  const versionPairs = findArticleVersions(articles, undefined, versionCache);
  const sizes = new Map(
    articles.map((article) => [article.slug, article.paragraphs.reduce((sum, p) => sum + p.text.length, 0)]),
  );
  const stories = groupVersions(
    articles.map((article) => article.slug),
    versionPairs,
    (slug) => sizes.get(slug) ?? 0,
    articles.flatMap((article) =>
      article.data.versionOf === undefined ? [] : [[article.slug, article.data.versionOf] as const],
    ),
  );
  // Each story's own articles, found by slug: going through every article for every story was
  // the square of the archive (13 million steps at 5,000 articles).
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const story of stories) {
    const primary = articleBySlug.get(story.primary);
    if (primary !== undefined) primary.otherVersions = story.versions;
    for (const slug of story.versions) {
      const version = articleBySlug.get(slug);
      if (version !== undefined) version.versionOf = story.primary;
    }
  }

  const rounds: RoundRecord[] = [...knowledge.rounds]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((round) => ({
      ...round,
      lastDay: windows.get(round.id)?.end ?? round.start,
      sourcedFacts: round.facts.map((fact, index) =>
        'citation' in fact
          ? { statement: fact.statement, citation: cited('rounds', round.id, `facts[${index}].citation`) }
          : fact,
      ),
      paragraphs: articles.flatMap((article) =>
        article.paragraphs.flatMap((paragraph) =>
          paragraph.rounds
            .filter((link) => link.round === round.id)
            .map((link) => ({ article: article.slug, paragraphId: paragraph.id, reasons: link.reasons })),
        ),
      ),
    }));

  const demands: DemandRecord[] = knowledge.demands.map((demand) => {
    const history = demand.history
      .map((step, index) => ({
        ...step,
        citation: cited('demands', demand.id, `history[${index}].citation`),
      }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const latest = history.at(-1);
    if (latest === undefined) throw new Error(`demand ${demand.id} has no history`);
    return { ...demand, history, currentStatus: latest.status };
  });

  // One pass over every paragraph, not one per person: the work grows with the archive, not with archive × people.
  const mentionsOf = new Map<string, PersonRecord['mentions']>();
  const quotesOf = new Map<string, QuoteRecord[]>();
  const bylinesOf = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const article of articles) {
    for (const person of new Set(article.bylinePeople)) push(bylinesOf, person, article.slug);
    for (const paragraph of article.paragraphs) {
      // A sentence that names a person twice ("Sergey Lavrov … said Lavrov") is listed once on their page.
      const named = new Set<string>();
      // Split once per paragraph, not once per name in it.
      let sentences: ReturnType<typeof splitSentences> | undefined;
      for (const mention of paragraph.mentions) {
        if (mention.kind !== 'person') continue;
        sentences ??= splitSentences(paragraph.text);
        const sentence = sentenceAround(sentences, paragraph.text, mention.start);
        const key = `${mention.id}\0${sentence}`;
        if (named.has(key)) continue;
        named.add(key);
        push(mentionsOf, mention.id, { article: article.slug, paragraphId: paragraph.id, sentence });
      }
      for (const quote of paragraph.quotes)
        if (quote.speaker?.type === 'person') push(quotesOf, quote.speaker.id, quote);
    }
  }
  const people: PersonRecord[] = knowledge.people.map((person) => ({
    ...person,
    mentions: mentionsOf.get(person.id) ?? [],
    quotes: quotesOf.get(person.id) ?? [],
    rounds: knowledge.rounds
      .filter(
        (round) =>
          round.participants.includes(person.id) ||
          round.delegationHeads.some((head) => head.person === person.id),
      )
      .map((round) => round.id),
    bylines: bylinesOf.get(person.id) ?? [],
  }));

  const corrected = new ArticleCorrector(knowledge).correctContacts(mergeContacts(articles), corrections);
  for (const correction of corrected.applied) {
    const article = articles.find((candidate) => candidate.slug === correction.article);
    const contact = corrected.contacts.find((candidate) => candidate.id === correction.words);
    if (article === undefined || contact?.correctedBy === undefined) continue;
    const anchor = `correction-${article.corrections.length + 1}`;
    article.corrections = [
      ...article.corrections,
      {
        kind: correction.kind,
        paragraphId: correction.paragraphId,
        words: correction.words,
        before: correction.before,
        after: correction.after,
        reason: correction.reason,
        anchor,
      },
    ];
    contact.correctedBy = { ...contact.correctedBy, anchor };
  }

  return {
    articles,
    parties: [...knowledge.parties],
    places: [...knowledge.places],
    people,
    rounds,
    demands,
    versionPairs,
    stories,
    contacts: corrected.contacts,
    countStatements: articles.flatMap((article) =>
      article.paragraphs.flatMap((paragraph) =>
        paragraph.countStatements.map((statement) => ({
          article: article.slug,
          paragraphId: paragraph.id,
          statement,
        })),
      ),
    ),
    corrections: articles.flatMap((article) =>
      article.corrections.map((correction) => ({ ...correction, article: article.slug })),
    ),
    correctionWarnings: corrected.warnings,
  };
}

/** The sentence of a paragraph (split into `sentences`) that holds an offset. */
function sentenceAround(sentences: ReturnType<typeof splitSentences>, text: string, offset: number): string {
  const sentence = sentences.findLast((candidate) => candidate.start <= offset);
  return (sentence?.text ?? text).trim();
}

/**
 * Merges the contacts the articles report into one entry per event (same
 * kind, days and people), citing each story once: versions of a story are
 * skipped in favour of their fullest version.
 */
function mergeContacts(articles: readonly ArticleRecord[]): ContactRecord[] {
  const merged = new Map<string, ContactRecord>();
  const contactKey = (contact: Pick<ContactSighting, 'kind' | 'people'>, start: string, end: string) =>
    [contact.kind, start, end, ...[...contact.people].sort()].join('|');
  // Fullest versions first, so a story's own version is the one the timeline cites.
  const ordered = [...articles].sort(
    (a, b) => Number(a.versionOf !== undefined) - Number(b.versionOf !== undefined),
  );
  for (const article of ordered) {
    for (const paragraph of article.paragraphs) {
      for (const sighting of paragraph.contacts) {
        const key = contactKey(sighting, sighting.date.start, sighting.date.end);
        const seen = { article: article.slug, paragraphId: paragraph.id, sentence: sighting.sentence };
        const existing = merged.get(key);
        if (existing) {
          existing.sightings.push(seen);
          const story = article.versionOf ?? article.slug;
          const cited = existing.citations.some(
            (other) => other.article === story || other.article === article.slug,
          );
          if (article.versionOf === undefined && !cited)
            existing.citations.push(resolveCitation(article.slug, paragraph, sighting.sentence));
          continue;
        }
        merged.set(key, {
          id: '',
          kind: sighting.kind,
          start: sighting.date.start,
          end: sighting.date.end,
          precision: sighting.date.precision,
          people: sighting.people,
          parties: sighting.parties,
          ...(sighting.reportedBy === undefined ? {} : { reportedBy: sighting.reportedBy }),
          sentence: sighting.sentence,
          citations: [resolveCitation(article.slug, paragraph, sighting.sentence)],
          sightings: [seen],
        });
      }
    }
  }
  const contacts = [...merged.values()].sort(
    (a, b) =>
      a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind) || a.sentence.localeCompare(b.sentence),
  );
  for (const contact of contacts) {
    // The hash of what makes the contact itself keeps the anchor the same when other articles are added.
    const key = contactKey(contact, contact.start, contact.end);
    contact.id = `${contact.start}-${contact.kind}-${contact.people[0] ?? 'contact'}-${(fnv1a(key) >>> 16).toString(16).padStart(4, '0')}`;
  }
  return contacts;
}
