import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, readBuiltPage } from '../helpers/built-site';
import { readArticleSources } from '../helpers/content';
import { distDir } from '../helpers/paths';
import { corpus } from '../helpers/corpus';

const articles = readArticleSources();
const bySlugPrefix = (prefix: string) => {
  const found = articles.find((article) => article.slug.startsWith(prefix));
  if (!found) throw new Error(`no article whose slug starts with ${prefix}`);
  return found;
};

function text(page: Root, selector: string): string {
  const element = select(selector, page);
  return element ? normaliseWhitespace(toString(element)) : '';
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)));
}

describe('the articles index', () => {
  const page = readBuiltPage('articles/');
  const items = selectAll('main .article-list > li', page);

  it('lists every article once, newest first', () => {
    const datetimes = items.map((item) => String(select('time', item)?.properties['dateTime']));
    expect(items).toHaveLength(articles.length);
    expect(datetimes.slice(0, 2).every((value) => value.startsWith('2022-03-2'))).toBe(true);
    const days = datetimes.map((value) => value.slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('shows outlet, byline and date, and links each headline to its page', () => {
    const first = items.find((item) => toString(item).includes('fraught with uncertainty'));
    expect(first && normaliseWhitespace(toString(first))).toContain('The Hill');
    expect(first && normaliseWhitespace(toString(first))).toContain('No byline in the copy');
    const cnn = items.find((item) => toString(item).includes('No diplomatic off-ramp'));
    expect(cnn && normaliseWhitespace(toString(cnn))).toContain(
      'By Kylie Atwood, Jennifer Hansler and Jeremy Herb',
    );
    expect(cnn && select('h2 a', cnn)?.properties['href']).toBe(
      '/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight/',
    );
  });
});

describe('an article page', () => {
  it('shows headline, outlet, byline, contributors, date and reading time', () => {
    const { slug } = bySlugPrefix('2022-03-11-cnn');
    const page = readBuiltPage(`articles/${slug}/`);
    expect(text(page, 'main h1')).toBe('No diplomatic off-ramp in sight for Russia’s war in Ukraine');
    const header = text(page, 'main article > header');
    expect(header).toContain('CNN');
    expect(header).toContain('By Kylie Atwood, Jennifer Hansler and Jeremy Herb');
    expect(header).toContain('Kevin Liptak contributed to this report.');
    expect(header).toContain('Published by News Channel 3 via CNN Newsource.');
    expect(header).toMatch(/\d+ min read/);
    expect(select('main article > header time', page)?.properties['dateTime']).toBe('2022-03-11');
    expect(text(page, 'main article > header time')).toBe('11 March 2022');
  });

  it('says when the date is inferred, and how it is known', () => {
    const page = readBuiltPage(`articles/${bySlugPrefix('2022-03-29-the-hill').slug}/`);
    const header = text(page, 'main article > header');
    expect(header).toContain('date inferred');
    expect(header).toContain('No byline in the copy');
    expect(header).toContain('How the date is known');
    const exact = readBuiltPage(`articles/${bySlugPrefix('2022-03-11-cnn').slug}/`);
    expect(text(exact, 'main article > header')).not.toContain('date inferred');
  });

  it('shows the dek under the headline', () => {
    const page = readBuiltPage(`articles/${bySlugPrefix('2022-03-16-antiwar').slug}/`);
    expect(text(page, 'main article > header h1 + .subtitle')).toBe(
      'Financial Times reports the two sides have drawn up a neutrality plan',
    );
  });

  it('keeps the time of a timed post in its stated zone', () => {
    const page = readBuiltPage(`articles/${bySlugPrefix('2022-03-20-cnn-live').slug}/`);
    expect(select('main article > header time', page)?.properties['dateTime']).toBe(
      '2022-03-20T14:14:00-04:00',
    );
    expect(text(page, 'main article > header time')).toBe('20 March 2022, 14:14 (UTC-04:00)');
    expect(text(page, 'main article > header')).toContain('this one was written by our editors');
  });

  it('turns the section headings of the text into headings', () => {
    const expected: Record<string, string[]> = {
      '2022-03-20-cnn-us': ['Russian demands', 'Neutrality policy'],
      '2022-03-11-cnn': [
        'Hunting for successful channels',
        '‘It’s Vladimir Putin himself’',
        '‘The pretense of diplomacy’',
      ],
    };
    for (const [prefix, headings] of Object.entries(expected)) {
      const page = readBuiltPage(`articles/${bySlugPrefix(prefix).slug}/`);
      expect(selectAll('.article-body h2', page).map((heading) => toString(heading))).toEqual(headings);
    }
  });
});

describe('the built site', () => {
  const pages = htmlFiles(distDir).filter((file) => !file.startsWith('pagefind/'));

  it('keeps reading pages to at most 2 KB of inline script, with no script files and no Pagefind', () => {
    // The search page is the one page that loads the search code.
    for (const file of pages.filter((page) => page !== 'search/index.html')) {
      const page = readBuiltPage(file);
      const scripts = selectAll('script', page).filter(
        (script) => script.properties['type'] !== 'application/ld+json',
      );
      expect(
        scripts.filter((script) => script.properties['src'] !== undefined),
        file,
      ).toEqual([]);
      const inline = scripts.map((script) => toString(script)).join('');
      expect(new TextEncoder().encode(inline).length, file).toBeLessThanOrEqual(2048);
      expect(inline, file).not.toMatch(/pagefind/iu);
    }
  });

  it("readies the browser for Pagefind in the search page's head, before any stylesheet it would wait for", () => {
    const head = select('head', readBuiltPage('search/index.html'));
    const children = (head?.children ?? []).filter((node) => node.type === 'element');
    const warmUp = children.findIndex(
      (node) =>
        node.tagName === 'script' &&
        node.properties['src'] === undefined &&
        /Intl\.Segmenter/u.test(toString(node)),
    );
    const firstStylesheet = children.findIndex(
      (node) => node.tagName === 'link' && String(node.properties['rel']).includes('stylesheet'),
    );
    expect(warmUp).toBeGreaterThanOrEqual(0);
    expect(firstStylesheet).toBeGreaterThan(warmUp);
    // Only the search page loads Pagefind, so only it pays for the warm-up.
    for (const file of ['index.html', 'rounds/index.html', 'people/index.html'])
      expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/Intl\.Segmenter/u);
  });

  it('keeps every article page within 30 KB as a host sends it (gzip)', () => {
    const articles = pages.filter((file) => /^articles\/[^/]+\/index\.html$/u.test(file));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles)
      expect(gzipSync(readFileSync(join(distDir, file))).length, file).toBeLessThanOrEqual(30 * 1024);
  });

  it('loads the search code, and Pagefind through it, on the search page only', () => {
    const search = readBuiltPage('search/index.html');
    const sources = selectAll('script[src]', search).map((script) => String(script.properties['src']));
    expect(sources).toHaveLength(1);
    expect(readFileSync(join(distDir, sources[0] ?? ''), 'utf8')).toContain('/pagefind/pagefind.js');
  });

  it('marks the pages of articles, rounds, parties and people for the search index, and no listing', () => {
    const { model } = corpus();
    const indexed = pages.filter((file) =>
      readFileSync(join(distDir, file), 'utf8').includes('data-pagefind-body'),
    );
    const expected = [
      ...model.articles.map((article) => `articles/${article.slug}/index.html`),
      ...model.rounds.map((round) => `rounds/${round.id}/index.html`),
      ...model.parties.map((party) => `parties/${party.id}/index.html`),
      ...model.people.map((person) => `people/${person.id}/index.html`),
      'people/unnamed-sources/index.html',
    ];
    expect(indexed.sort()).toEqual(expected.sort());
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(expected.length);
  });

  it('serves a favicon and robots.txt', () => {
    const files = readdirSync(distDir);
    expect(files).toContain('favicon.svg');
    expect(files).toContain('robots.txt');
  });
});
