/**
 * What a reader meets on the search page: results before filters, help with
 * typos, clean landing, and every path by keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

async function searchPage(query: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site().origin}/search/?${query}`);
  await waitForResults(page);
  return page;
}

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (document.getElementById('search-status')?.textContent ?? '') !== '' &&
      !document.getElementById('search-layout')?.hasAttribute('aria-busy'),
  );
}

const resultHrefs = (page: Page) =>
  page.$$eval('#search-results > li h2 a', (links) =>
    links.map((link) => link.getAttribute('href')?.split('?')[0]),
  );
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && active.type === 'checkbox'
      ? `${active.name}=${active.value}`
      : active?.id || active?.getAttribute('href') || active?.tagName;
  });

describe('the search page layout', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ])
    it(`shows the first result within the first screen at ${viewport.width}×${viewport.height}, every filter present`, async () => {
      const page = await searchPage('q=talks', viewport);
      expect(await page.locator('#search-filters input[type=checkbox]').count()).toBeGreaterThan(20);
      const top = await page.locator('#search-results > li').first().boundingBox();
      expect(top).not.toBeNull();
      expect((top?.y ?? Infinity) + 40).toBeLessThan(viewport.height);
      // On a phone the filters fold behind one control, which says how many are active.
      expect(
        await page.locator('#search-filter-panel').evaluate((panel) => (panel as HTMLDetailsElement).open),
      ).toBe(viewport.width > 900);
      await page.context().close();
    });

  it('lists active filters in the status area, each with a way to clear it', async () => {
    const page = await searchPage('q=Lavrov&type=round');
    expect(await page.textContent('#search-filter-summary')).toBe('Filters (1 active)');
    const remove = page.getByRole('button', { name: 'Type: Round (remove filter)' });
    await remove.click();
    await page.waitForURL(/\?q=Lavrov$/u);
    await waitForResults(page);
    expect(await page.locator('#search-active-filters li').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the other values of a group to choose once one is ticked (any of), and lists pages by filter alone', async () => {
    const page = await searchPage('type=round');
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.every((href) => href?.startsWith('/rounds/'))).toBe(true);
    expect(await page.locator('#search-filters input[name=type]').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('shows more than 20 results on request, moving focus to the first added', async () => {
    const page = await searchPage('q=Russia');
    expect(await page.locator('#search-results > li').count()).toBe(20);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 20);
    const added = await page.locator('#search-results > li').nth(20).locator('h2 a').getAttribute('href');
    expect(await focused(page)).toBe(added);
    await page.context().close();
  });
});

describe('forgiving search', () => {
  it('answers a misspelt name with "did you mean" and its results', async () => {
    for (const [typed, meant, first] of [
      ['Lavorv', 'Lavrov', '/people/sergey-lavrov/'],
      ['Istambul', 'Istanbul', '/rounds/2022-03-29-istanbul/'],
      ['nuetrality', 'neutrality', undefined],
    ] as const) {
      const page = await searchPage(`q=${typed}`);
      expect(await page.textContent('#search-suggestion'), typed).toContain(`Did you mean ${meant}?`);
      const hrefs = await resultHrefs(page);
      expect(hrefs.length, typed).toBeGreaterThan(0);
      if (first) expect(hrefs[0], typed).toBe(first);
      await page.context().close();
    }
  });

  it('gives a name in no article the empty state, not pages that share its first letter', async () => {
    const page = await searchPage('q=Abramovich');
    expect(await page.textContent('#search-status')).toBe('No results for “Abramovich”.');
    expect(await resultHrefs(page)).toEqual([]);
    expect(await page.isVisible('#search-empty')).toBe(true);
    await page.context().close();
  });

  it("puts a day's round and articles first, and a party's page first when asked for its demands", async () => {
    for (const query of ['29 March', 'March 29', '2022-03-29']) {
      const page = await searchPage(`q=${encodeURIComponent(query)}`);
      expect((await resultHrefs(page))[0], query).toBe('/rounds/2022-03-29-istanbul/');
      await page.context().close();
    }
    const page = await searchPage('q=what+does+Russia+demand');
    expect((await resultHrefs(page))[0]).toBe('/parties/russia/');
    await page.context().close();
  });

  it('never shows the hidden list of other names in an excerpt', async () => {
    const page = await searchPage('q=Macron');
    const excerpts = await page.$$eval('#search-results > li > p:not(.meta)', (nodes) =>
      nodes.map((node) => node.textContent),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/ · /u);
    await page.context().close();
  });

  it("keeps a round's facts apart in the indexed text excerpts come from, term and description", async () => {
    const page = await searchPage('q=Istanbul');
    // As a string: Vitest would rewrite an import() written in this file.
    const content = await page.evaluate<string>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('Dolmabahçe');
      const data = await Promise.all(found.results.map((result) => result.data()));
      return data.find((entry) => entry.url.startsWith('/rounds/2022-03-29-istanbul/'))?.content ?? '';
    })()`);
    expect(content).toMatch(/When 29/u);
    expect(content).toMatch(/Where Dolmabahçe/u);
    expect(content).not.toMatch(/\d{4}Where|PalaceFormat|In personParties/u);
    await page.context().close();
  });

  it('marks the page’s own spelling on landing when the query used another', async () => {
    const page = await searchPage('q=Cavusoglu');
    const link = page.locator('#search-results > li h2 a[href^="/rounds/2022-03-10-antalya/"]');
    await link.click();
    await page.waitForURL(/\/rounds\/2022-03-10-antalya\//u);
    const marked = await page.$$eval('main mark', (marks) => marks.map((mark) => mark.textContent));
    expect(marked).toContain('Çavuşoğlu');
    await page.context().close();
  });
});

describe('the search page by keyboard', () => {
  it('focuses the status on arrival with a query, then arrows move through results and their paragraphs', async () => {
    const page = await searchPage('q=neutrality');
    expect(await focused(page)).toBe('search-status');
    await page.focus('#search-input');
    const links = await page.$$eval('#search-results a.search-result-link', (nodes) =>
      nodes.map((node) => node.getAttribute('href')),
    );
    expect(links.length).toBeGreaterThan(3);
    for (const href of links.slice(0, 4)) {
      await page.keyboard.press('ArrowDown');
      expect(await focused(page)).toBe(href);
    }
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('search-input');
    await page.context().close();
  });

  it('keeps focus on a checkbox ticked from the keyboard', async () => {
    const page = await searchPage('q=Lavrov');
    await page.focus('#search-filters input[name=type][value=round]');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=round/u);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#search-results > li h2 a')].every((link) =>
        link.getAttribute('href')?.startsWith('/rounds/'),
      ),
    );
    expect(await focused(page)).toBe('type=round');
    await page.context().close();
  });

  it('restores the query, the filters and the place in the list on Back', async () => {
    const page = await searchPage('q=Russia&type=article', { width: 1280, height: 500 });
    const links = page.locator('#search-results > li h2 a');
    const target = links.nth(Math.min(3, (await links.count()) - 1));
    await target.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await target.click();
    await page.waitForURL(/\/articles\//u);
    await page.goBack();
    await page.waitForURL(/\/search\/\?q=Russia&type=article/u);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    expect(await page.inputValue('#search-input')).toBe('Russia');
    expect(await page.isChecked('#search-filters input[name=type][value=article]')).toBe(true);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled);
    await page.context().close();
  });
});

describe('what a search loads, and in what order it shows', () => {
  it('uses the preloaded Pagefind files once each, with no worker, and fetches the frequent words only to suggest a spelling', async () => {
    const requested = async (query: string) => {
      const context = await browser().newContext();
      const page = await context.newPage();
      const paths: string[] = [];
      page.on('request', (request) => paths.push(new URL(request.url()).pathname));
      await page.goto(`${site().origin}/search/?${query}`);
      await waitForResults(page);
      await page.waitForLoadState('networkidle');
      await context.close();
      return paths;
    };
    const plain = await requested('q=talks');
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/search-vocabulary.json'])
      expect(
        plain.filter((path) => path === file),
        file,
      ).toHaveLength(1);
    expect(plain.filter((path) => path.endsWith('.pf_meta'))).toHaveLength(1);
    expect(plain.filter((path) => path.startsWith('/pagefind/wasm.'))).toHaveLength(1);
    expect(plain).not.toContain('/pagefind/pagefind-worker.js');
    expect(plain).not.toContain('/search-words.json');
    expect(await requested('q=nuetrality')).toContain('/search-words.json');
  });

  it("has the browser unzip Pagefind's files, so that Pagefind gets them with its signature and skips its own unzip", async () => {
    const page = await searchPage('q=talks');
    const starts = await page.evaluate(async () => {
      const entry = (await (await fetch('/pagefind/pagefind-entry.json')).json()) as {
        languages: Record<string, { hash: string; wasm?: string }>;
      };
      const index = entry.languages['en'];
      const paths = [
        `/pagefind/pagefind.${index?.hash ?? ''}.pf_meta`,
        `/pagefind/wasm.${index?.wasm ?? 'unknown'}.pagefind`,
      ];
      return Promise.all(
        paths.map(async (path) =>
          new TextDecoder().decode(new Uint8Array(await (await fetch(path)).arrayBuffer()).slice(0, 12)),
        ),
      );
    });
    expect(starts).toEqual(['pagefind_dcd', 'pagefind_dcd']);
    await page.context().close();
  });

  it("readies Intl.Segmenter after the page's files are asked for, and before Pagefind's first search needs it", async () => {
    const context = await browser().newContext();
    // The moment the page first makes an Intl.Segmenter: the warm-up in its head.
    await context.addInitScript(() => {
      const made: number[] = [];
      (window as unknown as { segmentersMade: number[] }).segmentersMade = made;
      const Native = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        configurable: true,
        writable: true,
        value: new Proxy(Native, {
          construct(target, args: ConstructorParameters<typeof Intl.Segmenter>) {
            made.push(performance.now());
            return new target(...args);
          },
        }),
      });
    });
    const page = await context.newPage();
    await page.goto(`${site().origin}/search/?q=talks`);
    await waitForResults(page);
    const { made, requested } = await page.evaluate(() => ({
      made: (window as unknown as { segmentersMade: number[] }).segmentersMade,
      requested: performance
        .getEntriesByType('resource')
        .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
    }));
    const requestedAt = (pattern: RegExp) =>
      requested.find((entry) => pattern.test(entry.path))?.at ?? Number.NaN;
    const warmUp = made[0] ?? Number.NaN;
    // Made in the head, the warm-up held the parser back from the stylesheets and preloads
    // (the page's Content-Security-Policy is a meta element, which the browser applies first).
    expect(requestedAt(/\.css$/u)).toBeLessThan(warmUp);
    expect(requestedAt(/\/pagefind\/pagefind\.js$/u)).toBeLessThan(warmUp);
    // Pagefind makes its own for each search: the first search asks for the index after the warm-up.
    expect(warmUp).toBeLessThan(requestedAt(/\.pf_index$/u));
    expect(made.length).toBeGreaterThan(1);
    await context.close();
  });

  it('adds results after the first ones without reordering them, and says the count once', async () => {
    for (const query of ['q=Russia', 'q=29+March']) {
      const context = await browser().newContext();
      await context.addInitScript(() => {
        const seen: { lists: string[][]; statuses: string[] } = { lists: [], statuses: [] };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new MutationObserver(() => {
          const status = document.getElementById('search-status')?.textContent ?? '';
          if (status !== '' && status !== seen.statuses.at(-1)) seen.statuses.push(status);
          const hrefs = [...document.querySelectorAll('#search-results > li h2 a')].map(
            (link) => link.getAttribute('href') ?? '',
          );
          if (hrefs.length > 0 && hrefs.length !== seen.lists.at(-1)?.length) seen.lists.push(hrefs);
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      const page = await context.newPage();
      await page.goto(`${site().origin}/search/?${query}`);
      await waitForResults(page);
      const seen = await page.evaluate(
        () => (window as unknown as { seen: { lists: string[][]; statuses: string[] } }).seen,
      );
      const final = seen.lists.at(-1) ?? [];
      for (const list of seen.lists) expect(final.slice(0, list.length), query).toEqual(list);
      expect(new Set(final).size, query).toBe(final.length);
      expect(seen.statuses, query).toHaveLength(1);
      const count = Number(/^(\d+) results?/u.exec(seen.statuses[0] ?? '')?.[1]);
      expect(final.length, query).toBe(Math.min(count, 20));
      await context.close();
    }
  });
});
