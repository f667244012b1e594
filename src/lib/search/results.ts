import { foldForComparison } from '../fold';
import { wordsOf } from './normalise';
import { STOP_WORDS } from './query';
import { paragraphNumber } from '../urls';
import type { SearchVocabulary } from './vocabulary';

/** The parts of a Pagefind result's data that sub-results are made from. */
export interface PagefindResultData {
  url: string;
  /** The page's processed text; split on white space, `locations` index into it. */
  content: string;
  /** Word positions of the hits in `content`. */
  locations: number[];
  /** Every element with an id, and the word position where it starts. */
  anchors: { element: string; id: string; text?: string; location: number }[];
  meta: Record<string, string | undefined>;
}

/**
 * The id of the hidden block of other names a page carries for the index
 * (SearchFacets): hits inside it find the page, but its text is never shown
 * in an excerpt, and never sent to the landing page to highlight.
 */
export const ALIAS_BLOCK_ID = 'search-aliases';

/** The word positions of a page's alias block, `[start, end)`; empty when it has none. */
export function aliasRegion(data: PagefindResultData): [number, number] {
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const at = anchors.findIndex((anchor) => anchor.id === ALIAS_BLOCK_ID);
  const block = anchors[at];
  if (block === undefined) return [0, 0];
  return [block.location, anchors[at + 1]?.location ?? Number.POSITIVE_INFINITY];
}

/** A page's hits split: in the text readers see, and in its alias block. */
export function splitHits(data: PagefindResultData): { shown: number[]; alias: number[] } {
  const [start, end] = aliasRegion(data);
  const sorted = [...data.locations].sort((a, b) => a - b);
  return {
    shown: sorted.filter((location) => location < start || location >= end),
    alias: sorted.filter((location) => location >= start && location < end),
  };
}

/** A word of Pagefind's content without the punctuation around it: `“Lavrov,”` → `Lavrov`. */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Each result's words, split once: its excerpt, its paragraphs' excerpts, its highlight and its hit check all read them. */
const wordsByResult = new WeakMap<PagefindResultData, readonly string[]>();

/** A result's text as Pagefind counts its words (`locations` index into it). */
export function resultWords(data: PagefindResultData): readonly string[] {
  let words = wordsByResult.get(data);
  if (words === undefined) {
    words = data.content.split(/\s+/u);
    wordsByResult.set(data, words);
  }
  return words;
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/**
 * HTML: about `size` words around the first of `hits`, escaped, the hits in
 * `<mark>`; the words in `skip` (`[start, end)`) left out as if they were not
 * there. Counts its way through the words shown rather than copying them:
 * a long article's excerpt is a few dozen words of thousands.
 */
export function excerptAround(
  words: readonly string[],
  hits: readonly number[],
  skip: [number, number] = [0, 0],
  size = 30,
): string {
  const skipStart = Math.min(Math.max(skip[0], 0), words.length);
  const skipEnd = Math.min(Math.max(skip[1], skipStart), words.length);
  const skipped = skipEnd - skipStart;
  const shownCount = words.length - skipped;
  /** The position among the words shown of word `index`; -1 when it is left out or no word. */
  const shownAt = (index: number) =>
    index < 0 || index >= words.length || (index >= skipStart && index < skipEnd)
      ? -1
      : index < skipStart
        ? index
        : index - skipped;
  const marked = new Set(hits);
  const firstHit = hits[0];
  const start =
    firstHit === undefined ? 0 : Math.max(0, Math.max(0, shownAt(firstHit)) - Math.floor(size / 3));
  const slice: string[] = [];
  for (let nth = start; nth < Math.min(start + size, shownCount); nth++) {
    const index = nth < skipStart ? nth : nth + skipped;
    const word = escapeHtml(words[index] ?? '');
    slice.push(marked.has(index) ? `<mark>${word}</mark>` : word);
  }
  return `${start > 0 ? '… ' : ''}${slice.join(' ')}${start + size < shownCount ? ' …' : ''}`;
}

/**
 * A result's excerpt, built from its hits in the text readers see, never from
 * its alias block. A page found only by another name shows its summary.
 */
export function resultExcerpt(data: PagefindResultData): string {
  const { shown } = splitHits(data);
  const summary = data.meta['summary'];
  if (shown.length === 0 && summary !== undefined) return escapeHtml(summary);
  return excerptAround(resultWords(data), shown, aliasRegion(data));
}

/**
 * Whether a page's hits are the words a reader typed and not a stand-in:
 * Pagefind answers an unknown word with the longest indexed prefix ("is" for
 * "Istambul"), and stems ("neutral" for "neutrality"). A hit counts when it
 * shares its first letters with a typed word: most of them, and at least three.
 */
export function hitsMatchQuery(data: PagefindResultData, queryWords: readonly string[]): boolean[] {
  const words = resultWords(data);
  const hitWords = data.locations.map((location) => foldForComparison(bareWord(words[location] ?? '')));
  return queryWords.map((typed) => {
    const needed = Math.min(typed.length, Math.max(3, Math.ceil(typed.length * 0.6)));
    return hitWords.some((hit) => commonPrefixLength(hit, typed) >= needed);
  });
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * The words to mark on the page a result leads to, as that page spells them:
 * the hit words of its visible text, and for a hit on another name in its
 * alias block, every name of the entity it belongs to (so "Zelenskiy" marks
 * "Zelensky" on the page). Without quotes or punctuation around them.
 */
export function highlightTerms(data: PagefindResultData, vocabulary: SearchVocabulary | undefined): string[] {
  const words = resultWords(data);
  const { shown, alias } = splitHits(data);
  const terms = new Set(
    shown.map((location) => bareWord(words[location] ?? '')).filter((word) => word.length > 1),
  );
  // The page's own entity: the one whose names its alias block carries for the index.
  const path = new URL(data.url, 'https://talks-tracker.invalid').pathname;
  const entity = vocabulary?.entities.find((candidate) => candidate.url === path);
  if (entity !== undefined)
    for (const location of alias) {
      const [hit] = wordsOf(words[location] ?? '');
      if (hit === undefined || !entity.names.some((name) => wordsOf(name).includes(hit))) continue;
      for (const name of [entity.title, ...entity.names])
        for (const word of name.split(/\s+/u)) terms.add(bareWord(word));
    }
  // "of" and "the" would mark every line of the page.
  return [...terms].filter((term) => term.length > 1 && !STOP_WORDS.has(foldForComparison(term)));
}

/** A hit inside a page: the paragraph or section it lands on, and the words around it. */
export interface SubResult {
  url: string;
  /** "Paragraph 5" or the heading's text. */
  title: string;
  /** HTML: the surrounding words, escaped, with the hits in `<mark>`. */
  excerpt: string;
  hits: number;
}

const LANDING_ANCHOR = /^(?:p-\d+)$/u;
const HEADING = /^h[1-6]$/u;

/**
 * Splits a page's hits by the paragraph or heading they fall under, so a
 * search lands on `#p-5` rather than the top of a long article. Pagefind's
 * own sub-results split on headings only; its `anchors` list every element
 * with an id, which is what this uses. At most `limit` sub-results, the
 * sections with the most hits first.
 */
export function paragraphSubResults(data: PagefindResultData, limit = 3): SubResult[] {
  const anchors = data.anchors
    .filter((anchor) => LANDING_ANCHOR.test(anchor.id) || HEADING.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  const words = resultWords(data);
  const groups = new Map<string, { anchor: (typeof anchors)[number]; hits: number[] }>();
  // Hits on the page's other names (its hidden alias block) land nowhere a reader can see.
  for (const location of splitHits(data).shown) {
    const anchor = anchors.filter((candidate) => candidate.location <= location).at(-1);
    if (anchor === undefined) continue;
    const group = groups.get(anchor.id) ?? { anchor, hits: [] };
    group.hits.push(location);
    groups.set(anchor.id, group);
  }
  const [base = data.url, query] = data.url.split('?');
  return [...groups.values()]
    .sort((a, b) => b.hits.length - a.hits.length || a.anchor.location - b.anchor.location)
    .slice(0, limit)
    .map(({ anchor, hits }) => ({
      url: `${base}${query ? `?${query}` : ''}#${anchor.id}`,
      title: LANDING_ANCHOR.test(anchor.id)
        ? `Paragraph ${paragraphNumber(anchor.id)}`
        : (anchor.text ?? anchor.id),
      excerpt: excerptAround(words, hits, undefined, 24),
      hits: hits.length,
    }));
}
