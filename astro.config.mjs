// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';

export default defineConfig({
  site: 'https://talks-tracker.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Articles are rendered by our own loader (src/loaders/article-loader.ts), with remark and rehype.
  // The policy goes in before the index is built, so Pagefind reads the final pages.
  integrations: [sitemap(), contentSecurityPolicy(), pagefindIndex()],
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey are copied from the last build when it is unchanged.
    incrementalBuild: true,
  },
  // Tests and the benchmark build other content into folders of their own.
  ...(process.env['TALKS_CACHE_DIR'] ? { cacheDir: process.env['TALKS_CACHE_DIR'] } : {}),
  ...(process.env['TALKS_OUT_DIR'] ? { outDir: process.env['TALKS_OUT_DIR'] } : {}),
});
