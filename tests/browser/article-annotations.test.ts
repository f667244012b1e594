import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, openPage, useBuiltSiteInChromium } from '../helpers/browser';

const ARTICLE = '/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight/';
/** “… Sergey Lavrov met in Turkey on Thursday, but those talks ended …” */
const LAVROV_PARAGRAPH = '#p-13';

const { site, browser } = useBuiltSiteInChromium();

function open(path: string, options: { width?: number; dark?: boolean; javaScript?: boolean } = {}) {
  return openPage(browser(), `${site().origin}${path}`, options);
}

/** What the date's tooltip shows: the `content` of its `::after` ('none' while hidden), and where it is. */
function tooltipOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element, '::after');
    return { content: style.content, position: style.position };
  });
}

describe('an annotated article', () => {
  it('links a person’s name in a paragraph to their page, with JavaScript off', async () => {
    const page = await open(ARTICLE, { javaScript: false });
    const name = page.locator(`${LAVROV_PARAGRAPH} a`, { hasText: 'Sergey Lavrov' });
    expect(await name.getAttribute('href')).toBe('/people/sergey-lavrov/');
    await name.click();
    await page.waitForURL(/\/people\/sergey-lavrov\/$/u);
    expect(await page.locator('h1').textContent()).toContain('Sergey Lavrov');
    await page.context().close();
  });

  it('shows a date’s resolved day when the date is focused from the keyboard', async () => {
    const page = await open(ARTICLE);
    const date = `${LAVROV_PARAGRAPH} time`;
    expect(await page.locator(date).textContent()).toBe('Thursday');
    expect((await tooltipOf(page, date)).content).toBe('none');
    // Tab through the page until the date has focus, as a keyboard user reaches it.
    for (let presses = 0; presses < 200; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.locator(date).evaluate((element) => element === document.activeElement)) break;
    }
    expect(await page.locator(date).evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await tooltipOf(page, date)).content).toBe('"Thursday, 10 March 2022"');
    // What a screen reader is told: the date's entry in the list of dates, by aria-describedby.
    const described = await page
      .locator(date)
      .evaluate(
        (element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent,
      );
    expect(described).toBe('Thursday, 10 March 2022');
    await page.context().close();
  });

  it('shows the day on hover, and on a phone in a bar that stays on the screen', async () => {
    const wide = await open(ARTICLE);
    await wide.hover(`${LAVROV_PARAGRAPH} time`);
    expect(await tooltipOf(wide, `${LAVROV_PARAGRAPH} time`)).toEqual({
      content: '"Thursday, 10 March 2022"',
      position: 'absolute',
    });
    await wide.context().close();

    const phone = await open(ARTICLE, { width: 375 });
    await phone.locator(`${LAVROV_PARAGRAPH} time`).focus();
    expect(await tooltipOf(phone, `${LAVROV_PARAGRAPH} time`)).toEqual({
      content: '"Thursday, 10 March 2022"',
      position: 'fixed',
    });
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.context().close();
  });

  it('lists the dates it resolves, each linking to its paragraph', async () => {
    const page = await open(ARTICLE);
    const entry = page.locator('.article-findings li', { hasText: '“Thursday”, paragraph 13' });
    expect(await entry.textContent()).toContain('Thursday, 10 March 2022');
    await entry.locator('a').click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-13');
    await page.context().close();
  });
});
