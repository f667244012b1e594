/**
 * The search index's bundles as the built search page names them: the
 * links that preload each bundle's entry file (src/integrations/pagefind-index.ts),
 * the first bundle's first. Pagefind loads from the first and merges the
 * others into its searches (`mergeIndex`).
 */

/** One bundle of the index: its folder's path, and the cache tag its entry file is preloaded under. */
export interface IndexBundle {
  basePath: string;
  /** The `ts` of the preloaded entry URL: passed as `metaCacheTag`, Pagefind asks for that very URL. */
  cacheTag: string | null;
}

/** The bundles named by the hrefs of the links that preload entry files (`…/pagefind-entry.json?ts=…`), in their order. */
export function bundlesFromPreloads(
  hrefs: readonly string[],
  base = 'https://talks-tracker.invalid/',
): IndexBundle[] {
  return hrefs.map((href) => {
    const url = new URL(href, base);
    return {
      basePath: url.pathname.replace(/pagefind-entry\.json$/u, ''),
      cacheTag: url.searchParams.get('ts'),
    };
  });
}
