import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, openPage, targetId, useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  return openPage(browser(), `${site().origin}${path}`, options);
}

describe('the overview chart on the home page', () => {
  it('is drawn without JavaScript, a link for each round of the list below it', async () => {
    const page = await open('/', { javaScript: false });
    const chart = page.locator('.overview svg');
    expect(await chart.isVisible()).toBe(true);
    const listed = await page.locator('.round-index li').count();
    expect(listed).toBeGreaterThan(0);
    expect(await page.locator('.overview .overview__round a').count()).toBe(listed);
    await page.context().close();
  });

  it('takes a click on a round’s circle to the round’s page', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: /^5\. Fifth round, Istanbul/u }).click();
    await page.waitForURL((url) => url.pathname === '/rounds/2022-03-29-istanbul/');
    expect(await page.locator('h1').textContent()).toContain('Fifth round, Istanbul');
    await page.context().close();
  });

  it('reaches a round with the keyboard and follows it with Enter', async () => {
    const page = await open('/');
    const round = page.getByRole('link', {
      name: /^2\. Second round, Belovezhskaya Pushcha, 3 March 2022$/u,
    });
    // Focused where Tab would put it (the next test walks the Tab order), then followed with the keyboard.
    await round.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/rounds/2022-03-03-belovezhskaya-pushcha/');
    await page.context().close();
  });

  it('is on the Tab order: every mark is a stop, the rounds’ bars are not', async () => {
    const page = await open('/');
    const names: string[] = [];
    await page.locator('.overview figcaption a').last().focus();
    for (;;) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.closest('.overview svg') ? (element.querySelector('title')?.textContent ?? '') : null;
      });
      if (focused === null) break;
      names.push(focused);
    }
    const marks = await page.locator('.overview svg a:not([tabindex="-1"])').count();
    expect(names).toHaveLength(marks);
    expect(new Set(names).size).toBe(marks);
    await page.context().close();
  });

  it('takes a contact’s mark to its entry in the timeline', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: /^Call: Vladimir Putin and Recep Tayyip Erdoğan/u }).click();
    await page.waitForURL((url) => url.hash.startsWith('#2022-03-17-call-vladimir-putin'));
    await expect.poll(() => targetId(page)).toMatch(/^2022-03-17-call-vladimir-putin/u);
    await page.context().close();
  });

  it('scrolls in its own box on a phone, never the page', async () => {
    const page = await open('/', { width: 360 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const box = page.locator('.overview__scroll');
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.context().close();
  });
});

describe('a demand’s status strip on a party page', () => {
  it('takes a step to the paragraph it cites', async () => {
    const page = await open('/parties/russia/');
    const strip = page.getByRole('list', { name: 'Recognition of Crimea as Russian: status over time' });
    const step = strip.getByRole('link', { name: /^Rejected by Turkey/u });
    const href = (await step.getAttribute('href')) ?? '';
    await step.click();
    await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
    await expect.poll(() => targetId(page)).toBe(href.split('#')[1]);
    await page.context().close();
  });
});
