import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { serveBuiltSite, type ServedSite } from './serve-site';

export { launchChromium, serveBuiltSite, type ServedSite };

/** Opens a page in a context of its own (axe needs one, and no state leaks between tests). */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; dark?: boolean; javaScript?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Rules the check must run. axe selects rules by tag and leaves out those it
 * marks experimental, so a rule that lost its WCAG tag or became experimental
 * would stop being checked without a word: label in name (WCAG 2.5.3) keeps
 * every citation marker's accessible name starting with its visible text.
 */
const REQUIRED_RULES = ['label-content-name-mismatch'];

/**
 * The rules of those a colour scheme can change. The dark scheme changes colours alone (custom
 * properties in `src/styles/tokens.css`; tests/unit/site/visual-system.test.ts keeps it so), so a page
 * checked whole in light is checked in dark by these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's WCAG 2.1 AA violations on the page, as `rule: targets` lines; `colourOnly`: the colour rules'. */
export async function accessibilityViolations(
  page: Page,
  { colourOnly = false }: { colourOnly?: boolean } = {},
): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const required = colourOnly ? COLOUR_RULES : REQUIRED_RULES;
  const { violations, passes, incomplete, inapplicable } = await (
    colourOnly
      ? builder.withRules(COLOUR_RULES)
      : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  ).analyze();
  const ran = new Set([...violations, ...passes, ...incomplete, ...inapplicable].map(({ id }) => id));
  const skipped = required.filter((id) => !ran.has(id));
  if (skipped.length > 0)
    throw new Error(`axe did not run ${skipped.join(', ')}: enable it in accessibilityViolations`);
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * axe's violations on a page in the light scheme, every rule, then in the dark one, the colour rules:
 * one load of the page, with the scheme switched as a reader's system would.
 */
export async function accessibilityViolationsLightAndDark(
  page: Page,
): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await accessibilityViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await accessibilityViolations(page, { colourOnly: true });
  return { light, dark };
}

/** How many pixels the page is wider than the window: more than 0 means horizontal scrolling. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The id of the element the URL's fragment points at, if any. Read it with
 * `expect.poll`: after a navigation Chromium may apply the fragment (and a
 * text directive) a little after the load event, later still on a busy machine.
 */
export function targetId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector(':target')?.id);
}

/**
 * Serves the built site and starts Chromium once for a test file, and stops
 * both after it. The getters are valid inside tests.
 */
export function useBuiltSiteInChromium(): { site: () => ServedSite; browser: () => Browser } {
  let site: ServedSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [site, browser] = await Promise.all([serveBuiltSite(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site and Chromium are not started yet');
    return value;
  };
  return { site: () => ready(site), browser: () => ready(browser) };
}
