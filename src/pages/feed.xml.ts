import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { model } from '../data/model';
import { feedItems } from '../lib/site/feed';

/** An RSS feed of the articles and the rounds, newest first. */
export const GET: APIRoute = ({ site }) =>
  rss({
    title: 'Talks Tracker',
    description: 'Peace talks as the news reported them: new articles and rounds of negotiations.',
    site: site?.href ?? '/',
    items: feedItems(model),
  });
