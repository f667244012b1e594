/**
 * Every compile, annotate, ingest and diff step is linear (or n log n) in its
 * input. These tests time nothing: each gives an input near the article size
 * limit that a step quadratic in it could not get through within the test's
 * timeout (the quadratic steps they replaced took minutes on them: one
 * 28 KB paragraph of a repeated name took 5.9 s to compile, and ten times
 * that is a hundred times longer), and checks the result is whole.
 */
import { describe, expect, it } from 'vitest';
import { ArticleCompiler } from '../../src/lib/compile/article';
import { paragraphsWithoutAnchor } from '../../src/lib/compile/paragraphs';
import { MAX_ARTICLE_BYTES, readContent } from '../../src/lib/content/read-content';
import { paragraphMarkdown } from '../../src/lib/ingest/to-markdown';
import { parseArticleBody } from '../../src/lib/markdown/render-article';
import { articleAnnotations } from '../../src/lib/site/article-annotations';
import { compareVersions } from '../../src/lib/site/version-diff';
import { projectRoot } from '../helpers/paths';

const { articles, knowledge } = readContent(`${projectRoot}content`);
const compiler = new ArticleCompiler(knowledge);
const data = articles[0]?.data;

/** What the article loader does with a body: one parse, the compile, the annotated HTML and its anchors. */
function loadBody(body: string) {
  if (data === undefined) throw new Error('no article in content/');
  expect(body.length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  const parsed = parseArticleBody(body);
  const facts = compiler.compile({ slug: 'long', data, paragraphs: parsed.paragraphs });
  const html = parsed.toHtml(articleAnnotations(facts.paragraphs));
  expect(paragraphsWithoutAnchor(parsed.paragraphs, html)).toEqual([]);
  return { facts, html };
}

describe('one article at the size limit, in one paragraph', { timeout: 30_000 }, () => {
  it('compiles 40,000 repetitions of a known name (280 KB)', () => {
    const { facts } = loadBody('Lavrov '.repeat(40_000));
    expect(facts.paragraphs[0]?.mentions).toHaveLength(40_000);
  });

  it('compiles and attributes 16,000 short quotes (460 KB)', () => {
    const { facts } = loadBody('"We will talk," Lavrov said. '.repeat(16_000));
    const quotes = facts.paragraphs[0]?.quotes ?? [];
    expect(quotes).toHaveLength(16_000);
    expect(quotes.every((quote) => quote.speaker?.type === 'person')).toBe(true);
  });

  it('compiles 40,000 quote pairs in one sentence (480 KB)', () => {
    const { facts } = loadBody('"a b" "c d" '.repeat(40_000));
    expect(facts.paragraphs[0]?.quotes).toHaveLength(80_000);
  });

  it('resolves and marks 13,000 repeated date expressions (490 KB)', () => {
    const { facts, html } = loadBody('on Tuesday and last week and March 5, '.repeat(13_000));
    expect(facts.paragraphs[0]?.dates).toHaveLength(39_000);
    expect(html.match(/class="resolved-date"/gu)).toHaveLength(39_000);
  });
});

describe('ingest, at the size limit', { timeout: 30_000 }, () => {
  it('writes 80,000 bare "www." addresses with an escape in each (400 KB) as Markdown', () => {
    // GFM would link each address with the escaped backtick in it: the dot is escaped to stop it.
    expect(paragraphMarkdown('www.`'.repeat(80_000))).toBe('www\\.\\`'.repeat(80_000));
  });

  it('writes 80,000 character references (400 KB) as Markdown', () => {
    expect(paragraphMarkdown('&amp;'.repeat(80_000))).toBe('\\&amp;'.repeat(80_000));
  });
});

describe('two versions of a story', { timeout: 30_000 }, () => {
  it('compares two unrelated versions of 5,000 paragraphs each', () => {
    const version = (name: string) =>
      Array.from({ length: 5_000 }, (_, index) => ({
        id: `p-${index + 1}`,
        text: `${name} ${index} ${name}${index} ${index * 7} ${index * 13}`,
      }));
    const differences = compareVersions(version('alpha'), version('beta'));
    expect(differences.filter((difference) => difference.kind === 'only-in-first')).toHaveLength(5_000);
    expect(differences.filter((difference) => difference.kind === 'only-in-second')).toHaveLength(5_000);
  });
});
