/**
 * The article loader compiles on every core, in workers that run the
 * compiler's bundle: an article compiled there must be the article the
 * compiler's own modules compile, byte for byte, its facts, HTML and open
 * data files included, and come back in the order given.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/lib/bench/generate-corpus';
import { readContent } from '../../src/lib/content/read-content';
import { ArticleBuilder, type ArticleToCompile } from '../../src/loaders/compile-article';
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
    dataFile: join(dir, `${source.slug}.data`),
  }));
}

describe('compiling articles in a pool of workers', { timeout: 120_000 }, () => {
  it('gives what the compiler’s own modules give, with one worker or two, in the order asked', async () => {
    const inOne = mkdtempSync(join(tmpdir(), 'talks-facts-'));
    const inTwo = mkdtempSync(join(tmpdir(), 'talks-facts-'));
    const root = pathToFileURL(projectRoot);
    const bundle = join(mkdtempSync(join(tmpdir(), 'talks-worker-')), 'compiler.mjs');
    const one = await compileArticles(toCompile(inOne), knowledge, root, bundle, 1);
    const two = await compileArticles(toCompile(inTwo), knowledge, root, bundle, 2);
    expect(existsSync(bundle)).toBe(true);

    // The workers run the bundle; the compiler's modules, imported here, must compile the same bytes.
    const builder = new ArticleBuilder(knowledge);
    const ids = toCompile(inOne).map((article) => article.id);
    expect(one.map((outcome) => outcome.id)).toEqual(ids);
    expect(two).toEqual(one);
    expect(one.every((outcome) => 'readingMinutes' in outcome)).toBe(true);
    for (const article of toCompile(inOne)) {
      const compiled = builder.build(article);
      if ('problems' in compiled) throw new Error(compiled.problems.join('\n'));
      expect(readFileSync(article.factsFile, 'utf8')).toBe(compiled.facts);
      expect(readFileSync(join(inTwo, `${article.id}.json`), 'utf8')).toBe(compiled.facts);
      expect(readFileSync(article.htmlFile, 'utf8')).toContain('id="p-1"');
      expect(readFileSync(article.htmlFile, 'utf8')).toBe(compiled.html);
      expect(readFileSync(join(inTwo, `${article.id}.html`), 'utf8')).toBe(compiled.html);
      expect(readFileSync(article.dataFile, 'utf8')).toBe(compiled.data);
      expect(readFileSync(join(inTwo, `${article.id}.data`), 'utf8')).toBe(compiled.data);
    }
  });

  it('starts no worker and bundles nothing when no article changed', async () => {
    const bundle = join(mkdtempSync(join(tmpdir(), 'talks-worker-')), 'compiler.mjs');
    expect(await compileArticles([], knowledge, pathToFileURL(projectRoot), bundle)).toEqual([]);
    expect(existsSync(bundle)).toBe(false);
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
