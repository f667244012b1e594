/**
 * Pagefind on the search page: loaded from the built site (never bundled),
 * run in the page's thread, its index bundles merged into one search.
 */
import { withNativeGunzip } from '../../lib/search/native-gunzip';
import { bundlesFromPreloads, type IndexBundle } from '../../lib/search/pagefind-bundles';
import type { PagefindResultData } from '../../lib/search/results';

export type ResultData = PagefindResultData & { excerpt: string };
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
/** The part of Pagefind's browser API this page uses. */
export interface Pagefind {
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Loads what a search for the term needs, without searching. */
  preload: (term: string) => Promise<void>;
  /** A null query lists every page that passes the filters. */
  search: (
    query: string | null,
    options: { filters: Record<string, { any: string[] }> },
  ) => Promise<PagefindSearch | null>;
  /** Adds another bundle's index to this instance's searches (its folder's path). */
  mergeIndex: (basePath: string, options: Record<string, unknown>) => Promise<void>;
}
/** Pagefind's module: an instance of its search, with options. */
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

// Pagefind runs in this page's thread and fetches with the page's `fetch`: its gzipped files are
// unzipped by the browser on the way in, not by Pagefind's JavaScript (src/lib/search/native-gunzip.ts).
window.fetch = withNativeGunzip(window.fetch.bind(window), location.href);
// A path in a variable, so the bundler leaves Pagefind's own file to be loaded at run time.
const pagefindPath = '/pagefind/pagefind.js';
/** Excerpt length of every bundle's results (the page builds its own excerpts from their words). */
const EXCERPT_WORDS = 30;
/**
 * The index's bundles, as the page preloads them (src/integrations/pagefind-index.ts): Pagefind
 * loads from the first and merges the others. None under `npm run dev`: Pagefind then loads its
 * own entry, with a time as its cache tag.
 */
const bundles = bundlesFromPreloads(
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][href*="pagefind-entry.json"]')].map(
    (link) => link.href,
  ),
);
/** The cache tag of a bundle's preloaded entry file: with the same tag, Pagefind asks for the preloaded URL. */
function cacheTag(bundle: IndexBundle | undefined): Record<string, string> {
  return bundle?.cacheTag == null ? {} : { metaCacheTag: bundle.cacheTag };
}
const pagefind = (async () => {
  const loaded = (await import(/* @vite-ignore */ pagefindPath)) as PagefindModule;
  // Pagefind's default ranking: measured against tests/search-eval (npm run eval:search), pageLength 0,
  // 0.25 and 0.5 with termFrequency 0.5 did no better at 1 and 3 together (README, "Search").
  // In the page's own thread, not Pagefind's web worker: the worker's script is one more download
  // (43 KB) that the index's files wait for, and this page has nothing else to do while it searches.
  return loaded.createInstance({ noWorker: true, excerptLength: EXCERPT_WORDS, ...cacheTag(bundles[0]) });
})();
/** How often, and how many times, the page asks Pagefind whether its WebAssembly is ready (`indexReady`). */
const READY_STEP_MS = 5;
const READY_CHECKS = 10;
/**
 * Settles once the first bundle's WebAssembly and metadata are in. Pagefind
 * checks for its WebAssembly every 50 ms, and a search asked for before it is
 * ready waits for the next check; empty preloads (they load nothing) asked
 * for every 5 ms meet it within 5 ms.
 */
async function firstBundleReady(api: Pagefind): Promise<unknown> {
  const preloads: Promise<boolean>[] = [];
  for (let check = 0; check < READY_CHECKS; check++) {
    // A failed preload settles it too: the search then reports the failure.
    preloads.push(
      api.preload('').then(
        () => true,
        () => true,
      ),
    );
    const step = new Promise<boolean>((resolve) => {
      setTimeout(() => {
        resolve(false);
      }, READY_STEP_MS);
    });
    if (await Promise.race([step, ...preloads])) break;
  }
  return Promise.race(preloads);
}

/**
 * The index, ready to search: the first bundle, then the others merged into
 * it. Merged once the first is ready (Pagefind holds a merge back until then,
 * checking every 50 ms), their entry files and metadata preloaded already;
 * the page's searches, made once this settles, search every bundle.
 */
const indexReady: Promise<unknown> = (async () => {
  const api = await pagefind;
  await firstBundleReady(api);
  await Promise.all(
    bundles
      .slice(1)
      .map((bundle) =>
        api.mergeIndex(bundle.basePath, { excerptLength: EXCERPT_WORDS, ...cacheTag(bundle) }),
      ),
  );
})().catch(() => undefined);
// A failed load is reported by the page, when a search needs the index.
pagefind.catch(() => undefined);

export { indexReady, pagefind };

/**
 * What the page says when the index does not load. `npm run dev` serves no
 * index (Pagefind writes it after a build), which would otherwise look like a
 * broken page.
 */
export const INDEX_MISSING = import.meta.env.DEV
  ? 'Search needs the index that the build writes, which `npm run dev` does not serve. Run `npm run build`, then `npm run preview`, to search.'
  : 'The search index did not load. Reload the page, or browse the people, the rounds, the parties and the articles.';
