import type { Browser, Page } from 'playwright-core';
import type { SearchEvalQuery } from '../../schemas/search-eval';
import { resultPath, type SearchOutcome } from './search-score';

/** How long the search page may take to say it has searched, before the query counts as unanswered. */
const ANSWER_TIMEOUT_MS = 15_000;

/** Searches run at once, each in a browser context of its own. */
const PARALLEL_SEARCHES = 4;

/**
 * Whether the search page has finished a search: it writes `#search-status` once the first results are
 * shown, and takes `aria-busy` off the results once the whole page of them is. Read then, the list is the
 * same however fast the page was.
 */
function searchDone(): boolean {
  return (
    (document.getElementById('search-status')?.textContent ?? '').trim() !== '' &&
    !document.getElementById('search-layout')?.hasAttribute('aria-busy')
  );
}

/** The result links the search page lists, in order, as paths. */
async function listedPaths(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('#search-results > li h2 a')].map(
      (link) => link.getAttribute('href') ?? '',
    ),
  );
  return hrefs.map(resultPath);
}

/**
 * Searches as a reader who follows a link does: opens `/search/?q=<query>`,
 * waits until the page has shown the results and reads the result links.
 */
async function arriveWithQuery(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(searchDone, null, { timeout: ANSWER_TIMEOUT_MS });
  return listedPaths(page);
}

/**
 * Searches as a reader on the search page does: types the query into the box
 * and presses Enter, once the page has finished the search before. The index and the WebAssembly
 * the page loaded stay loaded, as they do for the reader: a page per query
 * spent most of a search's time loading them again.
 */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.evaluate(() => {
    const status = document.getElementById('search-status');
    if (status) status.textContent = '';
  });
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(searchDone, null, { timeout: ANSWER_TIMEOUT_MS });
  return listedPaths(page);
}

/**
 * Runs every query against a served site, a few at a time, and returns what
 * each showed in the queries' order. Each of the few opens the search page
 * with its first query in the address, then types the next ones into the
 * box, as readers do both. A query the page never answers is an outcome with
 * an `error`, so one broken search does not hide the others; the page is
 * opened again after it.
 */
export async function runSearchQueries(
  browser: Browser,
  origin: string,
  queries: readonly SearchEvalQuery[],
): Promise<SearchOutcome[]> {
  const outcomes: SearchOutcome[] = new Array<SearchOutcome>(queries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    const context = await browser.newContext();
    let page: Page | undefined;
    try {
      for (let index = next++; index < queries.length; index = next++) {
        const entry = queries[index];
        if (entry === undefined) continue;
        try {
          const results =
            page === undefined
              ? await arriveWithQuery((page = await context.newPage()), origin, entry.query)
              : await typeQuery(page, entry.query);
          outcomes[index] = { entry, results };
        } catch (error) {
          const reason =
            error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
          outcomes[index] = { entry, results: [], error: reason };
          await page?.close();
          page = undefined;
        }
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SEARCHES, queries.length) }, worker));
  return outcomes;
}
