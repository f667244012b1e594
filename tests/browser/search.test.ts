import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

interface ShownResult {
  title: string;
  href: string;
  type: string;
  subResults: string[];
}

/** Opens the search page at a query string and waits for its results. */
async function search(query: string): Promise<{ page: Page; status: string; results: ShownResult[] }> {
  const page = await openPage(browser(), `${site().origin}/search/?${query}`);
  await page.waitForFunction(
    () =>
      (document.getElementById('search-status')?.textContent ?? '') !== '' &&
      !document.getElementById('search-layout')?.hasAttribute('aria-busy'),
  );
  return { page, ...(await readResults(page)) };
}

async function readResults(page: Page): Promise<{ status: string; results: ShownResult[] }> {
  return page.evaluate(() => ({
    status: document.getElementById('search-status')?.textContent ?? '',
    results: [...document.querySelectorAll('#search-results > li')].map((item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      type: item.querySelector('.meta')?.textContent ?? '',
      subResults: [...item.querySelectorAll('ul a')].map((link) => link.getAttribute('href') ?? ''),
    })),
  }));
}

describe('searching for a person or a term', () => {
  it('says so, and points to browsing, when the search index does not load', async () => {
    const page = await browser().newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto(`${site().origin}/search/?q=Lavrov`);
    await page.waitForFunction(
      () =>
        (document.getElementById('search-status')?.textContent ?? '') !== '' &&
        !document.getElementById('search-layout')?.hasAttribute('aria-busy'),
    );
    expect(await page.textContent('#search-status')).toContain('The search index did not load');
    expect(await page.isVisible('#search-empty a[href="/people/"]')).toBe(true);
    await page.close();
  });

  it('puts Lavrov’s page first for "Lavrov", with the round where he met Kuleba among the results', async () => {
    const { page, results } = await search('q=Lavrov');
    expect(results[0]?.title).toBe('Sergey Lavrov');
    expect(results.map((result) => result.href.split('?')[0])).toContain('/rounds/2022-03-10-antalya/');
    await page.context().close();
  });

  it('finds Zelensky by the other spellings of his name', async () => {
    for (const spelling of ['Zelenskyy', 'Zelenskiy', 'Zelenksky']) {
      const { page, results } = await search(`q=${spelling}`);
      expect(results[0]?.title, spelling).toBe('Volodymyr Zelensky');
      await page.context().close();
    }
  });

  it('gives "Erdoğan" and "Erdogan" the same first result', async () => {
    const accented = await search('q=Erdo%C4%9Fan');
    const plain = await search('q=Erdogan');
    expect(accented.results[0]?.title).toBe('Recep Tayyip Erdoğan');
    expect(plain.results[0]?.title).toBe(accented.results[0]?.title);
    await accented.page.context().close();
    await plain.page.context().close();
  });

  it('lets "Ibrahim" find İbrahim Kalin, "Kiev" find Kyiv and "Donbass" find the Donbas', async () => {
    const ibrahim = await search('q=Ibrahim');
    expect(ibrahim.results[0]?.title).toBe('İbrahim Kalin');
    const kiev = await search('q=Kiev');
    expect(kiev.results.map((result) => result.title)).toContain('Ukraine');
    const donbass = await search('q=Donbass');
    expect(donbass.results.map((result) => result.href.split('?')[0])).toContain('/parties/russia/');
    for (const { page } of [ibrahim, kiev, donbass]) await page.context().close();
  });

  it('puts İbrahim Kalin’s page first for "Kalin"', async () => {
    const { page, results } = await search('q=Kalin');
    expect(results[0]?.title).toBe('İbrahim Kalin');
    await page.context().close();
  });

  it('returns the paragraph of a two-word phrase as a sub-result that lands on it', async () => {
    const { page, results } = await search('q=Austrian+model');
    const article = results.find((result) => result.href.startsWith('/articles/2022-03-20-cnn-us'));
    expect(article?.subResults).toContain(
      '/articles/2022-03-20-cnn-us-and-nato-officials-struggle-to-decipher-negotiations/?highlight=Austrian+model#p-15',
    );
    await page.click('a[href$="?highlight=Austrian+model#p-15"]');
    await page.waitForURL(/#p-15$/u);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-15');
    expect(await page.locator('#p-15 mark').allTextContents()).toEqual(['Austrian', 'model']);
    await page.context().close();
  });
});

describe('filters and the URL', () => {
  it('narrows to rounds with type=round, and keeps the filter through a reload', async () => {
    const { page, results } = await search('q=Lavrov&type=round');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.href.startsWith('/rounds/'))).toBe(true);
    expect(await page.isChecked('input[name="type"][value="round"]')).toBe(true);
    await page.reload();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#search-results > li').length > 0 &&
        !document.getElementById('search-layout')?.hasAttribute('aria-busy'),
    );
    const reloaded = await readResults(page);
    expect(reloaded.results).toEqual(results);
    await page.context().close();
  });

  it('puts a ticked filter in the URL, and the back button undoes it', async () => {
    const { page } = await search('q=Lavrov');
    const before = (await readResults(page)).results.length;
    // The filters are drawn anew after each search, so click rather than check (which re-reads the box).
    await page.click('input[name="type"][value="article"]');
    await page.waitForURL(/type=article/u);
    await page.waitForFunction(
      (count) => document.querySelectorAll('#search-results > li').length !== count,
      before,
    );
    const filtered = await readResults(page);
    expect(filtered.results.every((result) => result.href.startsWith('/articles/'))).toBe(true);
    await page.goBack();
    await page.waitForFunction(
      (count) => document.querySelectorAll('#search-results > li').length === count,
      before,
    );
    expect(new URL(page.url()).search).toBe('?q=Lavrov');
    await page.context().close();
  });

  it('shows counts beside the filters', async () => {
    const { page } = await search('q=Lavrov');
    const label = await page.locator('label:has(input[name="type"][value="round"])').textContent();
    expect(label).toMatch(/Round \(\d+\)/u);
    await page.context().close();
  });

  it('says so when nothing matches, and suggests where to look', async () => {
    const { page, status } = await search('q=xyzzyplugh');
    expect(status).toBe('No results for “xyzzyplugh”.');
    expect(await page.locator('#search-empty a[href="/people/"]').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the search box and the page', () => {
  it('"/" focuses the search box in the header, and the form goes to the search page', async () => {
    const page = await openPage(browser(), `${site().origin}/rounds/2022-03-29-istanbul/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Medinsky');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Medinsky$/u);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    expect((await readResults(page)).results[0]?.title).toBe('Vladimir Medinsky');
    await page.context().close();
  });

  it('moves through the results with the arrow keys', async () => {
    const { page, results } = await search('q=Lavrov');
    await page.focus('#search-input');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(results[0]?.href);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(results[0]?.href);
    await page.context().close();
  });

  it('has no accessibility violations with results shown', async () => {
    const { page } = await search('q=Lavrov');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, reaches the search page and says search needs it, listing people and rounds', async () => {
    const page = await openPage(browser(), `${site().origin}/articles/`, { javaScript: false });
    await page.fill('#site-search', 'Lavrov');
    await page.click('.site-search button');
    await page.waitForURL(/\/search\/\?q=Lavrov$/u);
    expect(await page.locator('#search-needs-js').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('#search-needs-js a[href="/people/"]').isVisible()).toBe(true);
    expect(await page.locator('#search-needs-js a[href="/rounds/"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('never loads Pagefind on a reading page, and reports what one search transfers', async () => {
    const reading = await browser().newContext();
    const readingPage = await reading.newPage();
    const readingRequests: string[] = [];
    readingPage.on('request', (request) => readingRequests.push(request.url()));
    await readingPage.goto(`${site().origin}/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight/`);
    await readingPage.goto(`${site().origin}/rounds/2022-03-29-istanbul/`);
    expect(readingRequests.filter((url) => url.includes('pagefind'))).toEqual([]);
    await reading.close();

    const context = await browser().newContext();
    const page = await context.newPage();
    const transferred: Record<string, number> = {};
    page.on('response', (response) => {
      void response.body().then((body) => {
        const kind = new URL(response.url()).pathname.split('/').at(-1)?.split('.').at(-1) ?? 'other';
        transferred[kind] = (transferred[kind] ?? 0) + body.length;
      });
    });
    await page.goto(`${site().origin}/search/?q=Lavrov`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    await page.waitForLoadState('networkidle');
    const total = Object.values(transferred).reduce((sum, bytes) => sum + bytes, 0);
    console.info(`One search for "Lavrov" transferred ${total} bytes: ${JSON.stringify(transferred)}`);
    expect(total).toBeGreaterThan(0);
    await context.close();
  });
});
