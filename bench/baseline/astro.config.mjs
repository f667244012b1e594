// The benchmark's baselines: a plain Astro site with one page per article, the same Markdown and no compiler.
// `npm run bench` builds it twice beside the real site: with Astro's default Markdown processor, and with
// `TALKS_BASELINE_PROCESSOR=unified` with remark and rehype (@astrojs/markdown-remark), the pipeline the site's
// own loader uses, so the report shows what that pipeline costs by itself.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: 'https://baseline.example.org',
  output: 'static',
  build: { format: 'directory' },
  ...(process.env['TALKS_BASELINE_PROCESSOR'] === 'unified' ? { markdown: { processor: unified() } } : {}),
  ...(process.env['TALKS_CACHE_DIR'] ? { cacheDir: process.env['TALKS_CACHE_DIR'] } : {}),
  ...(process.env['TALKS_OUT_DIR'] ? { outDir: process.env['TALKS_OUT_DIR'] } : {}),
});
