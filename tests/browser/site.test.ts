import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolationsLightAndDark,
  horizontalOverflow,
  openPage,
  targetId,
  useBuiltSiteInChromium,
} from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
  return openPage(browser(), `${site().origin}${path}`, options);
}

describe('following the talks', () => {
  it('goes from the timeline to a round, and from a citation to the paragraph it cites', async () => {
    const page = await open('/');
    await page.click('[id="2022-03-10-antalya"] h3 a');
    expect(new URL(page.url()).pathname).toBe('/rounds/2022-03-10-antalya/');
    const citation = page.locator('.round-facts a.citation-marker').first();
    const paragraphUrl = (await citation.getAttribute('data-paragraph-url')) ?? '';
    await citation.click();
    await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
    const paragraphId = paragraphUrl.split('#')[1] ?? '';
    await expect.poll(() => targetId(page)).toBe(paragraphId);
    await page.context().close();
  });

  it('lands on a timeline entry from its link', async () => {
    const page = await open('/#2022-03-29-istanbul');
    await expect.poll(() => targetId(page)).toBe('2022-03-29-istanbul');
    await page.context().close();
  });

  it('loads a round page directly with the tags a link preview reads', async () => {
    const page = await open('/rounds/2022-03-29-istanbul/');
    const og = await page.evaluate(() => {
      const tags: Record<string, string> = {};
      for (const meta of document.querySelectorAll('meta[property^="og:"]')) {
        tags[meta.getAttribute('property') ?? ''] = meta.getAttribute('content') ?? '';
      }
      return tags;
    });
    expect(og).toMatchObject({
      'og:title': 'Fifth round, Istanbul',
      'og:type': 'article',
      'og:url': 'https://talks-tracker.example.org/rounds/2022-03-29-istanbul/',
    });
    expect(og['og:description']).toContain('Istanbul');
    await page.context().close();
  });

  it('copies a round’s link with the button, which only appears with JavaScript', async () => {
    const page = await open('/rounds/2022-03-29-istanbul/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    await page.click('button[data-copy]');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('https://talks-tracker.example.org/rounds/2022-03-29-istanbul/');
    // The clipboard write is asynchronous: wait for the status rather than read it at once.
    await expect.poll(() => page.locator('.copy-link [role=status]').textContent()).toBe('Copied');
    await page.context().close();
    const noScript = await openPage(browser(), `${site().origin}/rounds/2022-03-29-istanbul/`, {
      javaScript: false,
    });
    expect(await noScript.locator('button[data-copy]').isVisible()).toBe(false);
    expect(await noScript.locator('.copy-link code').textContent()).toBe(
      'https://talks-tracker.example.org/rounds/2022-03-29-istanbul/',
    );
    await noScript.context().close();
  });

  it('follows a demand’s citation on a party page to the cited paragraph', async () => {
    const page = await open('/parties/russia/#denazification');
    await expect.poll(() => targetId(page)).toBe('denazification');
    const citation = page.locator('section[aria-labelledby="denazification"] a.citation-marker').first();
    const paragraphUrl = (await citation.getAttribute('data-paragraph-url')) ?? '';
    await citation.click();
    await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
    await expect.poll(() => targetId(page)).toBe(paragraphUrl.split('#')[1]);
    expect(await page.locator(':target').textContent()).toMatch(/nazification/iu);
    await page.context().close();
  });

  it('follows a citation marker with the keyboard to its paragraph, scrolled to the highlighted quote', async () => {
    const page = await open('/');
    const marker = page.locator(
      '[id="2022-03-29-istanbul"] a.citation-marker[data-paragraph-url$="uncertainty/#p-11"]',
    );
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('href')).toMatch(/#p-11:~:text=David%20Arakhamia/u);
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
    await expect.poll(() => targetId(page)).toBe('p-11');
    // The browser takes the text directive out of the address once it has acted on it.
    expect(new URL(page.url()).hash).toMatch(/^#p-11:~:text=/u);
    expect(await page.evaluate(() => location.hash)).toBe('#p-11');
    // A plain #p-11 puts the paragraph at the top of the window; a text fragment centres the quote in it.
    // The text directive scrolls after the fragment is applied: measure until it has.
    const quoteMiddle = () =>
      page.evaluate(() => {
        // The name may sit in a text node of its own (it links to the person's page).
        const paragraph = document.querySelector('#p-11');
        if (!paragraph) return undefined;
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let text: Node | null = null;
        while (walker.nextNode())
          if (walker.currentNode.textContent?.includes('David Arakhamia')) text = walker.currentNode;
        const start = text?.textContent?.indexOf('David Arakhamia') ?? -1;
        if (!text || start < 0) return undefined;
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 'David Arakhamia'.length);
        const box = range.getBoundingClientRect();
        return (box.top + box.bottom) / 2 / window.innerHeight;
      });
    await expect.poll(quoteMiddle).toBeGreaterThan(0.3);
    expect(await quoteMiddle()).toBeLessThan(0.7);
    await page.context().close();
  });

  it('opens the people index and a person page with their other spellings', async () => {
    const page = await open('/people/');
    await page.click('a[href="/people/volodymyr-zelensky/"]');
    expect(await page.locator('h1').textContent()).toBe('Volodymyr Zelensky');
    expect(await page.locator('main').textContent()).toContain('Zelenksky');
    await page.context().close();
  });
});

describe('every kind of page', () => {
  const pages = [
    '/',
    '/timeline/2022-03/',
    '/timeline/video-link/',
    '/rounds/',
    '/rounds/2022-03-29-istanbul/',
    '/parties/',
    '/parties/russia/',
    '/positions/',
    '/people/',
    '/people/sergey-lavrov/',
    '/people/unnamed-sources/',
    '/about/',
    '/data/',
    '/articles/2022-03-20-cnn-live-us-and-nato-officials-believe-putin-has-not-backed-off/changes/',
  ];

  for (const path of pages) {
    // On a loaded two-core machine the home page's axe run took over the 30 s default (load average 9,
    // the whole suite running), so these get 60 s.
    it(`${path} has no accessibility violations, light and dark`, async () => {
      const page = await open(path);
      expect(await accessibilityViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
      await page.context().close();
    }, 60_000);
  }

  // A test per page: fourteen pages in one test outran its 30 s on a loaded machine, and a failure names its page.
  for (const path of pages) {
    it(`${path} fits a 360 px wide screen without horizontal scrolling`, async () => {
      const page = await open(path, { width: 360 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }
});
