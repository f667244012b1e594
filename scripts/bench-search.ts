import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundlesFromPreloads } from '../src/lib/search/pagefind-bundles';
import { launchChromium } from './chromium';
import { BLANK_PAGE, startStaticHost } from './static-host';

/** One search, timed from a cold start, with the bytes it made the browser download. */
export interface SearchMeasure {
  via: 'Pagefind API' | 'site UI';
  term: string;
  firstResultsMs: number;
  /** As received (the test host does not compress), and as a static host would send them (see `compressedSize`). */
  bytes: {
    total: number;
    compressed: number;
    /** Compressed, received by the time the first results showed (the site UI loads its filters after them). */
    compressedToFirstResults: number;
    byKind: Record<string, number>;
  };
}

/** The file a path names in the built site: a folder's index.html, or the file itself. */
function fileFor(siteDir: string, path: string): string {
  const file = join(siteDir, decodeURIComponent(path));
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

/**
 * The bytes a static host sends for a file: text (HTML, JS, CSS, JSON, SVG)
 * gzipped, as hosts do; Pagefind's index files and WebAssembly as they are,
 * since Pagefind writes them gzipped already.
 */
function compressedSize(path: string, body: Buffer): number {
  return /\.(?:html|js|mjs|css|json|svg)$|\/$/u.test(path)
    ? gzipSync(body, { level: 6 }).length
    : body.length;
}

function kindOf(path: string): string {
  if (path.endsWith('.js')) return 'js';
  if (path.includes('wasm')) return 'wasm';
  if (path.endsWith('pf_meta') || path.endsWith('.json')) return 'metadata';
  if (path.endsWith('pf_index')) return 'index chunks';
  if (path.endsWith('pf_filter')) return 'filters';
  if (path.endsWith('pf_fragment')) return 'fragments';
  return 'page';
}

/** One response the page received, by its own Resource Timing: its path, and when its last byte arrived (page clock). */
interface Received {
  path: string;
  startTime: number;
  responseEnd: number;
}

/**
 * Serves a built site from a static host of its own (scripts/static-host.ts) and measures searches in
 * Debian's Chromium, through Pagefind's API and through the site's page. What each page received comes
 * from the page's own Resource Timing, read once the page is done: fetching bodies through the
 * DevTools protocol while the page loads (as this harness did) put the harness's work beside the page's.
 */
export async function measureSearch(siteDir: string, terms: readonly string[]): Promise<SearchMeasure[]> {
  // The index's bundles as the search page names them (src/integrations/pagefind-index.ts); the API merges them as the page does.
  const searchPage = readFileSync(fileFor(siteDir, '/search/'), 'utf8');
  const bundles = bundlesFromPreloads(
    [...searchPage.matchAll(/<link rel="preload" href="([^"]*pagefind-entry\.json[^"]*)"/gu)].map(
      ([, href]) => href ?? '',
    ),
  );
  const host = await startStaticHost(siteDir);
  const browser = await launchChromium();
  const measures: SearchMeasure[] = [];
  const sizes = new Map<string, { raw: number; compressed: number }>();
  const sizeOf = (path: string) => {
    let size = sizes.get(path);
    if (size === undefined) {
      const file = fileFor(siteDir, path);
      const body = statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file) : Buffer.alloc(0);
      size = { raw: body.length, compressed: compressedSize(path, body) };
      sizes.set(path, size);
    }
    return size;
  };
  try {
    for (const term of terms) {
      for (const via of ['Pagefind API', 'site UI'] as const) {
        const context = await browser.newContext();
        // The moment the status first gets text, on the page's own clock: a MutationObserver's callback
        // runs right after the change, and reports it through a binding set up before the page loads.
        // Polling for it from here (waitForFunction) added up to a frame and a round trip, and made
        // Playwright evaluate its own script in the page, on the page's thread, while it searched.
        let reportFirstResults: (ms: number) => void = () => undefined;
        const firstResults = new Promise<number>((resolve) => {
          reportFirstResults = resolve;
        });
        await context.exposeFunction('reportFirstResults', (ms: number) => {
          reportFirstResults(ms);
        });
        await context.addInitScript(() => {
          // Room for every response of a page, filters and all (the default keeps 250).
          performance.setResourceTimingBufferSize(5000);
          new MutationObserver((_, observer) => {
            if ((document.getElementById('search-status')?.textContent ?? '') === '') return;
            observer.disconnect();
            const report = (window as { reportFirstResults?: (ms: number) => void }).reportFirstResults;
            report?.(performance.now());
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
        const page = await context.newPage();
        let firstResultsMs: number;
        /** The page-clock time of the first results; undefined for the API, whose bytes are all counted. */
        let firstResultsAt: number | undefined;
        /** Page-clock time the search started: responses before it (the page it runs on) are not counted. */
        let startedAt = 0;
        if (via === 'Pagefind API') {
          // Pagefind as the search page runs it, in the page's thread (`noWorker`): a worker's
          // requests are not in the page's Resource Timing, nor is the worker in the site.
          await page.goto(`${host.origin}${BLANK_PAGE}`);
          const timed = await page.evaluate(
            async ({ query, merged }) => {
              const started = performance.now();
              // A path in a variable: it is the served site's file, not a module of this project.
              const script = '/pagefind/pagefind.js';
              const pagefind = (await import(script)) as {
                createInstance: (options: { noWorker: boolean }) => {
                  mergeIndex: (path: string) => Promise<void>;
                  search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
                };
              };
              const instance = pagefind.createInstance({ noWorker: true });
              await Promise.all(merged.map((path) => instance.mergeIndex(path)));
              const search = await instance.search(query);
              await search.results[0]?.data();
              return { started, ms: performance.now() - started };
            },
            { query: term, merged: bundles.slice(1).map((bundle) => bundle.basePath) },
          );
          firstResultsMs = timed.ms;
          startedAt = timed.started;
        } else {
          await page.goto(`${host.origin}/search/?q=${encodeURIComponent(term)}`);
          firstResultsMs = await firstResults;
          firstResultsAt = firstResultsMs;
        }
        await page.waitForLoadState('networkidle');
        const received = await page.evaluate(() =>
          [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
            (entry): Received => {
              const timing = entry as PerformanceResourceTiming;
              return {
                path: new URL(timing.name).pathname,
                startTime: timing.startTime,
                responseEnd: timing.responseEnd,
              };
            },
          ),
        );
        const byKind: Record<string, number> = {};
        let total = 0;
        let compressed = 0;
        let compressedToFirstResults = 0;
        // For the API, only what the search downloaded, not the page it ran on.
        const counted = received.filter(
          (entry) => via === 'site UI' || (entry.startTime >= startedAt && kindOf(entry.path) !== 'page'),
        );
        for (const response of counted) {
          const size = sizeOf(response.path);
          const kind = kindOf(response.path);
          byKind[kind] = (byKind[kind] ?? 0) + size.raw;
          total += size.raw;
          compressed += size.compressed;
          // What had fully arrived by then, by the browser's own timing of each response.
          if (firstResultsAt === undefined || response.responseEnd <= firstResultsAt)
            compressedToFirstResults += size.compressed;
        }
        if (via === 'Pagefind API') byKind['page'] = 0;
        measures.push({
          via,
          term,
          firstResultsMs,
          bytes: { total, compressed, compressedToFirstResults, byKind },
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    host.close();
  }
  return measures;
}
