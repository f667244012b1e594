/**
 * `npm run bench:compile -- [N …]`: times the compiler alone (no Astro, no
 * pages) on the real content and on it plus N generated articles: the
 * per-article compile (what the content loader does once per changed
 * article) and the aggregation over all articles (what every build does).
 * The median of three runs each, after one warm-up run.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { generateCorpus } from '../src/lib/bench/generate-corpus';
import { ArticleCompiler } from '../src/lib/compile/article';
import { aggregateModel } from '../src/lib/compile/model';
import { readContent } from '../src/lib/content/read-content';
import { renderArticle } from '../src/lib/markdown/render-article';
import { articleSchema } from '../src/schemas/article';

const { articles, knowledge } = readContent(new URL('../content', import.meta.url).pathname);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed<T>(work: () => T): { ms: number; result: T } {
  let result = work();
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    result = work();
    return performance.now() - started;
  });
  return { ms: median(times), result };
}

for (const size of [0, ...(sizes.length > 0 ? sizes : [500])]) {
  const generated = generateCorpus(articles, knowledge, size).map((article) => {
    const { frontmatter, content } = parseFrontmatter(article.markdown);
    return { slug: article.slug, data: articleSchema.parse(frontmatter), body: content };
  });
  const corpus = [...articles, ...generated];
  const compiler = new ArticleCompiler(knowledge);
  const perArticle = timed(() =>
    corpus.map((source) =>
      compiler.compile({
        slug: source.slug,
        data: source.data,
        paragraphs: renderArticle(source.body).paragraphs,
      }),
    ),
  );
  const aggregation = timed(() => aggregateModel(perArticle.result, knowledge));
  const n = corpus.length;
  console.log(
    `${n} articles (${size} generated): parse, render and compile ${perArticle.ms.toFixed(0)} ms (${(perArticle.ms / n).toFixed(2)} ms per article); aggregate ${aggregation.ms.toFixed(0)} ms (${(aggregation.ms / n).toFixed(2)} ms per article)`,
  );
}
