/**
 * The article loader compiles on every core: an article compiled by a
 * worker of the pool must be the article compiled in the loader's thread,
 * byte for byte, its facts and HTML files included, and come back in the order given.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/bench/generate-corpus';
import { readContent } from '../../src/lib/content/read-content';
import type { ArticleToCompile } from '../../src/loaders/compile-article';
import { compileArticles, workerBundle } from '../../src/loaders/compile-pool';
import { articleSchema } from '../../src/schemas/article';
import { projectRoot } from '../helpers/paths';

const { articles, knowledge } = readContent(join(projectRoot, 'content'));

/** The seed articles and some generated ones, each to be compiled into a facts file and an HTML file under `dir`. */
function toCompile(dir: string): ArticleToCompile[] {
  const sources = [
    ...articles.map((article) => ({ slug: article.slug, data: article.data, body: article.body })),
    ...generateCorpus(articles, knowledge, 11).map((generated) => {
      const { frontmatter, content } = parseFrontmatter(generated.markdown);
      return { slug: generated.slug, data: articleSchema.parse(frontmatter), body: content };
    }),
  ];
  return sources.map((source) => ({
    id: source.slug,
    filePath: `content/articles/${source.slug}.md`,
    text: source.body,
    body: source.body,
    data: source.data,
    corrections: [],
    factsFile: join(dir, `${source.slug}.json`),
    htmlFile: join(dir, `${source.slug}.html`),
  }));
}

describe('compiling articles in a pool of workers', { timeout: 120_000 }, () => {
  it('gives what the loader’s own thread gives, in the order asked', async () => {
    const inThread = mkdtempSync(join(tmpdir(), 'talks-facts-'));
    const inPool = mkdtempSync(join(tmpdir(), 'talks-facts-'));
    const root = pathToFileURL(projectRoot);
    const bundle = join(mkdtempSync(join(tmpdir(), 'talks-worker-')), 'compiler.mjs');
    const alone = await compileArticles(toCompile(inThread), knowledge, root, bundle, 1);
    expect(existsSync(bundle)).toBe(false);
    // Two workers, whatever the number of articles (below 64 the loader would compile in its own thread).
    const pooled = await compileArticles(toCompile(inPool), knowledge, root, bundle, 2, 1);
    expect(existsSync(bundle)).toBe(true);

    expect(pooled.map((outcome) => outcome.id)).toEqual(toCompile(inThread).map((article) => article.id));
    expect(pooled).toEqual(alone);
    expect(alone.every((outcome) => 'readingMinutes' in outcome)).toBe(true);
    for (const article of toCompile(inThread)) {
      expect(readFileSync(join(inPool, `${article.id}.json`), 'utf8')).toBe(
        readFileSync(article.factsFile, 'utf8'),
      );
      expect(readFileSync(article.htmlFile, 'utf8')).toContain('id="p-1"');
      expect(readFileSync(join(inPool, `${article.id}.html`), 'utf8')).toBe(
        readFileSync(article.htmlFile, 'utf8'),
      );
    }
  });

  it('returns an article’s problems from a worker, one line each, naming its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-facts-'));
    const [first, ...rest] = toCompile(dir);
    if (first === undefined) throw new Error('no article to compile');
    const nested = `${'> '.repeat(40)}Too deep.\n`;
    const outcomes = await compileArticles(
      [{ ...first, body: nested, text: `---\ntitle: x\n---\n${nested}` }, ...rest],
      knowledge,
      pathToFileURL(projectRoot),
      join(mkdtempSync(join(tmpdir(), 'talks-worker-')), 'compiler.mjs'),
      2,
      1,
    );
    expect(outcomes[0]).toEqual({
      id: first.id,
      problems: [
        expect.stringMatching(new RegExp(`^${first.filePath}: 40 lists or block quotes .* at line 4;`, 'u')),
      ],
    });
    expect(outcomes.slice(1).every((outcome) => 'readingMinutes' in outcome)).toBe(true);
  });

  it('bundles the workers’ code once per version of it, and removes the bundles of other versions', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'talks-worker-'));
    writeFileSync(join(folder, 'an-older-version.mjs'), 'export {};');
    const file = join(folder, 'this-version.mjs');
    await workerBundle(pathToFileURL(projectRoot), file);
    expect(readdirSync(folder)).toEqual(['this-version.mjs']);
    const made = statSync(file).mtimeMs;
    await workerBundle(pathToFileURL(projectRoot), file);
    expect(statSync(file).mtimeMs).toBe(made);
    // The compiler's patterns stay literals, not a `new RegExp("\\p{…}")` built from its source on every call.
    const bundle = readFileSync(file, 'utf8');
    expect(bundle).toContain(String.raw`/(?<![\p{L}\p{N}-])\p{Lu}[\p{Ll}’'-]{4,}(?![\p{L}\p{N}])/gu`);
    expect(bundle).not.toMatch(/new RegExp\("[^"]*\\\\p\{/u);
  });
});
