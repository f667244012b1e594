import type { APIRoute } from 'astro';
import { model } from '../data/model';
import { roundCalendar } from '../lib/site/rounds-export';

/** The rounds as an iCalendar file, one all-day event each. */
export const GET: APIRoute = ({ site }) =>
  new Response(roundCalendar(model, site?.href ?? '/'), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
