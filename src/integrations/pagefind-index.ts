import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Stops the build with every message Pagefind reported, so a broken index never ships. */
function failOnErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind failed while ${step}:\n- ${errors.join('\n- ')}`);
  }
}

/**
 * The pages readers search: articles, rounds, people and parties (and the
 * unnamed sources, a people page). Timeline months, lists and their later
 * pages only repeat what these hold; Pagefind has no incremental index, so
 * reading only these keeps the index's share of every build small.
 */
export const SEARCHED_PAGES = '{articles,rounds,people,parties}/*/index.html';

/** The search page, the one page that loads Pagefind. */
export const SEARCH_PAGE = 'search/index.html';

/** What Pagefind's entry file says of each index language: its hash names the metadata file. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/**
 * Links that start the files a search needs loading while the search page is
 * still being read, in parallel, rather than one after another once its
 * script runs: the page's own script first (it starts the search; the links
 * would otherwise take the connections before it), Pagefind's script, its
 * entry file, its metadata and its WebAssembly, and the page's vocabulary.
 * The entry file carries the index's hash as its cache tag: the page passes
 * the same tag to Pagefind (`metaCacheTag`), so that Pagefind asks for the
 * very URL preloaded, and a new index is a new URL. Only the language the
 * page is in (`en`).
 */
export function searchPreloads(entry: PagefindEntry, pageScript?: string, language = 'en'): string {
  const index = entry.languages[language];
  if (index === undefined) return '';
  const modules = [...(pageScript === undefined ? [] : [pageScript]), '/pagefind/pagefind.js'];
  const fetched = [
    `/pagefind/pagefind-entry.json?ts=${index.hash}`,
    `/pagefind/pagefind.${index.hash}.pf_meta`,
    // An index without WebAssembly named in its entry: Pagefind finds its file itself, unpreloaded.
    ...(index.wasm === undefined ? [] : [`/pagefind/wasm.${index.wasm}.pagefind`]),
    '/search-vocabulary.json',
  ];
  return [
    ...modules.map((href) => `<link rel="modulepreload" href="${href}">`),
    ...fetched.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`),
  ].join('');
}

/** Adds the preload links to the built search page, at the end of its head. */
function preloadOnSearchPage(siteDir: string): void {
  const entry = JSON.parse(
    readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'),
  ) as PagefindEntry;
  const page = join(siteDir, SEARCH_PAGE);
  // A site without a search page (a test's folder of pages) has nothing to preload.
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8');
  const pageScript = /<script type="module" src="([^"]+)"/u.exec(html)?.[1];
  writeFileSync(page, html.replace('</head>', `${searchPreloads(entry, pageScript)}</head>`));
}

/**
 * Builds the Pagefind full-text index over the finished pages, through
 * Pagefind's Node API. Pages mark their content with `data-pagefind-body`;
 * the index goes to `dist/pagefind/`.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'talks-tracker:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          failOnErrors('starting', errors);
          if (index === undefined) throw new Error('Pagefind returned no index.');
          const added = await index.addDirectory({ path: siteDir, glob: SEARCHED_PAGES });
          failOnErrors('indexing pages', added.errors);
          if (added.page_count === 0) {
            throw new Error(`Pagefind found no HTML pages to index in ${siteDir}.`);
          }
          const written = await index.writeFiles({ outputPath: `${siteDir}pagefind` });
          failOnErrors('writing the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages into ${written.outputPath}`);
          preloadOnSearchPage(siteDir);
        } finally {
          await close();
        }
      },
    },
  };
}
