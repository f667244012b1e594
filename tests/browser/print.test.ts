import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

/** Whether each selector's first match is shown (laid out and not hidden). */
async function shown(page: Page, selectors: string[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    selectors.map(async (selector) => [selector, await page.locator(selector).first().isVisible()] as const),
  );
  return Object.fromEntries(entries);
}

const chrome = ['.site-header', 'form[role="search"]', '.copy-link button', '.site-footer', '.anchor-link'];
const content = ['h1', '#sources', '.source-group blockquote', '.round-facts .citation-marker'];

describe('printing a round page', () => {
  it('prints the round and its sources without the site’s header, search, footer or copy button', async () => {
    const page = await openPage(browser(), `${site().origin}/rounds/2022-03-29-istanbul/`);
    // On screen (JavaScript on: the copy button shows), the chrome is there: what print must remove.
    await page.locator('.copy-link button').waitFor({ state: 'visible' });
    expect(
      await shown(page, ['.site-header', 'form[role="search"]', '.copy-link button', '.site-footer']),
    ).toEqual({
      '.site-header': true,
      'form[role="search"]': true,
      '.copy-link button': true,
      '.site-footer': true,
    });

    await page.emulateMedia({ media: 'print' });
    expect(await shown(page, [...chrome, ...content])).toEqual({
      ...Object.fromEntries(chrome.map((selector) => [selector, false])),
      ...Object.fromEntries(content.map((selector) => [selector, true])),
    });
    // A source prints where it points, since a reader of paper cannot follow the link: the paragraph's
    // own address, not the one that opens it highlighted on screen.
    const source = page.locator('.source-paragraph figcaption a').first();
    const sourceUrl = await source.getAttribute('data-paragraph-url');
    expect(sourceUrl).toMatch(/^\/articles\/[^#]+#p-\d+$/u);
    expect(await source.getAttribute('href')).toContain(':~:text=');
    const printed = await source.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printed).toBe(`" (${sourceUrl ?? ''})"`);
    const heading = page.locator('.source-group h3 a').first();
    expect(await heading.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      `" (${(await heading.getAttribute('href')) ?? ''})"`,
    );
    // A citation marker prints the paragraph's address, not the longer one that highlights the quote on screen.
    const marker = page.locator('.round-facts a.citation-marker').first();
    const paragraphUrl = await marker.getAttribute('data-paragraph-url');
    expect(paragraphUrl).toMatch(/^\/articles\/[^#]+#p-\d+$/u);
    expect(await marker.getAttribute('href')).toContain(':~:text=');
    expect(await marker.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(
      `" (${paragraphUrl ?? ''})"`,
    );
    await page.context().close();
  });
});
