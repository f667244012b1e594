/**
 * A worker of the article loader's pool (`compile-pool.ts`): compiles the
 * batches of articles it is given with the same `ArticleBuilder` the loader
 * uses in its own thread. The loader's TypeScript is loaded through tsx, as
 * `npm run build` loads it; the knowledge comes from the loader, read and
 * checked once there.
 */
import { Tinypool } from 'tinypool';
import { register } from 'tsx/esm/api';

register();
const { ArticleBuilder } = await import('./compile-article.ts');
const builder = new ArticleBuilder(Tinypool.workerData.knowledge);

/** @param {import('./compile-article.ts').ArticleToCompile[]} batch */
export default function compileBatch(batch) {
  return batch.map((article) => builder.build(article));
}
