/**
 * A story reprinted many times: its fullest version's page names the first
 * few others and links to a paged list of all of them, so the page does not
 * grow with the number of reprints (at 5,000 generated articles one story's
 * page listed ~1,700 versions, 345 KB).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE, VERSIONS_ON_ARTICLE_PAGE } from '../../src/lib/site/paging';
import { runAstro } from '../helpers/astro';
import { fixturesDir } from '../helpers/paths';

/** More versions than one page of the list holds, so the list has a second page. */
const REPRINTS = PAGE_SIZE.articleVersions + 5;
let outDir = '';
const page = (path: string) =>
  unified()
    .use(rehypeParse)
    .parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

beforeAll(() => {
  const content = join(mkdtempSync(join(tmpdir(), 'talks-versions-')), 'content');
  cpSync(join(fixturesDir, 'small-site'), content, { recursive: true });
  for (let n = 1; n <= REPRINTS; n += 1)
    writeFileSync(
      join(content, 'articles', `reprint-${String(n).padStart(3, '0')}.md`),
      [
        '---',
        `title: "Talks resume, reprint ${n}"`,
        'outlet: Example Reprints',
        'authors: [A Reporter]',
        'published:',
        '  date: "2022-03-12"',
        '  certainty: exact',
        '  basis: "Dated on the page."',
        'versionOf: talks-resume',
        '---',
        '',
        'A paragraph.',
        '',
      ].join('\n'),
    );
  const build = runAstro('build', content);
  if (build.status !== 0) throw new Error(`the site with reprints did not build:\n${build.output}`);
  outDir = build.outDir;
}, 180_000);

describe('a story with many versions', () => {
  it('names only the first few on its article page, and links to all of them', () => {
    const note = select('.version-note', page('articles/talks-resume'));
    expect(note).toBeDefined();
    const articleLinks = selectAll('a', note ?? page('')).filter((link) =>
      /^\/articles\/reprint-\d+\/$/u.test(String(link.properties['href'])),
    );
    expect(articleLinks).toHaveLength(VERSIONS_ON_ARTICLE_PAGE);
    const all = selectAll('a', note ?? page('')).find(
      (link) => link.properties['href'] === '/articles/talks-resume/versions/',
    );
    expect(toString(all ?? page(''))).toBe(`all ${REPRINTS} other versions`);
  });

  it('lists every version once, on pages of the list’s size, each with what differs', () => {
    const first = page('articles/talks-resume/versions');
    const second = page('articles/talks-resume/versions/2');
    const listed = [first, second].flatMap((tree) =>
      selectAll('ol.article-list > li', tree).map((item) => select('a', item)?.properties['href']),
    );
    expect(selectAll('ol.article-list > li', first)).toHaveLength(PAGE_SIZE.articleVersions);
    expect(new Set(listed).size).toBe(REPRINTS);
    for (const item of selectAll('ol.article-list > li', second))
      expect(String(select('a[href$="/changes/"]', item)?.properties['href'])).toMatch(
        /^\/articles\/reprint-\d+\/changes\/$/u,
      );
    expect(selectAll('nav.pager a', first).map((link) => link.properties['href'])).toEqual([
      '/articles/talks-resume/versions/',
      '/articles/talks-resume/versions/2/',
    ]);
  });

  it('still tells each reprint which story it belongs to', () => {
    const note = toString(select('.version-note', page('articles/reprint-105')) ?? page(''));
    expect(note).toContain('A shorter version of Talks resume');
  });
});
