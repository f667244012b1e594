import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolationsLightAndDark, openPage, useBuiltSiteInChromium } from '../helpers/browser';

const ARTICLE = '/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight/';

const { site, browser } = useBuiltSiteInChromium();

function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
  return openPage(browser(), `${site().origin}${path}`, options);
}

/** True when the element's box lies inside the viewport. */
async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

describe('a link to one paragraph', () => {
  it('lands on that paragraph when loaded directly', async () => {
    const page = await open(`${ARTICLE}#p-5`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-5');
    expect(await isInViewport(page, '#p-5')).toBe(true);
    await page.context().close();
  });

  it('is what the paragraph link points at, and following it makes the paragraph the target', async () => {
    const page = await open(ARTICLE);
    await page.hover('#p-5');
    const link = page.locator('#p-5 > a.anchor-link');
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#p-5');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-5');
    expect(await isInViewport(page, '#p-5')).toBe(true);
    await page.context().close();
  });

  it('is reached with the keyboard, and shows itself when focused', async () => {
    const page = await open(ARTICLE);
    let focused: { href: string | null; opacity: string; isAnchor: boolean } | undefined;
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const element = document.activeElement;
        return {
          href: element?.getAttribute('href') ?? null,
          opacity: element ? getComputedStyle(element).opacity : '',
          isAnchor: element?.classList.contains('anchor-link') ?? false,
        };
      });
      if (focused.isAnchor) break;
    }
    expect(focused).toEqual({ href: '#p-1', opacity: '1', isAnchor: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-1');
    await page.context().close();
  });

  it('starts with a skip link to the content', async () => {
    const page = await open(ARTICLE);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('MAIN');
    await page.context().close();
  });
});

describe('reading pages', () => {
  for (const path of ['/', '/articles/', ARTICLE, '/404.html']) {
    it(`${path} has no accessibility violations, light and dark`, async () => {
      const page = await open(path);
      expect(await accessibilityViolationsLightAndDark(page)).toEqual({ light: [], dark: [] });
      await page.context().close();
    }, 60_000);
  }

  it('fits a 360 px wide screen without horizontal scrolling', async () => {
    for (const path of ['/', '/articles/', ARTICLE]) {
      const page = await open(path, { width: 360 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('answers an unknown address with the 404 page', async () => {
    const page = await browser().newPage();
    const response = await page.goto(`${site().origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.context().close();
  });
});
