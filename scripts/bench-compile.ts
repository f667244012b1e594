/**
 * `npm run bench:compile -- [N …]`: times the compiler alone (no Astro, no
 * pages) on the real content and on it plus N generated articles; the median
 * of three runs each, after one warm-up run.
 */
import { generateCorpus } from '../src/lib/bench/generate-corpus';
import { compileModel } from '../src/lib/compile/model';
import { readContent } from '../src/lib/content/read-content';
import { articleSchema } from '../src/schemas/article';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const { articles, knowledge } = readContent(new URL('../content', import.meta.url).pathname);
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

for (const size of [0, ...(sizes.length > 0 ? sizes : [500])]) {
  const generated = generateCorpus(articles, knowledge, size).map((article) => {
    const { frontmatter, content } = parseFrontmatter(article.markdown);
    return { slug: article.slug, data: articleSchema.parse(frontmatter), body: content };
  });
  const corpus = [...articles, ...generated];
  compileModel(corpus, knowledge);
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    compileModel(corpus, knowledge);
    return performance.now() - started;
  });
  const ms = median(times);
  console.log(
    `${corpus.length} articles (${size} generated): ${ms.toFixed(0)} ms, ${(ms / corpus.length).toFixed(2)} ms per article`,
  );
}
