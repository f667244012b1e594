import { paragraphNumber } from '../urls';
import { resultWords, excerptAround, splitHits } from './results';

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
