// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { articleRehypePlugins, articleRemarkPlugins } from './src/lib/markdown/article-pipeline.ts';
import sitemap from '@astrojs/sitemap';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';

export default defineConfig({
  site: 'https://talks-tracker.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Articles are evidence: SmartyPants would rewrite their quote marks and dashes, so it is off.
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: articleRemarkPlugins,
      rehypePlugins: articleRehypePlugins,
    }),
  },
  // The policy goes in before the index is built, so Pagefind reads the final pages.
  integrations: [sitemap(), contentSecurityPolicy(), pagefindIndex()],
  // Tests and the benchmark build other content into folders of their own.
  ...(process.env['TALKS_CACHE_DIR'] ? { cacheDir: process.env['TALKS_CACHE_DIR'] } : {}),
  ...(process.env['TALKS_OUT_DIR'] ? { outDir: process.env['TALKS_OUT_DIR'] } : {}),
});
