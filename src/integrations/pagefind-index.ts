import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { linkTree } from '../lib/files/link-tree';
import {
  bundleDigest,
  bundleFolder,
  cutBundles,
  type SearchBundle,
  type SearchedPage,
} from '../lib/build/search-bundles';

/** Stops the build with every message Pagefind reported, so a broken index never ships. */
function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n- ${errors.join('\n- ')}`);
  }
}

/**
 * The folders of the pages readers search: articles, rounds, people and
 * parties (and the unnamed sources, a people page), each page at
 * `<folder>/<slug>/index.html`. Timeline months, lists and their later pages
 * only repeat what these hold; reading only these keeps the index's share of
 * every build small.
 */
export const SEARCHED_FOLDERS = ['articles', 'parties', 'people', 'rounds'] as const;

/** The search page, the one page that loads Pagefind. */
export const SEARCH_PAGE = 'search/index.html';

/** Pagefind's language for every page: the site is in English. */
const LANGUAGE = 'en';

/** Where a build keeps the bundles it indexed, under Astro's cache folder, each under its digest. */
const CACHE_FOLDER = 'talks-pagefind';

/** What shapes a bundle besides its pages: Pagefind's version and the options it is built with. */
const BUNDLE_SALT = JSON.stringify({
  pagefind: (
    JSON.parse(
      readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8'),
    ) as { version: string }
  ).version,
  forceLanguage: LANGUAGE,
});

/** The files of a bundle the search page merges into the first one's search: its index, not Pagefind's script or WebAssembly. */
const MERGED_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|filter|fragment)$/u;

/** What Pagefind's entry file says of each index language: its hash names the metadata file. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/** A bundle as the search page finds it: its folder's URL and its entry file. */
export interface BuiltBundle {
  path: string;
  entry: PagefindEntry;
}

/**
 * Links that start the files a search needs loading while the search page is
 * still being read, in parallel, rather than one after another once its
 * script runs: the page's own script first (it starts the search; the links
 * would otherwise take the connections before it), Pagefind's script, then
 * each bundle's entry file and metadata, the first one's WebAssembly (the
 * others are searched with it), and the page's vocabulary. Each entry file
 * carries its index's hash as its cache tag: the page passes the same tag to
 * Pagefind (`metaCacheTag`), so that Pagefind asks for the very URL
 * preloaded, and a new index is a new URL. The page finds the bundles to
 * merge in these links (src/scripts/search/pagefind.ts). Only the language
 * the page is in (`en`).
 */
export function searchPreloads(
  bundles: readonly BuiltBundle[],
  pageScript?: string,
  language = LANGUAGE,
): string {
  const indexes = bundles.flatMap(({ path, entry }) => {
    const index = entry.languages[language];
    return index === undefined ? [] : [{ path, ...index }];
  });
  const [first] = indexes;
  if (first === undefined) return '';
  const modules = [...(pageScript === undefined ? [] : [pageScript]), `${first.path}pagefind.js`];
  const fetched = [
    ...indexes.flatMap(({ path, hash }) => [
      `${path}pagefind-entry.json?ts=${hash}`,
      `${path}pagefind.${hash}.pf_meta`,
    ]),
    // An index without WebAssembly named in its entry: Pagefind finds its file itself, unpreloaded.
    ...(first.wasm === undefined ? [] : [`${first.path}wasm.${first.wasm}.pagefind`]),
    '/search-vocabulary.json',
  ];
  return [
    ...modules.map((href) => `<link rel="modulepreload" href="${href}">`),
    ...fetched.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`),
  ].join('');
}

/** Adds the preload links to the built search page, at the end of its head. */
function preloadOnSearchPage(siteDir: string, bundles: readonly BuiltBundle[]): void {
  const page = join(siteDir, SEARCH_PAGE);
  // A site without a search page (a test's folder of pages) has nothing to preload.
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8');
  const pageScript = /<script type="module" src="([^"]+)"/u.exec(html)?.[1];
  writeFileSync(page, html.replace('</head>', `${searchPreloads(bundles, pageScript)}</head>`));
}

/** The built pages readers search, in path order. */
function searchedPages(siteDir: string): SearchedPage[] {
  return SEARCHED_FOLDERS.flatMap((folder) => {
    const dir = join(siteDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
      .map((entry) => `${folder}/${entry.name}/index.html`)
      .sort()
      .map((path) => ({ path, html: readFileSync(join(siteDir, path), 'utf8') }));
  });
}

/** Every searched page of a site, as a glob for Pagefind: each folder's `<slug>/index.html`. */
const SEARCHED_GLOB = `{${SEARCHED_FOLDERS.join(',')}}/*/index.html`;

/**
 * A folder that holds exactly a bundle's pages at their paths, hard links to
 * the built files (copies where the file system has none), for Pagefind to
 * read as it reads the site. Pagefind indexes the same pages given as HTML
 * (`addHTMLFile`) into another index, which ranks ties otherwise, and a glob
 * naming each page stops parsing at a few thousand pages.
 */
function linkedBundleFolder(siteDir: string, bundle: SearchBundle): string {
  const folder = join(siteDir, `.pagefind-${bundle.name}-${String(process.pid)}`);
  rmSync(folder, { recursive: true, force: true });
  for (const page of bundle.pages) {
    const to = join(folder, page.path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(siteDir, page.path), to);
    } catch {
      copyFileSync(join(siteDir, page.path), to);
    }
  }
  return folder;
}

/**
 * Indexes one bundle's pages of the built site into `outputPath` with
 * Pagefind's Node API. A bundle of every searched page is read from the site
 * itself, as the one index of before was; another from a folder of its pages alone.
 */
async function indexBundle(
  siteDir: string,
  bundle: SearchBundle,
  outputPath: string,
  everyPage: boolean,
): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: LANGUAGE });
  failOnErrors('starting', errors);
  if (index === undefined) throw new Error('Pagefind returned no index.');
  const path = everyPage ? siteDir : linkedBundleFolder(siteDir, bundle);
  try {
    const added = await index.addDirectory({ path, glob: SEARCHED_GLOB });
    failOnErrors('indexing pages', added.errors);
    if (added.page_count !== bundle.pages.length)
      throw new Error(
        `Pagefind indexed ${added.page_count} of the ${bundle.pages.length} pages of bundle ${bundle.name}.`,
      );
    const written = await index.writeFiles({ outputPath });
    failOnErrors('writing the index', written.errors);
    await index.deleteIndex();
  } finally {
    if (!everyPage) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The bundle's files in the cache, indexed now when no earlier build left
 * them under its digest. Written beside and renamed into place, so a build
 * that stops halfway never leaves a partial bundle to be reused. Other
 * versions of the bundle are removed, off the main thread while Pagefind
 * indexes (`removed`): the cache keeps what the site has.
 */
async function cachedBundle(
  siteDir: string,
  cacheRoot: string,
  bundle: SearchBundle,
  everyPage: boolean,
): Promise<{ dir: string; built: boolean; removed: Promise<unknown> }> {
  const key = `${bundle.name}-${bundleDigest(bundle, BUNDLE_SALT).slice(0, 32)}`;
  const dir = join(cacheRoot, key);
  if (existsSync(dir)) return { dir, built: false, removed: Promise.resolve() };
  // A bundle's thousands of files took 1.6 s of the main thread to remove at 5,000 articles:
  // removed in the background while Pagefind, in its own process, indexes the new one.
  const removed = Promise.all(
    readdirSync(cacheRoot)
      .filter((other) => other !== key && other.startsWith(`${bundle.name}-`) && !other.endsWith('.partial'))
      .map((other) => rm(join(cacheRoot, other), { recursive: true, force: true })),
  );
  const staging = `${dir}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  await indexBundle(siteDir, bundle, staging, everyPage);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return { dir, built: true, removed };
}

/**
 * Indexes the searched pages of the built site into Pagefind bundles (the
 * newest month's articles with the other pages, and the earlier articles:
 * src/lib/build/search-bundles.ts), reusing the bundles an
 * earlier build indexed from the same pages, and puts them in `pagefind/`.
 * Returns the bundles, first the one the search page loads Pagefind from.
 */
export async function indexSite(
  siteDir: string,
  cacheRoot: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<BuiltBundle[]> {
  const started = performance.now();
  const pages = searchedPages(siteDir);
  if (pages.length === 0) throw new Error(`Pagefind found no HTML pages to index in ${siteDir}.`);
  const bundles = cutBundles(pages);
  mkdirSync(cacheRoot, { recursive: true });
  const rebuilt: string[] = [];
  const built: BuiltBundle[] = [];
  let cachedBundles: Awaited<ReturnType<typeof cachedBundle>>[];
  try {
    // Side by side: Pagefind's one process indexes them at once, on every core.
    cachedBundles = await Promise.all(
      bundles.map((bundle) => cachedBundle(siteDir, cacheRoot, bundle, bundles.length === 1)),
    );
  } finally {
    await close();
  }
  bundles.forEach((bundle, at) => {
    const cached = cachedBundles[at];
    if (cached === undefined) throw new Error(`bundle ${bundle.name} was not indexed`);
    if (cached.built) rebuilt.push(bundle.name);
    const folder = bundleFolder(bundles, bundle);
    const first = folder === 'pagefind';
    // Linked, not copied: the cache's files are replaced whole, never written in place.
    // The other bundles are searched with the first one's script and WebAssembly.
    linkTree(
      cached.dir,
      join(siteDir, folder),
      (path) => first || MERGED_FILES.test(path.split('/')[0] ?? ''),
    );
    built.push({
      path: `/${folder}/`,
      entry: JSON.parse(readFileSync(join(cached.dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry,
    });
  });
  await Promise.all(cachedBundles.map(({ removed }) => removed));
  logger.info(
    `Indexed ${pages.length} pages in ${bundles.length} bundles (${rebuilt.length === 0 ? 'none' : rebuilt.join(', ')} indexed, ${bundles.length - rebuilt.length} reused) in ${Math.round(performance.now() - started)} ms`,
  );
  return built;
}

/**
 * Builds the Pagefind full-text index over the finished pages, through
 * Pagefind's Node API, in bundles kept in Astro's cache folder between
 * builds. Pages mark their content with `data-pagefind-body`; the index goes
 * to `dist/pagefind/`.
 */
export default function pagefindIndex(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'talks-tracker:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        if (cacheDir === undefined) throw new Error('Astro gave the search index no cache folder.');
        const bundles = await indexSite(siteDir, join(fileURLToPath(cacheDir), CACHE_FOLDER), logger);
        preloadOnSearchPage(siteDir, bundles);
      },
    },
  };
}
