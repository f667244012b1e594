import type { APIRoute } from 'astro';
import { model } from '../data/model';
import { searchWords } from '../lib/search/vocabulary';

/** The words spelling suggestions come from (src/lib/search/vocabulary.ts); fetched by the search page only when it suggests one. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchWords(model)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
