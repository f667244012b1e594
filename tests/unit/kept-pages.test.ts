import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyOutDirExcept, keptPages, recordOutDir } from '../../src/lib/build/kept-pages';

/** An output folder as a finished build left it (a cached article page, a page without a cacheKey), and its cache. */
function finishedBuild(): { outDir: string; cacheDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'kept-out-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'kept-cache-'));
  for (const page of ['articles/a/index.html', 'articles/b/index.html', 'about/index.html']) {
    mkdirSync(join(outDir, page, '..'), { recursive: true });
    writeFileSync(join(outDir, page), page);
  }
  const paths = { '/articles/a/': 'articles/a/index.html', '/articles/b/': 'articles/b/index.html' };
  const manifest = {
    routes: {
      'src/pages/articles/[slug].astro': {
        paths: Object.fromEntries(Object.entries(paths).map(([path, outputFile]) => [path, { outputFile }])),
      },
    },
  };
  writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(manifest));
  recordOutDir(outDir, cacheDir, new Set(), new Set());
  return { outDir, cacheDir };
}

describe('pages kept in the last build’s folder', () => {
  it('keeps the pages the manifest keys, and removes the rest before the build', () => {
    const { outDir, cacheDir } = finishedBuild();
    const kept = keptPages(outDir, cacheDir);
    expect([...kept].sort()).toEqual(['articles/a/index.html', 'articles/b/index.html']);
    emptyOutDirExcept(outDir, cacheDir, kept);
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual([
      'articles',
      join('articles', 'a'),
      join('articles', 'a', 'index.html'),
      join('articles', 'b'),
      join('articles', 'b', 'index.html'),
    ]);
    // Until the build finishes, the folder is unknown to the next one.
    expect(keptPages(outDir, cacheDir).size).toBe(0);
  });

  it('removes a kept page the build did not make again, with its folder', () => {
    const { outDir, cacheDir } = finishedBuild();
    const kept = keptPages(outDir, cacheDir);
    emptyOutDirExcept(outDir, cacheDir, kept);
    recordOutDir(outDir, cacheDir, kept, new Set(['articles/a/index.html']));
    expect(existsSync(join(outDir, 'articles', 'a', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'articles', 'b'))).toBe(false);
  });

  it('keeps nothing in another folder, or after another build wrote the manifest', () => {
    const { outDir, cacheDir } = finishedBuild();
    expect(keptPages(mkdtempSync(join(tmpdir(), 'kept-out-')), cacheDir).size).toBe(0);
    writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify({ routes: {} }));
    expect(keptPages(outDir, cacheDir).size).toBe(0);
  });
});
