import { describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/site-links';
import { distDir } from '../helpers/paths';

describe('links in the built site', () => {
  const report = checkLinks(distDir);

  it('checks every page', () => {
    expect(report.pages).toBeGreaterThan(50);
    expect(report.internal).toBeGreaterThan(1000);
  });

  it('resolves every internal link, fragment and highlighted passage', () => {
    expect(report.broken).toEqual([]);
  });

  it('lists the external links rather than fetching them', () => {
    console.info(`External links (${report.external.length}):\n${report.external.join('\n')}`);
    expect(report.external.every((href) => /^(?:https?:|mailto:)/u.test(href))).toBe(true);
  });
});
