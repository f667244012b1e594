/**
 * Page sizes of the lists that grow with the archive. A list longer than its
 * size is split into numbered pages, so no page grows with the archive: at
 * 5,000 articles every page stays well under 250 KB.
 */
export const PAGE_SIZE = {
  /** Timeline entries on one page of a month. */
  timeline: 100,
  /** A person's mentions, one sentence each. */
  mentions: 100,
  /** Quotes, each with its citation. */
  quotes: 50,
  /** Source paragraphs on a round page. */
  roundSources: 40,
  /** Articles in one page of the article list. */
  articles: 100,
  /** Unnamed sources, each with its quotes. */
  unnamedSources: 40,
  /** Other versions of one story, on the story's list of versions. */
  articleVersions: 100,
} as const;

/**
 * How many other versions of a story its article page names: a wire story
 * reprinted a thousand times would otherwise make its page grow with the
 * archive. More than that, the page links to the story's list of versions.
 */
export const VERSIONS_ON_ARTICLE_PAGE = 10;

/** A list split into pages of at most `size` items; an empty list is one empty page. */
export function pageSlices<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** How many pages a list of `length` items takes; an empty list is one page. */
export function pageCount(length: number, size: number): number {
  return Math.max(1, Math.ceil(length / size));
}

/** The URL of page `n` of a list whose first page is `base` (`/people/x/mentions/`, then `…/mentions/2/`). */
export function pagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}${n}/`;
}

/** The page (1-based) that holds the item at `index`. */
export function pageOf(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}
