import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, openPage, useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

const open = (width: number, dark = false): Promise<Page> =>
  openPage(browser(), `${site().origin}/positions/`, { width, dark });

describe('the positions matrix', () => {
  it('uses the width its columns need on a wide screen, wider than the text column', async () => {
    const page = await open(1280);
    const table = await page.locator('table.positions').boundingBox();
    const intro = await page.locator('main > p').first().boundingBox();
    expect(table && intro && table.width > intro.width).toBe(true);
    // Each party's column heading is marked in a colour of the party, a status in its own colour beside its word.
    const partyColour = await page
      .locator('table.positions thead th[class*="party-"]')
      .first()
      .evaluate((heading) => getComputedStyle(heading).borderBottomColor);
    const plainColour = await page
      .locator('table.positions thead th')
      .first()
      .evaluate((heading) => getComputedStyle(heading).borderBottomColor);
    expect(partyColour).not.toBe(plainColour);
    const badge = page.locator('table.positions .badge.status').first();
    expect((await badge.textContent())?.trim()).toMatch(/^[A-Z][a-z]/u);
    expect(await badge.evaluate((element) => getComputedStyle(element).borderInlineStartWidth)).not.toBe(
      '1px',
    );
    await page.context().close();
  });

  it('shows what changed since the article before, at a glance', async () => {
    const page = await open(1280);
    const changed = page.locator('table.positions .position__changed').first();
    expect(await changed.isVisible()).toBe(true);
    expect(await changed.textContent()).toMatch(/^\s*changed: was [a-z ]+ on \d{1,2} [A-Z][a-z]+ \d{4}\s*$/u);
    await page.context().close();
  });

  for (const dark of [false, true])
    it(`stacks on a phone, each cell under its party’s name, with no sideways scrolling (${dark ? 'dark' : 'light'})`, async () => {
      const page = await open(375, dark);
      expect(await horizontalOverflow(page)).toBe(0);
      const cell = page.locator('table.positions tbody td').first();
      expect(await cell.evaluate((element) => getComputedStyle(element).display)).toBe('block');
      const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
      expect(label).toBe(`"${(await cell.getAttribute('data-label')) ?? ''}"`);
      await page.context().close();
    });
});
