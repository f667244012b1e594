import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CompiledArticle } from '../lib/compile/article';
import { PACKED_HEAD_BYTES, piecePlace, type ArticleKind, type DataFormat } from '../lib/open-data/serialise';
import { sortNewestFirst } from '../lib/published-date';

export type Article = CollectionEntry<'articles'>;

/** Every article, newest first; loaded once per build and shared by every page. */
export const articlesNewestFirst: readonly Article[] = sortNewestFirst(
  await getCollection('articles'),
  (article) => article.data.published.date,
);

/** Where the article loader put an article's compiled facts: a file named by the article's digest. */
function compiledFile(article: Article): string {
  const file = article.rendered?.metadata?.['compiledFile'];
  if (typeof file !== 'string')
    throw new Error(`the article loader stored no compiled facts for ${article.id}`);
  return file;
}

/** What the article loader compiled from an article's one parse, read from its file (see `src/loaders/article-loader.ts`). */
export function compiledArticle(article: Article): CompiledArticle {
  // The loader wrote it from the CompiledArticle it compiled, in this build or an earlier one with the same digest.
  return JSON.parse(readFileSync(compiledFile(article), 'utf8')) as CompiledArticle;
}

/** The HTML of an article's body, as the article loader rendered it from its one parse, with the compiled facts marked. */
export function articleHtml(article: Article): string {
  const file = article.rendered?.metadata?.['htmlFile'];
  if (typeof file !== 'string') throw new Error(`the article loader stored no HTML for ${article.id}`);
  return readFileSync(file, 'utf8');
}

/**
 * An article's records of one kind of `/data/`, as the article loader
 * serialised them for that format (UTF-8): the file's first line says where
 * the piece is, and only those bytes are read. Six files of `/data/` read
 * every article's file; read whole each time, that was 3.3 s of a rebuild
 * at 5,000 articles.
 */
export function articleOpenDataPiece(article: Article, kind: ArticleKind, format: DataFormat): Buffer {
  const file = article.rendered?.metadata?.['dataFile'];
  if (typeof file !== 'string') throw new Error(`the article loader stored no open data for ${article.id}`);
  const descriptor = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PACKED_HEAD_BYTES);
    const { start, length } = piecePlace(
      head.subarray(0, readSync(descriptor, head, 0, PACKED_HEAD_BYTES, 0)),
      kind,
      format,
    );
    const piece = Buffer.allocUnsafe(length);
    for (let done = 0; done < length;) {
      const read = readSync(descriptor, piece, done, length - done, start + done);
      if (read === 0) throw new Error(`${file} ends before its open data's ${kind} (${format})`);
      done += read;
    }
    return piece;
  } finally {
    closeSync(descriptor);
  }
}

/** The digest an article was compiled under (its text, its corrections, the knowledge and the compiler's code). */
export function compiledDigest(article: Article): string {
  return basename(compiledFile(article), '.json');
}

/** The loader's folder of compiled facts, in the build's cache folder: where what builds share is kept. */
export function compiledFactsDir(): string {
  const [first] = articlesNewestFirst;
  // With no article there is nothing to keep; the system's temporary folder takes the empty result.
  return first === undefined ? tmpdir() : dirname(compiledFile(first));
}

/** How long the article takes to read, in minutes, as the loader counted it from the body. */
export function readingMinutesOf(article: Article): number {
  const minutes = article.rendered?.metadata?.['readingMinutes'];
  if (typeof minutes !== 'number')
    throw new Error(`the article loader stored no reading time for ${article.id}`);
  return minutes;
}
