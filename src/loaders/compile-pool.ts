import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { Knowledge } from '../lib/compile/knowledge';
import { ArticleBuilder, type ArticleToCompile, type CompileOutcome } from './compile-article';

/**
 * Below this many changed articles the loader compiles in its own thread:
 * a worker takes about a second to load the compiler and its language model,
 * the time of some fifty articles.
 */
const POOL_FROM = 64;
/** Articles a worker is sent at a time: enough to make the messages few, few enough to keep every worker busy to the end. */
const BATCH = 8;

/**
 * How many workers compile articles: one per core (the loader's own thread
 * mostly waits meanwhile), or `TALKS_COMPILE_THREADS` when set; 1 compiles
 * in the loader's thread, whatever the count.
 */
export function compileThreads(): number {
  const set = process.env['TALKS_COMPILE_THREADS'];
  if (set === undefined || set === '') return availableParallelism();
  const threads = Number(set);
  if (!Number.isInteger(threads) || threads < 1)
    throw new Error(`TALKS_COMPILE_THREADS is "${set}"; expected a whole number of threads, 1 or more.`);
  return threads;
}

/**
 * Compiles changed articles on every core: in batches, through a pool of
 * worker threads (tinypool) when there are many, in this thread when there
 * are few or one thread is asked for. The outcomes come back in the order
 * of `articles`, so what the loader stores does not depend on which worker
 * finished first. `rootUrl` is the project's root, where the worker's file is.
 */
export async function compileArticles(
  articles: readonly ArticleToCompile[],
  knowledge: Knowledge,
  rootUrl: URL,
  threads = compileThreads(),
  /** How many articles take the pool: `POOL_FROM`, or one when `TALKS_COMPILE_THREADS` asks for workers. */
  poolFrom = process.env['TALKS_COMPILE_THREADS'] === undefined ? POOL_FROM : 1,
): Promise<CompileOutcome[]> {
  if (threads === 1 || articles.length < poolFrom) {
    const builder = new ArticleBuilder(knowledge);
    return articles.map((article) => builder.build(article));
  }
  const pool = new Tinypool({
    filename: new URL('src/loaders/compile-worker.mjs', rootUrl).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { knowledge },
  });
  try {
    const batches: ArticleToCompile[][] = [];
    for (let start = 0; start < articles.length; start += BATCH)
      batches.push(articles.slice(start, start + BATCH));
    const done = await Promise.all(batches.map((batch) => pool.run(batch) as Promise<CompileOutcome[]>));
    return done.flat();
  } finally {
    await pool.destroy();
  }
}
