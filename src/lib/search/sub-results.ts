import { paragraphNumber } from '../urls';

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

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Words around the first hit, escaped, hits marked. */
function excerptAround(words: readonly string[], hits: readonly number[], size = 24): string {
  const first = hits[0] ?? 0;
  const start = Math.max(0, first - Math.floor(size / 3));
  const marked = new Set(hits);
  const slice = words.slice(start, start + size).map((word, index) => {
    const escaped = escapeHtml(word);
    return marked.has(start + index) ? `<mark>${escaped}</mark>` : escaped;
  });
  return `${start > 0 ? '… ' : ''}${slice.join(' ')}${start + size < words.length ? ' …' : ''}`;
}

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
  const words = data.content.split(/\s+/u);
  const groups = new Map<string, { anchor: (typeof anchors)[number]; hits: number[] }>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
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
      excerpt: excerptAround(words, hits),
      hits: hits.length,
    }));
}
