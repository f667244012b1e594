// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import keptPages from './src/integrations/kept-pages.ts';
import { dateFnsPerFunction } from './src/lib/build/date-fns-imports.ts';

export default defineConfig({
  site: 'https://talks-tracker.example.org',
  output: 'static',
  trailingSlash: 'always',
  // Every stylesheet goes to a file: pages' Content-Security-Policy allows no inline style.
  // Four pages at a time: one at a time, the build waited on each page's writes for a quarter of the phase.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Articles are rendered by our own loader (src/loaders/article-loader.ts), with remark and rehype.
  // Each page's Content-Security-Policy is written by its layout (src/layouts/BaseLayout.astro).
  integrations: [keptPages(), sitemap(), pagefindIndex()],
  // Each date-fns function from its own module: the index loads all 250 (src/lib/build/date-fns-imports.ts).
  vite: { plugins: [dateFnsPerFunction()] },
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey are copied from the last build when it is unchanged.
    incrementalBuild: true,
  },
  // Tests and the benchmark build other content into folders of their own.
  ...(process.env['TALKS_CACHE_DIR'] ? { cacheDir: process.env['TALKS_CACHE_DIR'] } : {}),
  ...(process.env['TALKS_OUT_DIR'] ? { outDir: process.env['TALKS_OUT_DIR'] } : {}),
});
