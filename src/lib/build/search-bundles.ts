import { createHash } from 'node:crypto';

/**
 * The search index in bundles: Pagefind has no incremental index, so the
 * pages are indexed in bundles that a build can keep, and the search page
 * merges them (`mergeIndex`). Articles go by the month they were published;
 * the rounds, people and parties pages go with the newest month, the bundle
 * that a new article changes anyway (each names its people and parties).
 *
 * Pagefind ranks each bundle's pages by that bundle's own statistics (BM25:
 * the share of its pages a word is on, their average length), so a page
 * scores as in one index only while its bundle holds the pages it is
 * compared with. Entity pages in the newest month's bundle keep the ranking
 * of a corpus of one month (the articles today) exactly that of one index.
 */

/** A page to index: its path in the built site (`articles/<slug>/index.html`) and its HTML. */
export interface SearchedPage {
  path: string;
  html: string;
}

/** Pages indexed together into one Pagefind bundle. */
export interface SearchBundle {
  /** The period its articles were published in (`2022-03`); also its folder under `pagefind/`. */
  name: string;
  /** In path order, the order Pagefind lists pages of equal score in. */
  pages: SearchedPage[];
}

/** How long a period of articles one bundle holds. */
export type BundlePeriod = 'month' | 'year';

/** The bundle for pages that no article dates: a site with no articles. */
const UNDATED = 'pages';

/** The day an article page says it was published (its `date` metadata for the index). */
export function publishedDay(html: string): string | undefined {
  return /data-pagefind-meta="date:(\d{4}-\d{2}-\d{2})"/u.exec(html)?.[1];
}

/** The period of a page: its publication month or year for an article, none for other pages. */
function periodOf(page: SearchedPage, period: BundlePeriod): string | undefined {
  if (!page.path.startsWith('articles/')) return undefined;
  const day = publishedDay(page.html);
  if (day === undefined) throw new Error(`${page.path} has no publication date for the search index.`);
  return period === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

/**
 * Cuts the searched pages into bundles, oldest period first: one a period of
 * articles, the other pages with the newest. Every page is in exactly one.
 */
export function cutBundles(pages: readonly SearchedPage[], period: BundlePeriod = 'month'): SearchBundle[] {
  const byPeriod = new Map<string, SearchedPage[]>();
  const undated: SearchedPage[] = [];
  for (const page of pages) {
    const name = periodOf(page, period);
    if (name === undefined) undated.push(page);
    else byPeriod.set(name, [...(byPeriod.get(name) ?? []), page]);
  }
  const names = [...byPeriod.keys()].sort();
  const newest = names.at(-1) ?? UNDATED;
  if (undated.length > 0) byPeriod.set(newest, [...(byPeriod.get(newest) ?? []), ...undated]);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, bundled]) => ({
      name,
      pages: [...bundled].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    }));
}

/**
 * What a bundle is built from, as a digest: its pages' paths and HTML, and
 * `salt` (what else shapes the index: Pagefind's version, its options). Equal
 * digests, equal bundles: a build keeps a bundle under its digest.
 */
export function bundleDigest(bundle: SearchBundle, salt: string): string {
  const hash = createHash('sha256').update(salt).update('\0');
  for (const page of bundle.pages) hash.update(page.path).update('\0').update(page.html).update('\0');
  return hash.digest('hex');
}

/** Where each bundle goes in the site: the first at `pagefind/` (with Pagefind's script), the others in a folder of their own in it. */
export function bundleFolder(bundles: readonly SearchBundle[], bundle: SearchBundle): string {
  return bundles[0] === bundle ? 'pagefind' : `pagefind/${bundle.name}`;
}
