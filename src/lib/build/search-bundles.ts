import { createHash } from 'node:crypto';

/**
 * The search index in bundles: Pagefind has no incremental index, so the
 * pages of a large archive (`BUNDLES_FROM`) are indexed in bundles that a
 * build keeps, and the search page merges them (`mergeIndex`). Two: the articles of the newest month with the
 * rounds, people and parties pages, which a new article changes anyway (it
 * names people and parties), and the earlier articles. A new article indexes
 * the small bundle again; an earlier article changed, or a new month, the
 * large one too.
 *
 * Not a bundle a month: each bundle a search reads costs the browser one more
 * index chunk for every word searched (Pagefind writes chunks of about 25 KB
 * whatever the bundle's size), and at 1,000 articles over a year the first
 * results of a month a bundle took 400-700 KB, against 125-190 KB for one
 * index. And Pagefind scores each bundle's pages by that bundle's own
 * statistics (BM25: how many of its pages have a word, their average length)
 * before it sorts the merged results by score, so pages rank as in one index
 * only while they are in one bundle: the fewer the bundles, the closer. A
 * corpus of one month (the real one today) is one bundle, byte for byte the
 * index one `addDirectory` of all the pages makes.
 */

/** A page to index: its path in the built site (`articles/<slug>/index.html`) and its HTML. */
export interface SearchedPage {
  path: string;
  html: string;
}

/** Pages indexed together into one Pagefind bundle. */
export interface SearchBundle {
  /** `newest` or `earlier`; also its folder under `pagefind/` (the first bundle's is `pagefind/` itself). */
  name: 'newest' | 'earlier';
  /** In path order, the order Pagefind lists pages of equal score in. */
  pages: SearchedPage[];
}

/** The day an article page says it was published (its `date` metadata for the index). */
export function publishedDay(html: string): string | undefined {
  return /data-pagefind-meta="date:(\d{4}-\d{2}-\d{2})"/u.exec(html)?.[1];
}

/** The month an article page was published in; none for other pages. */
function monthOf(page: SearchedPage): string | undefined {
  if (!page.path.startsWith('articles/')) return undefined;
  const day = publishedDay(page.html);
  if (day === undefined) throw new Error(`${page.path} has no publication date for the search index.`);
  return day.slice(0, 7);
}

function byPath(a: SearchedPage, b: SearchedPage): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * How many searched pages an index holds before it is cut into bundles. Below
 * it, one bundle: search ranks as one index does (bundles score their pages
 * apart) and reads the fewest bytes (each bundle adds an index chunk per
 * word), at the price of indexing every page on every build (about 4 s at
 * 1,000 articles on two cores). Pagefind runs out of memory at about 30,000
 * pages in one index; bundles are what keep a larger archive searchable.
 * `TALKS_SEARCH_BUNDLES_FROM` sets another count (the tests cut small sites).
 */
export const BUNDLES_FROM = 20_000;

/** The page count bundles start at: `TALKS_SEARCH_BUNDLES_FROM`, or `BUNDLES_FROM`. */
export function bundlesFrom(): number {
  const set = process.env['TALKS_SEARCH_BUNDLES_FROM'];
  if (set === undefined || set === '') return BUNDLES_FROM;
  const count = Number(set);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`TALKS_SEARCH_BUNDLES_FROM is "${set}"; expected a whole number of pages, 1 or more.`);
  return count;
}

/**
 * Cuts the searched pages into bundles: the earlier articles (none when every
 * article is of one month, or there are fewer than `from` pages), then the
 * newest month's with the other pages. Every page is in exactly one, in path order.
 */
export function cutBundles(pages: readonly SearchedPage[], from = bundlesFrom()): SearchBundle[] {
  if (pages.length < from) return [{ name: 'newest', pages: [...pages].sort(byPath) }];
  const months = pages.map(monthOf);
  const newest = months.reduce<string | undefined>(
    (latest, month) => (month !== undefined && (latest === undefined || month > latest) ? month : latest),
    undefined,
  );
  const earlier = pages.filter((_, at) => months[at] !== undefined && months[at] !== newest).sort(byPath);
  const rest = pages.filter((_, at) => months[at] === undefined || months[at] === newest).sort(byPath);
  return [
    ...(earlier.length > 0 ? [{ name: 'earlier' as const, pages: earlier }] : []),
    { name: 'newest' as const, pages: rest },
  ];
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

/** Where each bundle goes in the site: the first at `pagefind/` (with Pagefind's script), the other in a folder of its own in it. */
export function bundleFolder(bundles: readonly SearchBundle[], bundle: SearchBundle): string {
  return bundles[0] === bundle ? 'pagefind' : `pagefind/${bundle.name}`;
}
