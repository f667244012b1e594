import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
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
 * Compiles changed articles on every core while the loader is still finding
 * them: once `poolFrom` articles are queued, a pool of worker threads
 * (tinypool) starts and is sent each batch as it fills, so the workers load
 * the compiler and compile while the loader reads and checks the rest. With
 * fewer articles, or one thread, they compile in this thread at the end. The
 * outcomes come back in the order the articles were added, so what the
 * loader stores does not depend on which worker finished first.
 */
export class CompileQueue {
  readonly #articles: ArticleToCompile[] = [];
  readonly #sent: Promise<CompileOutcome[]>[] = [];
  #batch: ArticleToCompile[] = [];
  #pool: Tinypool | undefined;

  constructor(
    private readonly knowledge: Knowledge,
    /** The project's root, where the worker's file is. */
    private readonly rootUrl: URL,
    private readonly threads = compileThreads(),
    /** How many articles start the pool: `POOL_FROM`, or one when `TALKS_COMPILE_THREADS` asks for workers. */
    private readonly poolFrom = process.env['TALKS_COMPILE_THREADS'] === undefined ? POOL_FROM : 1,
  ) {}

  /** Queues an article. Await it: with the pool running, it lets the workers' messages in, so each gets its next batch. */
  async add(article: ArticleToCompile): Promise<void> {
    this.#articles.push(article);
    if (this.#pool === undefined) {
      if (this.threads === 1 || this.#articles.length < this.poolFrom) return;
      this.#pool = new Tinypool({
        filename: new URL('src/loaders/compile-worker.mjs', this.rootUrl).href,
        minThreads: this.threads,
        maxThreads: this.threads,
        workerData: { knowledge: this.knowledge },
      });
      this.#batch = this.#articles.slice(0, -1);
    }
    this.#batch.push(article);
    if (this.#batch.length >= BATCH) this.#send();
    await setImmediate();
  }

  #send(): void {
    if (this.#pool === undefined || this.#batch.length === 0) return;
    for (let start = 0; start < this.#batch.length; start += BATCH) {
      const done = this.#pool.run(this.#batch.slice(start, start + BATCH)) as Promise<CompileOutcome[]>;
      // Awaited in `finish`; until then a failed batch must not count as an unhandled rejection.
      done.catch(() => undefined);
      this.#sent.push(done);
    }
    this.#batch = [];
  }

  /** Every queued article's outcome, in the order they were added; the pool, if any, is stopped. */
  async finish(): Promise<CompileOutcome[]> {
    if (this.#pool === undefined) {
      const builder = new ArticleBuilder(this.knowledge);
      return this.#articles.map((article) => builder.build(article));
    }
    try {
      this.#send();
      return (await Promise.all(this.#sent)).flat();
    } finally {
      await this.stop();
    }
  }

  /** Stops the pool without waiting for what it compiles: for a loader that stops on bad content. */
  async stop(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.destroy();
  }
}

/** Compiles `articles` as a queue does (`CompileQueue`), all of them known at once. */
export async function compileArticles(
  articles: readonly ArticleToCompile[],
  knowledge: Knowledge,
  rootUrl: URL,
  threads = compileThreads(),
  poolFrom?: number,
): Promise<CompileOutcome[]> {
  const queue = new CompileQueue(knowledge, rootUrl, threads, poolFrom);
  try {
    for (const article of articles) await queue.add(article);
  } catch (error) {
    await queue.stop();
    throw error;
  }
  return queue.finish();
}
