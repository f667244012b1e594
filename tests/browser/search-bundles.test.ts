/**
 * A large corpus over several months is indexed in two bundles (the newest month's
 * articles with the other pages, and the earlier articles) that the search
 * page merges: a search finds the pages of both, and the filters count and
 * narrow across them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticHost, type StaticHost } from '../../scripts/static-host';
import { generateCorpus } from '../../src/lib/bench/generate-corpus';
import { readContent } from '../../src/lib/content/read-content';
import { runAstro } from '../helpers/astro';
import { launchChromium, openPage } from '../helpers/browser';
import { projectRoot } from '../helpers/paths';

let host: StaticHost | undefined;
let browser: Browser | undefined;
let siteDir = '';
/** The articles added, published in other months than the real ones (March 2022). */
let added: { slug: string }[] = [];

beforeAll(async () => {
  const contentDir = join(mkdtempSync(join(tmpdir(), 'talks-bundles-')), 'content');
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  const { articles, knowledge } = readContent(contentDir);
  // Four articles a quarter of a year apart: March, May, August and November 2022.
  added = generateCorpus(articles, knowledge, 4, 3).map((article) => {
    writeFileSync(join(contentDir, 'articles', `${article.slug}.md`), article.markdown);
    return { slug: article.slug };
  });
  // A site this small is one index unless told otherwise: cut it as an archive of 20,000 pages would be.
  const build = runAstro('build', contentDir, undefined, { TALKS_SEARCH_BUNDLES_FROM: '1' });
  if (build.status !== 0) throw new Error(build.output);
  siteDir = build.outDir;
  [host, browser] = await Promise.all([startStaticHost(siteDir), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  host?.close();
});

/** Opens the search page at a query string, waits for its results and filters, and reads them. */
async function search(query: string) {
  if (host === undefined || browser === undefined) throw new Error('the site is not served');
  const page = await openPage(browser, `${host.origin}/search/?${query}`);
  await page.waitForFunction(
    () =>
      (document.getElementById('search-status')?.textContent ?? '') !== '' &&
      !document.getElementById('search-layout')?.hasAttribute('aria-busy'),
  );
  const shown = await page.evaluate(() => ({
    status: document.getElementById('search-status')?.textContent ?? '',
    hrefs: [...document.querySelectorAll('#search-results > li h2 a')].map(
      (link) => (link.getAttribute('href') ?? '').split('?')[0] ?? '',
    ),
    filters: [...document.querySelectorAll('#search-filters label')].map((label) => label.textContent.trim()),
  }));
  await page.context().close();
  return shown;
}

describe('search over an index in bundles', { timeout: 120_000 }, () => {
  it('indexes the newest month apart, each bundle preloaded by the search page', () => {
    const head = readFileSync(join(siteDir, 'search/index.html'), 'utf8');
    for (const folder of ['/pagefind/', '/pagefind/newest/'])
      expect(head).toContain(`<link rel="preload" href="${folder}pagefind-entry.json?ts=`);
    const pageCount = (folder: string) =>
      (
        JSON.parse(readFileSync(join(siteDir, folder, 'pagefind-entry.json'), 'utf8')) as {
          languages: { en: { page_count: number } };
        }
      ).languages.en.page_count;
    // The real articles and those added in March, May and August; the one added in November is the newest month.
    expect(pageCount('pagefind')).toBe(readdirSync(join(projectRoot, 'content/articles')).length + 3);
  });

  it('finds the pages of every bundle, and a filter narrows across them all', async () => {
    const articles = readdirSync(join(siteDir, 'articles'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && !entry.name.includes('.'),
    ).length;
    const all = await search('type=article');
    expect(all.status).toBe(`${articles} results, filtered.`);
    for (const { slug } of added) expect(all.hrefs).toContain(`/articles/${slug}/`);
    // Counted across the bundles: every article, and the rounds (in the newest month's bundle).
    const rounds = readdirSync(join(siteDir, 'rounds'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    ).length;
    expect(all.filters).toContain(`Article (${articles})`);
    expect(all.filters).toContain(`Round (${rounds})`);

    const onlyRounds = await search('type=round');
    expect(onlyRounds.hrefs.length).toBe(rounds);
    expect(onlyRounds.hrefs.every((href) => href.startsWith('/rounds/'))).toBe(true);
  });

  it('finds the articles of each bundle by their words', async () => {
    for (const { slug } of added) {
      const page = readFileSync(join(siteDir, 'articles', slug, 'index.html'), 'utf8');
      // The generated title: the first words of its first paragraph, and its number.
      const title = /<h1[^>]*>([^<]*)<\/h1>/u.exec(page)?.[1]?.replace(/\(\d+\)|&[a-z#0-9]+;/gu, ' ') ?? '';
      expect(title.trim(), slug).not.toBe('');
      const found = await search(`q=${encodeURIComponent(title.trim())}`);
      expect(found.hrefs, title).toContain(`/articles/${slug}/`);
    }
  });
});
