import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Tinypool } from 'tinypool';
import type { Knowledge } from '../lib/compile/knowledge';
import { writeFileAtomically, writeFileAtomicallyInBackground } from '../lib/files/write-atomically';
import type { ArticleToCompile, CompiledArticleFiles, CompileOutcome } from './compile-article';

/** Articles a worker is sent at a time: enough to make the messages few, few enough to keep every worker busy to the end. */
const BATCH = 8;

/**
 * How many workers compile articles at most: one per core (the loader's own
 * thread mostly waits meanwhile), or `TALKS_COMPILE_THREADS` when set.
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
 * Writes a compiled article's three files, each whole or not at all (a later
 * build trusts the files it finds under the article's digest), and gives what
 * the loader keeps beside them. The HTML goes to a file of its own, not
 * through the content store: the store is bundled into the build as one
 * module, and every article's HTML in it was parsed on every build. Written
 * by the loader's thread, which waits on the workers meanwhile, in Node's
 * thread pool: flushed to disk in a worker, they took 7 % of its time.
 */
export async function keepCompiled(
  article: ArticleToCompile,
  compiled: CompiledArticleFiles,
): Promise<CompileOutcome> {
  if ('problems' in compiled) return compiled;
  const { facts, html, data, ...kept } = compiled;
  await Promise.all([
    writeFileAtomicallyInBackground(article.htmlFile, html),
    writeFileAtomicallyInBackground(article.factsFile, facts),
    writeFileAtomicallyInBackground(article.dataFile, data),
  ]);
  return kept;
}

/**
 * Compiles changed articles on every core: in batches, through a pool of
 * worker threads (tinypool), one worker per batch up to `threads`. The
 * outcomes come back in the order of `articles`, so what the loader stores
 * does not depend on which worker finished first. `rootUrl` is the project's
 * root, where the worker's file is; `bundleFile` where the workers' code goes
 * (`workerBundle`).
 *
 * Never in the loader's own thread, even for one article: there the compiler
 * was loaded by Vite with the loader, module by module (or, imported from
 * the bundle, transformed by Vite as one 5 MB module), at every build's
 * start, even when no article changed; a worker imports the bundle natively
 * in about 0.3 s, and only when there is something to compile.
 */
export async function compileArticles(
  articles: readonly ArticleToCompile[],
  knowledge: Knowledge,
  rootUrl: URL,
  bundleFile: string,
  threads = compileThreads(),
): Promise<CompileOutcome[]> {
  const batches: ArticleToCompile[][] = [];
  for (let start = 0; start < articles.length; start += BATCH)
    batches.push(articles.slice(start, start + BATCH));
  if (batches.length === 0) return [];
  const workers = Math.min(threads, batches.length);
  const pool = new Tinypool({
    filename: new URL('src/loaders/compile-worker.mjs', rootUrl).href,
    minThreads: workers,
    maxThreads: workers,
    workerData: { knowledge, builder: pathToFileURL(await workerBundle(rootUrl, bundleFile)).href },
  });
  try {
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
