import { getCollection, type CollectionEntry } from 'astro:content';
import { comparePublishedNewestFirst } from '../lib/published-date';

export type Article = CollectionEntry<'articles'>;

/** Every article, newest first; loaded once per build and shared by every page. */
export const articlesNewestFirst: readonly Article[] = (await getCollection('articles')).sort((a, b) =>
  comparePublishedNewestFirst(a.data.published.date, b.data.published.date),
);
