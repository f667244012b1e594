import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CompiledArticle } from '../lib/compile/article';
import { sortNewestFirst } from '../lib/published-date';

export type Article = CollectionEntry<'articles'>;

/** Every article, newest first; loaded once per build and shared by every page. */
export const articlesNewestFirst: readonly Article[] = sortNewestFirst(
  await getCollection('articles'),
  (article) => article.data.published.date,
);

/** What the article loader compiled from an article's one parse, read from its file (see `src/loaders/article-loader.ts`). */
export function compiledArticle(article: Article): CompiledArticle {
  const file = article.rendered?.metadata?.['compiledFile'];
  if (typeof file !== 'string')
    throw new Error(`the article loader stored no compiled facts for ${article.id}`);
  // The loader wrote it from the CompiledArticle it compiled, in this build or an earlier one with the same digest.
  return JSON.parse(readFileSync(file, 'utf8')) as CompiledArticle;
}

/** How long the article takes to read, in minutes, as the loader counted it from the body. */
export function readingMinutesOf(article: Article): number {
  const minutes = article.rendered?.metadata?.['readingMinutes'];
  if (typeof minutes !== 'number')
    throw new Error(`the article loader stored no reading time for ${article.id}`);
  return minutes;
}
