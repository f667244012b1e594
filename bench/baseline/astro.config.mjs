// The benchmark's baseline: a plain Astro site with one page per article, the same Markdown rendered with
// Astro's default processor and no compiler. `npm run bench` builds it beside the real site.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  output: 'static',
  build: { format: 'directory' },
  ...(process.env['TALKS_CACHE_DIR'] ? { cacheDir: process.env['TALKS_CACHE_DIR'] } : {}),
  ...(process.env['TALKS_OUT_DIR'] ? { outDir: process.env['TALKS_OUT_DIR'] } : {}),
});
