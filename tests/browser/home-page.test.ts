import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

function open(
  path: string,
  options: { width?: number; height?: number; dark?: boolean } = {},
): Promise<Page> {
  return openPage(browser(), `${site().origin}${path}`, options);
}

/** The box of the first element the selector matches, in CSS pixels from the page's top-left corner. */
async function box(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} is not rendered`);
  return found;
}

describe('the home page on a phone', () => {
  for (const dark of [false, true])
    it(`shows where the talks stand and the first round within the first screen at 375×740 (${dark ? 'dark' : 'light'})`, async () => {
      const page = await open('/', { width: 375, height: 740, dark });
      const firstRound = page.locator('.round-index a[href^="/rounds/"]').first();
      expect(await firstRound.getAttribute('href')).toMatch(/^\/rounds\/[^/]+\/$/u);
      const round = await box(page, '.round-index a[href^="/rounds/"]');
      expect(round.y + round.height).toBeLessThanOrEqual(740);
      // Every negotiating party's line of the summary comes before it.
      const parties = await page.locator('.where-talks-stand details > summary').all();
      expect(parties.length).toBeGreaterThan(0);
      for (const party of parties) expect(((await party.boundingBox())?.y ?? Infinity) < round.y).toBe(true);
      await page.context().close();
    });

  it('opens a party’s line on its demands, each linking to the party page', async () => {
    const page = await open('/', { width: 375, height: 740 });
    const summary = page.locator('.where-talks-stand details > summary').first();
    const demands = page.locator('.where-talks-stand details').first().locator('a[href*="#"]');
    expect(await demands.first().isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await demands.first().isVisible()).toBe(true);
    expect(await demands.first().getAttribute('href')).toMatch(/^\/parties\/[^/]+\/#/u);
    await page.context().close();
  });
});

describe('the timeline as a timeline', () => {
  it('puts each date in a column of its own on a wide screen, and above its entry on a phone', async () => {
    for (const width of [1280, 375]) {
      const page = await open('/timeline/2022-03/', { width });
      const date = await box(page, '.timeline__entry .timeline__date');
      const title = await box(page, '.timeline__entry h3');
      if (width === 1280) expect(date.x + date.width).toBeLessThan(title.x);
      else expect(date.y + date.height).toBeLessThanOrEqual(title.y + 1);
      await page.context().close();
    }
  });

  it('sets a round apart from the contacts around it, and gives it its key facts', async () => {
    const page = await open('/timeline/2022-03/');
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background('.timeline__entry--round .timeline__body')).not.toBe(pageBackground);
    expect(await background('.timeline__entry--contact .timeline__body')).not.toBe(
      await background('.timeline__entry--round .timeline__body'),
    );
    const keyFacts = await page.locator('.timeline__entry--round .key-facts').first().textContent();
    expect(keyFacts).toMatch(/article/u);
    await page.context().close();
  });
});
