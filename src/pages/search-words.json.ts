import type { APIRoute } from 'astro';
import { archiveSearchWords } from '../data/search-words';

/** The words spelling suggestions come from (src/lib/search/vocabulary.ts); fetched by the search page only when it suggests one. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(archiveSearchWords()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
