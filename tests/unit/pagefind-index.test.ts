import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import pagefindIndex, { searchPreloads } from '../../src/integrations/pagefind-index';

/** Runs the integration's build-done hook over a folder, as Astro would at the end of a build. */
async function indexFolder(dir: string): Promise<void> {
  const hook = pagefindIndex().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  const logger = { info: vi.fn() } as unknown as AstroIntegrationLogger;
  await hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<typeof hook>[0]);
}

describe('the Pagefind index integration', { timeout: 30_000 }, () => {
  it('writes an index of the built pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-'));
    const page = (title: string) =>
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Medinsky and Arakhamia met.</p></main></body></html>`;
    mkdirSync(join(dir, 'rounds/istanbul'), { recursive: true });
    writeFileSync(join(dir, 'rounds/istanbul/index.html'), page('Istanbul talks'));
    // A month of the timeline repeats the rounds' text: it is not what readers search.
    mkdirSync(join(dir, 'timeline/2022-03'), { recursive: true });
    writeFileSync(join(dir, 'timeline/2022-03/index.html'), page('March 2022'));
    await indexFolder(dir);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([1]);
  });

  it('adds links to the search page that preload the files a search needs, the entry under the index hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-search-'));
    mkdirSync(join(dir, 'people/lavrov'), { recursive: true });
    writeFileSync(
      join(dir, 'people/lavrov/index.html'),
      '<!doctype html><html lang="en"><head><title>Lavrov</title></head><body><main data-pagefind-body><h1>Sergey Lavrov</h1></main></body></html>',
    );
    mkdirSync(join(dir, 'search'));
    writeFileSync(
      join(dir, 'search/index.html'),
      '<!doctype html><html lang="en"><head><title>Search</title></head><body><script type="module" src="/_astro/search.js"></script></body></html>',
    );
    await indexFolder(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; wasm: string }>;
    };
    const hash = entry.languages['en']?.hash ?? '';
    const head = readFileSync(join(dir, 'search/index.html'), 'utf8').split('</head>')[0] ?? '';
    const hrefs = [...head.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/gu)].map(
      ([, href]) => href ?? '',
    );
    expect(hrefs).toEqual([
      '/_astro/search.js',
      '/pagefind/pagefind.js',
      `/pagefind/pagefind-entry.json?ts=${hash}`,
      `/pagefind/pagefind.${hash}.pf_meta`,
      '/pagefind/wasm.en.pagefind',
      '/search-vocabulary.json',
    ]);
    for (const href of hrefs.slice(1, -1))
      expect(existsSync(join(dir, href.split('?')[0] ?? '')), href).toBe(true);
    expect(searchPreloads({ languages: {} })).toBe('');
    // No file guessed: an entry that names no WebAssembly gets no preload for it.
    expect(searchPreloads({ languages: { en: { hash: 'h' } } })).not.toContain('wasm');
  });

  it('fails the build when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-empty-'));
    await expect(indexFolder(dir)).rejects.toThrow(/found no HTML pages to index/);
  });
});
