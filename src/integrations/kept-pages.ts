import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emptyOutDirExcept, keptPages, recordOutDir } from '../lib/build/kept-pages';

/**
 * A build into the folder of the last one leaves its unchanged pages where
 * they are. Astro empties the output folder before a build and then copies
 * every page whose `cacheKey` is unchanged back from its cache: at 5,000
 * articles, removing some 10,000 files and copying 9,400 back took 12 s of a
 * 83 s rebuild. Here the folder is emptied of everything else, Astro finds
 * those pages in place and skips them, and the pages no build made again (a
 * deleted article's) go at the end: the folder is what a build into an empty
 * folder gives (`tests/build/incremental.test.ts`). A build into another
 * folder (`npm run build`'s staging folder) gets the pages from the cache as before.
 */
export default function keptPagesIntegration(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let kept: ReadonlySet<string> = new Set();
  return {
    name: 'talks-tracker:kept-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/u, '');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        kept = keptPages(outDir, cacheDir);
        emptyOutDirExcept(outDir, cacheDir, kept);
      },
      'astro:build:done': ({ assets }) => {
        const built = new Set(
          [...assets.values()].flat().map((url) => fileURLToPath(url).slice(outDir.length + 1)),
        );
        recordOutDir(outDir, cacheDir, kept, built);
      },
    },
  };
}
