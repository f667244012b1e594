import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import pagefindIndex, { searchPreloads } from '../../src/integrations/pagefind-index';
import { fingerprints } from '../helpers/fingerprints';

/**
 * Runs the integration's hooks over a folder, as Astro would at the end of a
 * build with `cacheDir` as its cache folder; returns what it logged.
 */
async function indexFolder(dir: string, cacheDir = mkdtempSync(join(tmpdir(), 'talks-pagefind-cache-'))) {
  const integration = pagefindIndex();
  const configDone = integration.hooks['astro:config:done'];
  const buildDone = integration.hooks['astro:build:done'];
  if (!configDone || !buildDone) throw new Error('the integration lacks its hooks');
  const info = vi.fn();
  const logger = { info } as unknown as AstroIntegrationLogger;
  await configDone({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } } as unknown as Parameters<
    typeof configDone
  >[0]);
  await buildDone({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<typeof buildDone>[0]);
  return info.mock.calls.map(([message]) => String(message)).join('\n');
}

/** A built page, with the date metadata an article page carries for the index. */
function writePage(dir: string, path: string, title: string, published?: string): void {
  mkdirSync(join(dir, path), { recursive: true });
  const date = published === undefined ? '' : `<span data-pagefind-meta="date:${published}"></span>`;
  writeFileSync(
    join(dir, path, 'index.html'),
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${date}<p>Medinsky and Arakhamia met.</p></main></body></html>`,
  );
}

/** The index's files under a folder of the site, by path, with their digests. */
function indexFiles(dir: string, folder: string): Map<string, string> {
  return new Map(
    [...fingerprints(join(dir, folder)).entries()].filter(
      ([path]) => !path.includes('/') || !/^\d/u.test(path),
    ),
  );
}

describe('the Pagefind index integration', { timeout: 60_000 }, () => {
  it('writes an index of the built pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-'));
    writePage(dir, 'rounds/istanbul', 'Istanbul talks');
    // A month of the timeline repeats the rounds' text: it is not what readers search.
    writePage(dir, 'timeline/2022-03', 'March 2022');
    await indexFolder(dir);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([1]);
  });

  it('indexes a bundle a month of articles, the other pages with the newest month', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-bundles-'));
    writePage(dir, 'articles/2022-03-11-a', 'March article', '2022-03-11');
    writePage(dir, 'articles/2022-03-29-b', 'Another March article', '2022-03-29');
    writePage(dir, 'articles/2022-05-02-c', 'May article', '2022-05-02');
    writePage(dir, 'rounds/istanbul', 'Istanbul talks');
    writePage(dir, 'people/lavrov', 'Sergey Lavrov');
    await indexFolder(dir);
    const pageCount = (folder: string) =>
      (
        JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as {
          languages: { en: { page_count: number } };
        }
      ).languages.en.page_count;
    expect(pageCount('pagefind')).toBe(2);
    expect(pageCount('pagefind/2022-05')).toBe(3);
    // The other bundles are searched with the first one's script and WebAssembly.
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/2022-05/pagefind.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/2022-05/wasm.en.pagefind'))).toBe(false);
  });

  it('indexes again only the bundles whose pages changed, and reuses the others byte for byte', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'talks-pagefind-cache-'));
    const build = async (mayTitle: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-rebuild-'));
      writePage(dir, 'articles/2022-03-11-a', 'March article', '2022-03-11');
      writePage(dir, 'articles/2022-05-02-c', mayTitle, '2022-05-02');
      writePage(dir, 'articles/2022-07-02-d', 'July article', '2022-07-02');
      writePage(dir, 'rounds/istanbul', 'Istanbul talks');
      return { dir, log: await indexFolder(dir, cacheDir) };
    };
    const first = await build('May article');
    expect(first.log).toContain('3 bundles (2022-03, 2022-05, 2022-07 indexed, 0 reused)');
    const again = await build('May article');
    expect(again.log).toContain('3 bundles (none indexed, 3 reused)');
    expect(fingerprints(join(again.dir, 'pagefind'))).toEqual(fingerprints(join(first.dir, 'pagefind')));

    const changed = await build('A retitled May article');
    expect(changed.log).toContain('3 bundles (2022-05 indexed, 2 reused)');
    expect(fingerprints(join(changed.dir, 'pagefind/2022-07'))).toEqual(
      fingerprints(join(first.dir, 'pagefind/2022-07')),
    );
    expect(indexFiles(changed.dir, 'pagefind')).toEqual(indexFiles(first.dir, 'pagefind'));
    expect(fingerprints(join(changed.dir, 'pagefind/2022-05'))).not.toEqual(
      fingerprints(join(first.dir, 'pagefind/2022-05')),
    );
  });

  it('adds links to the search page that preload the files a search needs, each entry under its index hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-search-'));
    writePage(dir, 'articles/2022-03-11-a', 'March article', '2022-03-11');
    writePage(dir, 'people/lavrov', 'Sergey Lavrov');
    writePage(dir, 'articles/2022-05-02-c', 'May article', '2022-05-02');
    mkdirSync(join(dir, 'search'));
    writeFileSync(
      join(dir, 'search/index.html'),
      '<!doctype html><html lang="en"><head><title>Search</title></head><body><script type="module" src="/_astro/search.js"></script></body></html>',
    );
    await indexFolder(dir);
    const hash = (folder: string) =>
      (
        JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { hash: string }>;
        }
      ).languages['en']?.hash ?? '';
    const [march, may] = [hash('pagefind'), hash('pagefind/2022-05')];
    const head = readFileSync(join(dir, 'search/index.html'), 'utf8').split('</head>')[0] ?? '';
    const hrefs = [...head.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/gu)].map(
      ([, href]) => href ?? '',
    );
    expect(hrefs).toEqual([
      '/_astro/search.js',
      '/pagefind/pagefind.js',
      `/pagefind/pagefind-entry.json?ts=${march}`,
      `/pagefind/pagefind.${march}.pf_meta`,
      `/pagefind/2022-05/pagefind-entry.json?ts=${may}`,
      `/pagefind/2022-05/pagefind.${may}.pf_meta`,
      '/pagefind/wasm.en.pagefind',
      '/search-vocabulary.json',
    ]);
    for (const href of hrefs.slice(1, -1))
      expect(existsSync(join(dir, href.split('?')[0] ?? '')), href).toBe(true);
    expect(searchPreloads([])).toBe('');
    // No file guessed: an entry that names no WebAssembly gets no preload for it.
    expect(
      searchPreloads([{ path: '/pagefind/', entry: { languages: { en: { hash: 'h' } } } }]),
    ).not.toContain('wasm');
  });

  it('fails the build when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-empty-'));
    await expect(indexFolder(dir)).rejects.toThrow(/found no HTML pages to index/);
  });
});
