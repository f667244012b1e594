import { getCollection, type CollectionEntry } from 'astro:content';
import type { CompiledArticle } from '../lib/compile/article';
import { comparePublishedNewestFirst } from '../lib/published-date';

export type Article = CollectionEntry<'articles'>;

/** Every article, newest first; loaded once per build and shared by every page. */
export const articlesNewestFirst: readonly Article[] = (await getCollection('articles')).sort((a, b) =>
  comparePublishedNewestFirst(a.data.published.date, b.data.published.date),
);

/** What the article loader compiled from an article's one parse (see `src/loaders/article-loader.ts`). */
export function compiledArticle(article: Article): CompiledArticle {
  const compiled = article.rendered?.metadata?.['compiled'];
  if (compiled === undefined)
    throw new Error(`the article loader stored no compiled facts for ${article.id}`);
  return compiled as CompiledArticle;
}

/** How long the article takes to read, in minutes, as the loader counted it from the body. */
export function readingMinutesOf(article: Article): number {
  const minutes = article.rendered?.metadata?.['readingMinutes'];
  if (typeof minutes !== 'number')
    throw new Error(`the article loader stored no reading time for ${article.id}`);
  return minutes;
}
