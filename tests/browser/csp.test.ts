import { describe, expect, it } from 'vitest';
import { useBuiltSiteInChromium } from '../helpers/browser';

const { site, browser } = useBuiltSiteInChromium();

describe('the Content-Security-Policy', () => {
  it('lets every kind of page, search included, work without a single violation', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/iu.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of [
      '/',
      '/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight/?highlight=Lavrov',
      '/parties/russia/',
      '/positions/',
      '/people/sergey-lavrov/',
    ]) {
      await page.goto(`${site().origin}${path}`);
      await page.keyboard.press('/');
    }
    expect(await page.locator('main mark').count()).toBe(0);
    await page.goto(
      `${site().origin}/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight/?highlight=Lavrov`,
    );
    expect(await page.locator('main mark').count()).toBeGreaterThan(0);
    await page.goto(`${site().origin}/rounds/2022-03-29-istanbul/`);
    await page.click('button[data-copy]');
    // The clipboard write is asynchronous: wait for the status rather than read it at once.
    await expect.poll(() => page.locator('.copy-link [role=status]').textContent()).toBe('Copied');
    await page.goto(`${site().origin}/search/?q=Lavrov&type=round`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('is set on every page by a meta tag that allows only the site itself', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().origin}/search/`);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    // Pagefind runs in the page's thread: no worker, so no blob: URL may run as one.
    expect(policy).not.toContain('blob:');
    await page.close();
  });
});
