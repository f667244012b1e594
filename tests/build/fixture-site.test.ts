/**
 * A small site built from tests/fixtures/small-site: a round an editor
 * renamed, an article whose title and text carry hostile markup, and one whose
 * title, contributor and quotes carry direction overrides and spreadsheet
 * formulas. Built once, in
 * folders of its own, so the real site's build is untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
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
import { closeBidi } from '../../src/lib/bidi';
import { FORMULA_START, parseCsv } from '../../src/lib/open-data/csv';

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

/** The text of every text node of a page, but those inside `skip`. */
function texts(node: Root | RootContent, skip: (element: Element) => boolean): string[] {
  if (node.type === 'text') return [node.value];
  if (node.type === 'element' && skip(node)) return [];
  return 'children' in node ? node.children.flatMap((child) => texts(child, skip)) : [];
}

describe('text whose direction controls would reverse the text around it', () => {
  const parse = (path: string) =>
    unified()
      .use(rehypeParse)
      .parse(readFileSync(join(outDir, path), 'utf8'));
  const RLO = '\u202e';

  it('is closed wherever the site shows it; only the article text itself stays as received', () => {
    const articleText = (element: Element) =>
      Array.isArray(element.properties['className']) &&
      element.properties['className'].includes('article-body');
    const shown = builtPages(outDir).flatMap((path) =>
      texts(parse(path), articleText).map((text) => ({ path, text })),
    );
    // The fixture's overrides reach the pages: in the title, the contributor and a quote.
    expect(shown.filter(({ text }) => text.includes(RLO)).length).toBeGreaterThan(3);
    expect(shown.filter(({ text }) => closeBidi(text) !== text)).toEqual([]);
  });

  it('isolates the contributor, the sentences quoted on a person page and the title in the tab', () => {
    const article = parse('articles/bidi-and-formulas/index.html');
    const contributors = selectAll('p.meta', article).find((p) =>
      toString(p).includes('contributed to this report'),
    );
    expect(contributors && selectAll('bdi', contributors).map((bdi) => toString(bdi))).toEqual([
      `Bob ${RLO}\u202c`,
    ]);
    const title = toString(selectAll('title', article)[0] ?? article);
    expect(title).toBe(`\u2068Talks ${RLO}resume in reverse\u202c\u2069 · Talks Tracker`);
    // The reporter's page lists the sentences that name them, each isolated from the site's words after it.
    const sentences = selectAll('bdi', parse('people/a-reporter/index.html')).map((bdi) => toString(bdi));
    expect(sentences).toContain(
      `"${RLO} the words after this mark come out reversed," A Reporter said.\u202c`,
    );
  });
});

describe('the CSV twins of a site whose quotes start with formula characters', () => {
  it('write every such cell as text, in every file', () => {
    const files = readdirSync(join(outDir, 'data')).filter((name) => name.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const cells = parseCsv(readFileSync(join(outDir, 'data', name), 'utf8')).flat();
      expect(
        cells.filter((cell) => FORMULA_START.test(cell)),
        name,
      ).toEqual([]);
    }
    const quotes = parseCsv(readFileSync(join(outDir, 'data', 'quotes.csv'), 'utf8')).map((row) => row[2]);
    for (const start of ["'=HYPERLINK(", "'+1 more round", "'-2 points", "'@SUM(A1:A9)"])
      expect(
        quotes.some((text) => text?.startsWith(start)),
        start,
      ).toBe(true);
  });
});
