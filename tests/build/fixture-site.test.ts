/**
 * A small site built from tests/fixtures/small-site: a round an editor
 * renamed, and an article whose title and text carry hostile markup. Built once, in
 * folders of its own, so the real site's build is untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { runAstro } from '../helpers/astro';
import { fixturesDir } from '../helpers/paths';
import { builtPages } from '../helpers/site-links';
import { scriptHash } from '../../src/lib/security/content-security-policy';

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
    // (The title's `</script><script>alert(1)` stands raw in attribute values, where it is text.)
    expect(html()).not.toMatch(/<script>alert\("|<iframe|<img|<b onclick|href="javascript:/u);
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

describe("every page's Content-Security-Policy", () => {
  /** Script types a browser runs; JSON-LD is data. */
  const executable = (type: unknown) => [undefined, '', 'module', 'text/javascript'].includes(type as string);

  it("sits in the head and allows exactly the page's own inline scripts, whatever its text spells", () => {
    const pages = builtPages(outDir);
    expect(pages).toContain('articles/hostile-markup/index.html');
    expect(pages).toContain('rounds/2022-03-10-istanbul-talks/index.html');
    for (const path of pages) {
      const file = new VFile({ path, value: readFileSync(join(outDir, path), 'utf8') });
      const tree = unified().use(rehypeParse, { emitParseErrors: true }).parse(file);
      // A policy written before <html> is hoisted by the parser, which reports it.
      expect(file.messages.map(String), path).toEqual([]);
      const metas = selectAll('head > meta[http-equiv="Content-Security-Policy"]', tree);
      expect(metas, path).toHaveLength(1);
      const policy = String(metas[0]?.properties['content']);
      const scriptSources = /(?:^|; )script-src ([^;]*)/u.exec(policy)?.[1]?.split(' ') ?? [];
      const allowedHashes = scriptSources.filter((source) => source.startsWith("'sha256-"));
      const inlineScripts = selectAll('script:not([src])', tree).filter((script) =>
        executable(script.properties['type']),
      );
      expect(allowedHashes.sort(), path).toEqual(
        [...new Set(inlineScripts.map((script) => scriptHash(toString(script))))].sort(),
      );
      expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/u);
    }
  });

  it('is not fooled by a title that closes a script and opens another', () => {
    const html = page('articles/hostile-markup');
    expect(html).toContain('alert(1)');
    expect(html).not.toContain(scriptHash('alert(1)'));
    expect(html).not.toContain(scriptHash('alert(7)'));
  });
});
