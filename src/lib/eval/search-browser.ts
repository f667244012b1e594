import type { Browser, BrowserContext } from 'playwright-core';
import type { SearchEvalQuery } from '../../schemas/search-eval';
import { resultPath, type SearchOutcome } from './search-score';

/** How long the search page may take to say it has searched, before the query counts as unanswered. */
const ANSWER_TIMEOUT_MS = 15_000;

/** Searches run at once, each in a browser context of its own. */
const PARALLEL_SEARCHES = 4;

/**
 * Searches as a reader does: opens `/search/?q=<query>`, waits until
 * `#search-status` has text (the page writes it once the results are shown)
 * and reads the result links in order, as paths.
 */
export async function searchResultPaths(
  context: BrowserContext,
  origin: string,
  query: string,
): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => (document.getElementById('search-status')?.textContent ?? '').trim() !== '',
      null,
      {
        timeout: ANSWER_TIMEOUT_MS,
      },
    );
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('#search-results > li h2 a')].map(
        (link) => link.getAttribute('href') ?? '',
      ),
    );
    return hrefs.map(resultPath);
  } finally {
    await page.close();
  }
}

/**
 * Runs every query against a served site, a few at a time, and returns what
 * each showed in the queries' order. A query the page never answers is an
 * outcome with an `error`, so one broken search does not hide the others.
 */
export async function runSearchQueries(
  browser: Browser,
  origin: string,
  queries: readonly SearchEvalQuery[],
): Promise<SearchOutcome[]> {
  const outcomes: SearchOutcome[] = new Array<SearchOutcome>(queries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    // A context a worker: the index Pagefind downloads stays in its cache between searches.
    const context = await browser.newContext();
    try {
      for (let index = next++; index < queries.length; index = next++) {
        const entry = queries[index];
        if (entry === undefined) continue;
        try {
          outcomes[index] = { entry, results: await searchResultPaths(context, origin, entry.query) };
        } catch (error) {
          const reason =
            error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
          outcomes[index] = { entry, results: [], error: reason };
        }
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SEARCHES, queries.length) }, worker));
  return outcomes;
}
