import type { APIRoute } from 'astro';
import { model } from '../data/model';
import { roundsExport } from '../lib/site/rounds-export';

/** Every round with its dates, place, format, URL and citations, for other tools. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(roundsExport(model, site?.href ?? '/'), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
