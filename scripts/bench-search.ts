import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { launchChromium } from './chromium';

/** One search, timed from a cold start, with the bytes it made the browser download. */
export interface SearchMeasure {
  via: 'Pagefind API' | 'site UI';
  term: string;
  firstResultsMs: number;
  /** As received (the test server does not compress), and as a static host would send them (see `compressedSize`). */
  bytes: {
    total: number;
    compressed: number;
    /** Compressed, received by the time the first results showed (the site UI loads its filters after them). */
    compressedToFirstResults: number;
    byKind: Record<string, number>;
  };
}

/**
 * The bytes a static host sends for a response: text (HTML, JS, CSS, JSON) gzipped, as hosts do;
 * Pagefind's index files and WebAssembly as they are, since Pagefind writes them gzipped already.
 */
function compressedSize(url: string, body: Buffer): number {
  return /\.(?:html|js|mjs|css|json|svg)$|\/$/u.test(new URL(url).pathname)
    ? gzipSync(body, { level: 6 }).length
    : body.length;
}

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.js')) return 'js';
  if (path.includes('wasm')) return 'wasm';
  if (path.endsWith('pf_meta') || path.endsWith('.json')) return 'metadata';
  if (path.endsWith('pf_index')) return 'index chunks';
  if (path.endsWith('pf_filter')) return 'filters';
  if (path.endsWith('pf_fragment')) return 'fragments';
  return 'page';
}

/** Serves a built site on loopback and measures searches in Debian's Chromium, through Pagefind's API and through the site's page. */
export async function measureSearch(siteDir: string, terms: readonly string[]): Promise<SearchMeasure[]> {
  const serve = sirv(siteDir, { dev: false, gzip: false });
  const server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const measures: SearchMeasure[] = [];
  try {
    for (const term of terms) {
      for (const via of ['Pagefind API', 'site UI'] as const) {
        const context = await browser.newContext();
        // The moment the status first gets text, on the page's own clock: a MutationObserver's callback
        // runs right after the change, and reports it through a binding set up before the page loads.
        // Polling for it from here (waitForFunction) added up to a frame and a round trip, and made
        // Playwright evaluate its own script in the page, on the page's thread, while it searched.
        let reportFirstResults: (at: { ms: number; origin: number }) => void = () => undefined;
        const firstResults = new Promise<{ ms: number; origin: number }>((resolve) => {
          reportFirstResults = resolve;
        });
        await context.exposeFunction('reportFirstResults', (at: { ms: number; origin: number }) => {
          reportFirstResults(at);
        });
        await context.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if ((document.getElementById('search-status')?.textContent ?? '') === '') return;
            observer.disconnect();
            const report = (window as { reportFirstResults?: (at: { ms: number; origin: number }) => void })
              .reportFirstResults;
            report?.({ ms: performance.now(), origin: performance.timeOrigin });
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
        const page = await context.newPage();
        const byKind: Record<string, number> = {};
        /** Each response's size as a host sends it, and when its last byte arrived (ms since 1970). */
        const received: Promise<{ compressed: number; end: number } | undefined>[] = [];
        page.on('requestfinished', (request) => {
          received.push(
            request.response().then(
              async (response) => {
                if (response === null) return undefined;
                const body = await response.body();
                const kind = kindOf(response.url());
                byKind[kind] = (byKind[kind] ?? 0) + body.length;
                const timing = request.timing();
                return {
                  compressed: via === 'site UI' || kind !== 'page' ? compressedSize(response.url(), body) : 0,
                  // No timing (-1) for a response the browser did not time: then, as the event came.
                  end: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : Date.now(),
                };
              },
              () => undefined,
            ),
          );
        });
        let firstResultsMs: number;
        /** Compressed bytes that had arrived when the first results showed; all of them when undefined. */
        let firstResultsAt: number | undefined;
        if (via === 'Pagefind API') {
          await page.goto(`${origin}/404.html`);
          firstResultsMs = await page.evaluate(async (query) => {
            const started = performance.now();
            // A path in a variable: it is the served site's file, not a module of this project.
            const bundle = '/pagefind/pagefind.js';
            const pagefind = (await import(bundle)) as {
              search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
            };
            const search = await pagefind.search(query);
            await search.results[0]?.data();
            return performance.now() - started;
          }, term);
          await page.waitForLoadState('networkidle');
        } else {
          await page.goto(`${origin}/search/?q=${encodeURIComponent(term)}`);
          const at = await firstResults;
          firstResultsMs = at.ms;
          firstResultsAt = at.origin + at.ms;
          await page.waitForLoadState('networkidle');
        }
        const responses = (await Promise.all(received)).filter((response) => response !== undefined);
        if (via === 'Pagefind API') byKind['page'] = 0; // Only what the search downloaded, not the page it ran on.
        const compressed = responses.reduce((sum, response) => sum + response.compressed, 0);
        // What had fully arrived by then, by the browser's own timing of each request.
        const compressedToFirstResults = responses
          .filter((response) => firstResultsAt === undefined || response.end <= firstResultsAt)
          .reduce((sum, response) => sum + response.compressed, 0);
        const total = Object.values(byKind).reduce((sum, bytes) => sum + bytes, 0);
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
    server.close();
  }
  return measures;
}
