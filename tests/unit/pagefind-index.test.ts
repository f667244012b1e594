import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

/** The first bundle's files (`pagefind/` less the other bundle's folder), by path, with their digests. */
function earlierFiles(dir: string): Map<string, string> {
  return new Map(
    [...fingerprints(join(dir, 'pagefind')).entries()].filter(([path]) => !path.startsWith('newest/')),
  );
}

describe('the Pagefind index integration', { timeout: 60_000 }, () => {
  // Small folders, cut into bundles as an archive of 20,000 pages would be; one test below sets its own.
  beforeEach(() => {
    vi.stubEnv('TALKS_SEARCH_BUNDLES_FROM', '1');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

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

  it('indexes the articles of the newest month with the other pages, and the earlier articles apart', async () => {
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
    expect(pageCount('pagefind/newest')).toBe(3);
    // The other bundle is searched with the first one's script and WebAssembly.
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/newest/pagefind.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/newest/wasm.en.pagefind'))).toBe(false);
  });

  it('indexes a bundle of thousands of pages, each page once', { timeout: 180_000 }, async () => {
    // A bundle's pages were once named in one glob, which Pagefind stopped parsing at a few thousand.
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-large-'));
    for (let n = 0; n < 3000; n += 1)
      writePage(dir, `articles/2022-03-a${n}`, `March article ${n}`, '2022-03-11');
    writePage(dir, 'articles/2022-05-02-c', 'May article', '2022-05-02');
    writePage(dir, 'rounds/istanbul', 'Istanbul talks');
    expect(await indexFolder(dir)).toContain('Indexed 3002 pages in 2 bundles');
    const pageCount = (folder: string) =>
      (
        JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as {
          languages: { en: { page_count: number } };
        }
      ).languages.en.page_count;
    expect([pageCount('pagefind'), pageCount('pagefind/newest')]).toEqual([3000, 2]);
    // The folders the bundles were read from are gone: the site holds its pages once.
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps an archive below the bundles’ page count in one index, whatever its months', async () => {
    vi.stubEnv('TALKS_SEARCH_BUNDLES_FROM', '5');
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-one-'));
    writePage(dir, 'articles/2022-03-11-a', 'March article', '2022-03-11');
    writePage(dir, 'articles/2022-05-02-c', 'May article', '2022-05-02');
    writePage(dir, 'rounds/istanbul', 'Istanbul talks');
    writePage(dir, 'people/lavrov', 'Sergey Lavrov');
    expect(await indexFolder(dir)).toContain('Indexed 4 pages in 1 bundles');
    expect(existsSync(join(dir, 'pagefind/newest'))).toBe(false);
    writePage(dir, 'people/medinsky', 'Vladimir Medinsky');
    rmSync(join(dir, 'pagefind'), { recursive: true });
    expect(await indexFolder(dir)).toContain('Indexed 5 pages in 2 bundles');
  });

  it('indexes again only the bundles whose pages changed, and reuses the others byte for byte', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'talks-pagefind-cache-'));
    const build = async (changes: { march?: string; july?: string } = {}) => {
      const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-rebuild-'));
      writePage(dir, 'articles/2022-03-11-a', changes.march ?? 'March article', '2022-03-11');
      writePage(dir, 'articles/2022-05-02-c', 'May article', '2022-05-02');
      writePage(dir, 'articles/2022-07-02-d', changes.july ?? 'July article', '2022-07-02');
      writePage(dir, 'rounds/istanbul', 'Istanbul talks');
      return { dir, log: await indexFolder(dir, cacheDir) };
    };
    const first = await build();
    expect(first.log).toContain('2 bundles (earlier, newest indexed, 0 reused)');
    const again = await build();
    expect(again.log).toContain('2 bundles (none indexed, 2 reused)');
    expect(fingerprints(join(again.dir, 'pagefind'))).toEqual(fingerprints(join(first.dir, 'pagefind')));

    // An article of the newest month: the earlier articles' bundle is copied as it was.
    const newest = await build({ july: 'A retitled July article' });
    expect(newest.log).toContain('2 bundles (newest indexed, 1 reused)');
    expect(earlierFiles(newest.dir)).toEqual(earlierFiles(first.dir));
    expect(fingerprints(join(newest.dir, 'pagefind/newest'))).not.toEqual(
      fingerprints(join(first.dir, 'pagefind/newest')),
    );
    // An earlier article: the newest month's bundle is copied as it was.
    const earlier = await build({ july: 'A retitled July article', march: 'A retitled March article' });
    expect(earlier.log).toContain('2 bundles (earlier indexed, 1 reused)');
    expect(fingerprints(join(earlier.dir, 'pagefind/newest'))).toEqual(
      fingerprints(join(newest.dir, 'pagefind/newest')),
    );
    expect(earlierFiles(earlier.dir)).not.toEqual(earlierFiles(newest.dir));
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
    const [march, may] = [hash('pagefind'), hash('pagefind/newest')];
    const head = readFileSync(join(dir, 'search/index.html'), 'utf8').split('</head>')[0] ?? '';
    const hrefs = [...head.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/gu)].map(
      ([, href]) => href ?? '',
    );
    expect(hrefs).toEqual([
      '/_astro/search.js',
      '/pagefind/pagefind.js',
      `/pagefind/pagefind-entry.json?ts=${march}`,
      `/pagefind/pagefind.${march}.pf_meta`,
      `/pagefind/newest/pagefind-entry.json?ts=${may}`,
      `/pagefind/newest/pagefind.${may}.pf_meta`,
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
