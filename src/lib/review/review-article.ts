import { stringify } from 'yaml';
import type { Correction } from '../../schemas/corrections';
import { ArticleCompiler, type CompiledArticle } from '../compile/article';
import { ArticleCorrector } from '../compile/apply-corrections';
import { isoDateValue } from '../compile/date-value';
import { ContentError, type Knowledge, type SourceArticle } from '../compile/knowledge';
import { extractParagraphs } from '../compile/paragraphs';
import { roundWindows } from '../compile/round-windows';
import { splitSentences } from '../compile/text';
import { unknownNames, type UnknownNames } from './names';

/** Words that say a sentence is about negotiating (as the round linker reads them). */
const TALK_CUES = /\b(?:talks|negotiat\w*|met|meet|meeting|meetings|round|rounds|delegations?|summit)\b/iu;
const VIDEO_CUES = /\bvideo[ -]?(?:link|conference|call)s?\b|\bby video\b|\bvideoconferenc/iu;

/** One fact the compiler found, with the rule or cue that found it. */
export interface ReviewFinding {
  paragraph: string;
  kind: 'quote' | 'date' | 'mention' | 'round' | 'contact';
  what: string;
  rule: string;
}

/** A date after the newest round, with what the knowledge would need to follow it. */
export interface LaterDate {
  paragraph: string;
  phrase: string;
  value: string;
  /** A `content/rounds.yaml` entry to check and add, when the sentence speaks of talks. */
  roundEntry?: string;
  /** `content/demands.yaml` steps to check and add, one per demand the paragraph names. */
  demandSteps: string[];
}

/** Everything `npm run review` says of one article. */
export interface ArticleReview {
  slug: string;
  findings: ReviewFinding[];
  /** Quotes whose speaker the compiler would not guess. */
  abstentions: { paragraph: string; text: string; label?: string }[];
  names: UnknownNames;
  /** Ready `content/people.yaml` entries for the people the knowledge lacks. */
  peopleEntries: string;
  newestRound?: { id: string; lastDay: string };
  laterDates: LaterDate[];
  /** The entries of `content/corrections.yaml` for the article: applied, no longer needed, or wrong. */
  corrections: { applied: string[]; unneeded: string[]; problems: string[] };
}

/** An id for a new entry: lowercase words joined by hyphens, diacritics dropped. */
function idFor(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** The sentence of a paragraph around an offset. */
function sentenceAt(text: string, offset: number): string {
  return (splitSentences(text).findLast((sentence) => sentence.start <= offset)?.text ?? text).trim();
}

/**
 * Reviews one article against the knowledge and the corrections, reading
 * only: what the compiler found and by which rule, where it abstained, the
 * names the knowledge lacks (with ready `people.yaml` entries and likely
 * misspellings of known people), dates after the newest round (with a ready
 * `rounds.yaml` entry and demand steps), and the corrections that apply.
 */
export function reviewArticle(
  source: SourceArticle,
  knowledge: Knowledge,
  corrections: readonly Correction[],
): ArticleReview {
  const compiled = new ArticleCompiler(knowledge).compile({
    slug: source.slug,
    data: source.data,
    paragraphs: extractParagraphs(source.body),
  });
  const own = corrections.filter((correction) => correction.article === source.slug);
  const corrector = new ArticleCorrector(knowledge);
  const reviewed: ArticleReview['corrections'] = { applied: [], unneeded: [], problems: [] };
  let article: CompiledArticle = compiled;
  try {
    const corrected = corrector.apply(compiled, own);
    article = corrected.article;
    reviewed.unneeded = corrected.warnings;
    reviewed.applied = article.corrections.map(
      (correction) =>
        `${correction.paragraphId} “${correction.words}”: ${correction.kind} ${correction.before} → ${correction.after} (${correction.reason})`,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    reviewed.problems = [...error.problems];
  }
  const names = unknownNames(article.paragraphs, knowledge);
  return {
    slug: source.slug,
    findings: findings(article, knowledge),
    abstentions: article.paragraphs.flatMap((paragraph) =>
      paragraph.quotes
        .filter((quote) => quote.abstained)
        .map((quote) => ({
          paragraph: paragraph.id,
          text: quote.text,
          ...(quote.speakerLabel === undefined ? {} : { label: quote.speakerLabel }),
        })),
    ),
    names,
    peopleEntries: peopleEntries(names, knowledge),
    ...laterDates(article, knowledge),
    corrections: reviewed,
  };
}

function findings(article: CompiledArticle, knowledge: Knowledge): ReviewFinding[] {
  const nameOf = (id: string) =>
    [...knowledge.people, ...knowledge.parties, ...knowledge.places].find((entity) => entity.id === id)
      ?.name ?? id;
  const speakerOf = (quote: CompiledArticle['paragraphs'][number]['quotes'][number]): string => {
    const { speaker } = quote;
    if (speaker === undefined)
      return quote.abstained ? 'no speaker (abstained)' : 'nobody (a title or a term)';
    if (speaker.type === 'named') return `${speaker.name} (not in content/people.yaml)`;
    if (speaker.type === 'unnamed')
      return (
        article.unnamedSources.find((source) => source.key === speaker.key)?.description ??
        'an unnamed source'
      );
    return nameOf(speaker.id);
  };
  return article.paragraphs.flatMap((paragraph): ReviewFinding[] => {
    const edited = (fact: { correctedBy?: unknown }) =>
      fact.correctedBy === undefined ? '' : ', corrected by the editor';
    return [
      ...paragraph.quotes.map((quote) => ({
        paragraph: paragraph.id,
        kind: 'quote' as const,
        what: `“${quote.text}” — ${speakerOf(quote)}`,
        rule: (quote.rule ?? 'none') + edited(quote),
      })),
      ...paragraph.dates.map((date) => ({
        paragraph: paragraph.id,
        kind: 'date' as const,
        what: `“${date.phrase}” = ${isoDateValue(date.start, date.end, date.precision)}`,
        rule: `relative to ${article.publishedDay} (${date.precision})${edited(date)}`,
      })),
      ...paragraph.mentions.map((mention) => ({
        paragraph: paragraph.id,
        kind: 'mention' as const,
        what: `“${mention.text}” = ${mention.kind} ${mention.id}`,
        rule: (mention.inQuote ? 'name or alias, in a quotation' : 'name or alias') + edited(mention),
      })),
      ...paragraph.rounds.map((link) => ({
        paragraph: paragraph.id,
        kind: 'round' as const,
        what: link.round,
        rule: link.reasons.join('; '),
      })),
      ...paragraph.contacts.map((contact) => ({
        paragraph: paragraph.id,
        kind: 'contact' as const,
        what: `${contact.kind} ${isoDateValue(contact.date.start, contact.date.end, contact.date.precision)}: ${contact.people.join(', ')}`,
        rule: `“${contact.date.phrase}” with a ${contact.kind} cue`,
      })),
    ];
  });
}

/** Ready `people.yaml` entries: the name, the surname as an alias, the title as the role, its party when the title names one. */
function peopleEntries(names: UnknownNames, knowledge: Knowledge): string {
  const entries = names.people
    .filter((person) => person.likelyAliasOf.length === 0 && person.name.includes(' '))
    .map((person) => {
      const party = knowledge.parties.find((candidate) =>
        [candidate.name, ...candidate.aliases].some((name) =>
          new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(
            person.title ?? '',
          ),
        ),
      );
      const surname = person.name.split(/\s+/u).at(-1);
      return {
        id: idFor(person.name),
        name: person.name,
        aliases: surname === undefined || surname === person.name ? [] : [surname],
        roles: [
          {
            title: person.title ?? 'CHECK: their title',
            kind: 'official',
            ...(party === undefined ? {} : { party: party.id }),
          },
        ],
      };
    });
  return entries.length === 0 ? '' : stringify(entries);
}

/** Dates the article resolves after the newest round, with ready entries for the knowledge. */
function laterDates(
  article: CompiledArticle,
  knowledge: Knowledge,
): Pick<ArticleReview, 'newestRound' | 'laterDates'> {
  const windows = [...roundWindows(knowledge, article.publishedDay).values()].sort((a, b) =>
    a.start.localeCompare(b.start),
  );
  const newest = windows.at(-1);
  const after = newest?.end ?? '0000-01-01';
  const laterDates = article.paragraphs.flatMap((paragraph) =>
    paragraph.dates
      .filter((date) => date.start > after && (date.precision === 'day' || date.precision === 'week'))
      .map((date): LaterDate => {
        const sentence = sentenceAt(paragraph.text, date.index);
        const value = isoDateValue(date.start, date.end, date.precision);
        const citation = { article: article.slug, quote: sentence };
        const place = paragraph.mentions.find(
          (mention) => mention.kind === 'place' && mention.start >= 0 && sentence.includes(mention.text),
        );
        const parties = [
          ...new Set(
            paragraph.mentions.flatMap((mention) =>
              mention.kind === 'party'
                ? [mention.id]
                : mention.kind === 'person'
                  ? (knowledge.people
                      .find((person) => person.id === mention.id)
                      ?.roles.flatMap((role) => (role.party === undefined ? [] : [role.party])) ?? [])
                  : [],
            ),
          ),
        ];
        const placeName = knowledge.places.find((candidate) => candidate.id === place?.id)?.name;
        const roundEntry = TALK_CUES.test(sentence)
          ? stringify([
              {
                id: `${date.start}-${place?.id ?? (VIDEO_CUES.test(sentence) ? 'video-link' : 'CHECK-place')}`,
                title: `CHECK: talks${placeName === undefined ? '' : ` in ${placeName}`}`,
                start: date.start,
                ...(date.end === date.start ? {} : { end: date.end }),
                ...(place === undefined ? {} : { place: place.id }),
                format: VIDEO_CUES.test(sentence) ? 'video-link' : 'in-person',
                parties: parties.length > 0 ? parties : ['CHECK-party'],
                summary: 'CHECK: two or three sentences of what the round was and what came of it.',
                facts: [{ statement: 'CHECK: when and where the round was held.', citation }],
                headerSources: { dates: [0], ...(place === undefined ? {} : { place: [0] }) },
              },
            ])
          : undefined;
        const demandSteps = paragraph.demands.map(
          (demand) =>
            `# content/demands.yaml, demand "${demand}", under history:\n${stringify([
              {
                date: date.start,
                status: 'reiterated',
                citation,
                note: 'CHECK: the status (raised, reiterated, eased, dropped, rejected, close-to-agreement) and who took the step (by:).',
              },
            ])}`,
        );
        return {
          paragraph: paragraph.id,
          phrase: date.phrase,
          value,
          ...(roundEntry === undefined ? {} : { roundEntry }),
          demandSteps,
        };
      }),
  );
  return {
    ...(newest === undefined ? {} : { newestRound: { id: newest.id, lastDay: newest.end } }),
    laterDates,
  };
}

/** The review as the terminal shows it: sections, each fact on a line, entries ready to paste. */
export function formatReview(review: ArticleReview): string {
  const lines: string[] = [`Review of ${review.slug}`, ''];
  const section = (title: string, body: readonly string[], empty: string) => {
    lines.push(`${title}:`, ...(body.length === 0 ? [`  ${empty}`] : body.map((line) => `  ${line}`)), '');
  };
  section(
    'Findings, with the rule that found each',
    review.findings.map(
      (finding) => `${finding.paragraph} ${finding.kind}: ${finding.what} [${finding.rule}]`,
    ),
    'none',
  );
  section(
    'Abstentions (the compiler would not name the speaker)',
    review.abstentions.map(
      (quote) =>
        `${quote.paragraph} “${quote.text}”${quote.label === undefined ? '' : ` (near “${quote.label}”)`}`,
    ),
    'none',
  );
  section(
    'Names the knowledge lacks (people)',
    review.names.people.map(
      (person) =>
        `${person.name}${person.title === undefined ? '' : ` (title: ${person.title})`} in ${person.paragraphs.join(', ')}` +
        person.likelyAliasOf
          .map(
            (alias) =>
              `; likely an alias of ${alias.id} (“${alias.written}”, ${alias.distance} ${alias.distance === 1 ? 'edit' : 'edits'}): add “${person.name}” to its aliases in content/people.yaml`,
          )
          .join(''),
    ),
    'none',
  );
  if (review.peopleEntries !== '')
    lines.push(
      'Ready content/people.yaml entries (check the kind and the party):',
      ...review.peopleEntries
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`),
      '',
    );
  section(
    'Institutions named (not people)',
    review.names.institutions.map(
      (institution) => `${institution.name} in ${institution.paragraphs.join(', ')}`,
    ),
    'none',
  );
  const newest =
    review.newestRound === undefined
      ? 'no round in content/rounds.yaml'
      : `after the newest round, ${review.newestRound.id} (to ${review.newestRound.lastDay})`;
  section(
    `Dates ${newest}`,
    review.laterDates.flatMap((date) => [
      `${date.paragraph} “${date.phrase}” = ${date.value}`,
      ...(date.roundEntry === undefined
        ? ['  (the sentence speaks of no talks: no round suggested)']
        : [
            '  Ready content/rounds.yaml entry:',
            ...date.roundEntry
              .trimEnd()
              .split('\n')
              .map((line) => `    ${line}`),
          ]),
      ...date.demandSteps.flatMap((step) =>
        step
          .trimEnd()
          .split('\n')
          .map((line) => `  ${line}`),
      ),
    ]),
    'none',
  );
  section(
    'Corrections (content/corrections.yaml)',
    [
      ...review.corrections.applied.map((line) => `applied: ${line}`),
      ...review.corrections.unneeded.map((line) => `no longer needed: ${line}`),
      ...review.corrections.problems.map((line) => `wrong: ${line}`),
    ],
    'none for this article',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
