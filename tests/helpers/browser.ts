import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import sirv from 'sirv';
import { launchChromium } from '../../scripts/chromium';
import { distDir } from './paths';

export { launchChromium };

export interface ServedSite {
  /** `http://127.0.0.1:<port>`, the origin to load pages from. */
  origin: string;
  close: () => Promise<void>;
}

/** Serves the built `dist/` on a free loopback port, with the site's 404 page for unknown paths. */
export async function serveBuiltSite(): Promise<ServedSite> {
  const notFoundPage = join(distDir, '404.html');
  if (!existsSync(notFoundPage)) {
    throw new Error('dist/ is not built: run `npm run build` before the browser tests (npm test does).');
  }
  const serveFile = sirv(distDir, { dev: false });
  const server: Server = createServer((request, response) => {
    serveFile(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(notFoundPage));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

/** Opens a page in a context of its own (axe needs one, and no state leaks between tests). */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; dark?: boolean; javaScript?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** axe-core's WCAG 2.1 AA violations on the page, as `rule: targets` lines. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** How many pixels the page is wider than the window: more than 0 means horizontal scrolling. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The id of the element the URL's fragment points at, if any. */
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
