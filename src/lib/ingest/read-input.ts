import { IngestError } from './ingest-error';

/** How the copy was saved: the text a browser copies, or the page's HTML. */
export type InputFormat = 'plain-text' | 'html';

/** The copy as text, with how to read it. */
export interface ArticleInput {
  /** The decoded text, byte-order mark removed and line ends as `\n`. */
  text: string;
  format: InputFormat;
}

const HTML_EXTENSION = /\.x?html?$/iu;
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/iu;

/**
 * Decodes the bytes of a saved article. Throws an IngestError naming the
 * file when it is empty, binary (has NUL bytes) or not valid UTF-8, since
 * guessing another encoding could silently change the article's text.
 * HTML is recognised by the file name (`.html`, `.htm`) or by how the text starts.
 */
export function decodeArticleBytes(bytes: Uint8Array, fileName: string): ArticleInput {
  if (bytes.length === 0) throw new IngestError(`${fileName} is empty.`);
  if (bytes.includes(0)) {
    throw new IngestError(
      `${fileName} is a binary file (it has NUL bytes), not an article saved as text or HTML.`,
    );
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(`${fileName} is not valid UTF-8 text; save the copy as UTF-8 and try again.`);
  }
  const text = decoded.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new IngestError(`${fileName} is empty (white space only).`);
  const format = HTML_EXTENSION.test(fileName) || HTML_START.test(text) ? 'html' : 'plain-text';
  return { text, format };
}
