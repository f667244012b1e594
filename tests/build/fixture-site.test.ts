/**
 * A small site built from tests/fixtures/small-site: a round an editor
 * renamed, and an article whose text carries hostile markup. Built once, in
 * folders of its own, so the real site's build is untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';
import { fixturesDir } from '../helpers/paths';

let outDir = '';

beforeAll(() => {
  const build = runAstro('build', join(fixturesDir, 'small-site'));
  if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.output}`);
  outDir = build.outDir;
}, 120_000);

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

describe('a round an editor renamed', () => {
  it('keeps its old URL working as a redirect to the new one', () => {
    const redirect = page('rounds/2022-03-10-istanbul-talks');
    expect(redirect).toMatch(/<meta http-equiv="refresh" content="0;url=\/rounds\/2022-03-10-istanbul\/"/u);
    expect(redirect).toContain(
      'rel="canonical" href="https://talks-tracker.example.org/rounds/2022-03-10-istanbul/"',
    );
    expect(page('rounds/2022-03-10-istanbul')).toContain('Talks in Istanbul');
  });
});

describe('an article whose text carries raw HTML', () => {
  const html = () => page('articles/hostile-markup');
  const tree = () => unified().use(rehypeParse).parse(html());

  it('runs none of it: no script of its own, no event handler, no javascript: link, no frame', () => {
    const scripts = selectAll('script', tree()).map((script) => toString(script));
    expect(scripts.filter((script) => script.includes('alert'))).toEqual([]);
    expect(selectAll('[onerror], [onclick], iframe, img', tree())).toEqual([]);
    expect(selectAll('a[href^="javascript:"]', tree())).toEqual([]);
    // In the raw HTML the markup may only stand escaped (&#x3C;iframe …), never as tags.
    expect(html()).not.toMatch(/<script>alert|<iframe|<img|<b onclick|href="javascript:/u);
  });

  it('shows it as text, so nothing the editor received disappears', () => {
    const body = selectAll('.article-body p', tree()).map((paragraph) => toString(paragraph));
    expect(body).toContain('<script>alert("script block")</script>');
    expect(body).toContain('A photo <img src="x" onerror="alert(\'onerror\')"> of the delegations.');
    expect(body).toContain('Read the statement in full.');
    expect(body).toContain('<iframe src="https://example.com/embed"></iframe>');
    expect(body).toContain('The delegations <b onclick="alert(\'click\')">met</b> again.');
  });
});
