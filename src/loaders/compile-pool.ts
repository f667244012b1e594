import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Tinypool } from 'tinypool';
import type { Knowledge } from '../lib/compile/knowledge';
import { writeFileAtomically } from '../lib/files/write-atomically';
import {
  ArticleBuilder,
  keepCompiled,
  type ArticleToCompile,
  type CompiledArticleFiles,
  type CompileOutcome,
} from './compile-article';

/**
 * Below this many changed articles the loader compiles in its own thread.
 * Set when a worker took about a second to load the compiler and its language
 * model, the time of some fifty articles; from the bundle (`workerBundle`) it
 * takes about 0.3 s, but the bundle is made first when the code changed.
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
 * The workers' code: `compile-article.ts` and all it imports, our modules
 * and the packages, as one module at `file`. Loaded module by module through
 * tsx, the hundreds of modules took each worker 2.5 s of a 24 s cold build at
 * 1,000 articles; the one module loads in about 0.1 s. Made once per version
 * of the code: `file` is named by the loader's digest of its sources and the
 * lockfile, and other versions beside it are removed.
 */
export async function workerBundle(rootUrl: URL, file: string): Promise<string> {
  if (existsSync(file)) return file;
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('src/loaders/compile-article.ts', rootUrl))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // esbuild takes Node 22 for lacking \p{…} in regular expressions and rewrites each such literal
    // as `new RegExp(…)`, built again on every call: the compiler's patterns stay literals (2 % of a compile).
    supported: { 'regexp-unicode-property-escapes': true },
    write: false,
    logLevel: 'silent',
    // A package written as CommonJS may `require` Node's own modules.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const [bundle] = outputFiles;
  if (bundle === undefined) throw new Error('esbuild gave no bundle of the article compiler');
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  for (const other of readdirSync(folder))
    if (other !== basename(file)) rmSync(join(folder, other), { force: true });
  writeFileAtomically(file, bundle.contents);
  return file;
}

/**
 * Compiles changed articles on every core: in batches, through a pool of
 * worker threads (tinypool) when there are many, in this thread when there
 * are few or one thread is asked for. The outcomes come back in the order
 * of `articles`, so what the loader stores does not depend on which worker
 * finished first. `rootUrl` is the project's root, where the worker's file
 * is; `bundleFile` where the workers' code goes (`workerBundle`), bundled
 * only when the pool is used.
 */
export async function compileArticles(
  articles: readonly ArticleToCompile[],
  knowledge: Knowledge,
  rootUrl: URL,
  bundleFile: string,
  threads = compileThreads(),
  /** How many articles take the pool: `POOL_FROM`, or one when `TALKS_COMPILE_THREADS` asks for workers. */
  poolFrom = process.env['TALKS_COMPILE_THREADS'] === undefined ? POOL_FROM : 1,
): Promise<CompileOutcome[]> {
  if (threads === 1 || articles.length < poolFrom) {
    const builder = new ArticleBuilder(knowledge);
    return Promise.all(articles.map((article) => keepCompiled(article, builder.build(article))));
  }
  const pool = new Tinypool({
    filename: new URL('src/loaders/compile-worker.mjs', rootUrl).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { knowledge, builder: pathToFileURL(await workerBundle(rootUrl, bundleFile)).href },
  });
  try {
    const batches: ArticleToCompile[][] = [];
    for (let start = 0; start < articles.length; start += BATCH)
      batches.push(articles.slice(start, start + BATCH));
    // Each batch's files are written as it comes back, while the workers compile the next ones.
    const done = await Promise.all(
      batches.map(async (batch) => {
        const compiled = (await pool.run(batch)) as CompiledArticleFiles[];
        return Promise.all(
          compiled.map((files, at) => {
            const article = batch[at];
            if (article === undefined) throw new Error('a worker compiled more articles than it was given');
            return keepCompiled(article, files);
          }),
        );
      }),
    );
    return done.flat();
  } finally {
    await pool.destroy();
  }
}
