import type { APIRoute } from 'astro';
import { model } from '../data/model';
import { searchVocabulary } from '../lib/search/vocabulary';

/** What the search page knows beyond the index (src/lib/search/vocabulary.ts); fetched by the search page only. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchVocabulary(model)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
