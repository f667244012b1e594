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
        } finally {
          await close();
        }
      },
    },
  };
}
