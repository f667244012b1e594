/**
 * A worker of the article loader's pool (`compile-pool.ts`): compiles the
 * batches of articles it is given with the same `ArticleBuilder` the loader
 * uses in its own thread, loaded from the one module the pool bundled it
 * into (`workerBundle`); the knowledge comes from the loader, read and
 * checked once there.
 */
import { Tinypool } from 'tinypool';

const { ArticleBuilder } = await import(Tinypool.workerData.builder);
const builder = new ArticleBuilder(Tinypool.workerData.knowledge);

/** @param {import('./compile-article.ts').ArticleToCompile[]} batch */
export default function compileBatch(batch) {
  return batch.map((article) => builder.build(article));
}
