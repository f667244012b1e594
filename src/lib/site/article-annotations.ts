import type { CorrectionMark } from '../compile/apply-corrections';
import type { CompiledParagraph } from '../compile/article';
import { isoDateValue } from '../compile/date-value';
import type { ResolvedDate } from '../compile/relative-dates';
import type { TextSpan } from '../compile/round-links';
import { personUrl, partyUrl, roundUrl } from '../urls';
import { describeResolvedDate } from './dates';

/** Words of a paragraph that the article page wraps in markup; the words themselves never change. */
interface AnnotatedWords extends TextSpan {
  /** The words, as the compiler read them at `start`. */
  text: string;
  /**
   * How many times `text` occurs in the paragraph before `start`: where the
   * page's text differs from the compiler's (a line break, an image's label),
   * the words are found again by this count rather than by offset.
   */
  occurrence: number;
  /** Set when an editor corrected the fact: the reason, and the anchor of the article's list entry that says so. */
  correction?: CorrectionMark;
}

/** A person, party or round the paragraph names, linked to its page. */
export interface EntityLinkAnnotation extends AnnotatedWords {
  kind: 'link';
  entity: 'person' | 'party' | 'round';
  href: string;
}

/** A date expression and the days the compiler resolved it to. */
export interface ResolvedDateAnnotation extends AnnotatedWords {
  kind: 'date';
  /** The id of the date's entry in the article's list of dates, which describes it to screen readers. */
  id: string;
  /** A `datetime` value (`2022-03-10`, `2022-W10`, `2022-03`); absent for a span no HTML date can hold ("recent days"). */
  datetime?: string;
  /** The resolved day or period for readers: "Thursday, 10 March 2022". */
  resolved: string;
}

export type Annotation = EntityLinkAnnotation | ResolvedDateAnnotation;

/** Each paragraph's annotations by its anchor (`p-5`), in the order of their words. */
export type ArticleAnnotations = Record<string, Annotation[]>;

/** What annotating a paragraph reads of its compiled facts. */
export type AnnotatedParagraph = Pick<CompiledParagraph, 'id' | 'text' | 'mentions' | 'dates' | 'rounds'>;

/**
 * How the page shows a resolved date: a `datetime` when HTML can hold the
 * period (a day, an ISO week, a month; "recent days" is an interval it
 * cannot), and the day or period in words.
 */
export function resolvedDateDisplay(date: Pick<ResolvedDate, 'start' | 'end' | 'precision'>): {
  datetime?: string;
  resolved: string;
} {
  const value = isoDateValue(date.start, date.end, date.precision);
  return {
    ...(value.includes('/') ? {} : { datetime: value }),
    resolved: describeResolvedDate(date.start, date.end, date.precision),
  };
}

/** The id of a paragraph's n-th resolved date (1-based) in the article's list of dates. */
export function resolvedDateId(paragraphId: string, n: number): string {
  return `date-${paragraphId}-${n}`;
}

const ENTITY_URL = { person: personUrl, party: partyUrl } as const;

/**
 * What the article page marks in each paragraph: every resolved date, the
 * first mention of each person and party (more links than that are noise),
 * and each round the paragraph reports on, on its own words ("talks",
 * "video link", "Istanbul"). A word that two rounds of a paragraph share
 * links to neither, since it cannot say which one it means: such rounds are
 * listed beside the article only. Spans never overlap; a date wins over a name.
 */
export function articleAnnotations(paragraphs: readonly AnnotatedParagraph[]): ArticleAnnotations {
  const annotations: ArticleAnnotations = {};
  for (const paragraph of paragraphs) {
    const found = paragraphAnnotations(paragraph);
    if (found.length > 0) annotations[paragraph.id] = found;
  }
  return annotations;
}

function paragraphAnnotations(paragraph: AnnotatedParagraph): Annotation[] {
  // The characters already marked: a span is free when none of its own is, which costs its length
  // whatever the number of spans marked before it.
  const marked = new Uint8Array(paragraph.text.length + 1);
  const isFree = (span: TextSpan) =>
    span.end > span.start && !marked.subarray(span.start, span.end).includes(1);
  const take = (span: TextSpan) => marked.fill(1, span.start, span.end);
  const occurrences = occurrenceCounter(paragraph.text);
  const words = (span: TextSpan): AnnotatedWords => {
    const text = paragraph.text.slice(span.start, span.end);
    return { start: span.start, end: span.end, text, occurrence: occurrences(text, span.start) };
  };
  const annotations: Annotation[] = [];

  paragraph.dates.forEach((date, index) => {
    const span = { start: date.index, end: date.index + date.phrase.length };
    if (!isFree(span)) return;
    take(span);
    annotations.push({
      kind: 'date',
      ...words(span),
      id: resolvedDateId(paragraph.id, index + 1),
      ...resolvedDateDisplay(date),
      ...(date.correctedBy === undefined ? {} : { correction: date.correctedBy }),
    });
  });

  const linked = new Set<string>();
  for (const mention of paragraph.mentions) {
    if (mention.kind === 'place') continue;
    const key = `${mention.kind} ${mention.id}`;
    // A mention the editor corrected is marked wherever it is, so the reader sees the correction.
    if ((linked.has(key) && mention.correctedBy === undefined) || !isFree(mention)) continue;
    linked.add(key);
    take(mention);
    annotations.push({
      kind: 'link',
      ...words(mention),
      entity: mention.kind,
      href: ENTITY_URL[mention.kind](mention.id),
      ...(mention.correctedBy === undefined ? {} : { correction: mention.correctedBy }),
    });
  }

  const claims = new Map<string, number>();
  const spanKey = (span: TextSpan) => `${span.start}-${span.end}`;
  for (const link of paragraph.rounds)
    for (const key of new Set(link.words.map(spanKey))) claims.set(key, (claims.get(key) ?? 0) + 1);
  for (const link of paragraph.rounds) {
    const span = link.words.find((word) => claims.get(spanKey(word)) === 1 && isFree(word));
    if (span === undefined) continue;
    take(span);
    annotations.push({ kind: 'link', ...words(span), entity: 'round', href: roundUrl(link.round) });
  }
  return annotations.sort((a, b) => a.start - b.start);
}

/**
 * How many times a text starts in `within` before a position. The places a
 * text starts are found once for each text (a paragraph that repeats one
 * date a thousand times is searched once for it, not a thousand times), and
 * counted by halving.
 */
function occurrenceCounter(within: string): (text: string, position: number) => number {
  const starts = new Map<string, number[]>();
  return (text, position) => {
    let found = starts.get(text);
    if (found === undefined) {
      found = [];
      for (let at = within.indexOf(text); at !== -1; at = within.indexOf(text, at + 1)) found.push(at);
      starts.set(text, found);
    }
    let low = 0;
    let high = found.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((found[middle] ?? Infinity) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
