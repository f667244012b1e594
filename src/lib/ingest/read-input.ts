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

type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark names; a UTF-8 mark is left to the UTF-8 decoder, which drops it. */
function utf16ByMark(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The most a saved copy may hold: a news page saved whole, with its scripts
 * and styles, is a few megabytes. More is not one article, and would take
 * minutes and gigabytes to read (50 MB: 284 s, 2.8 GB).
 */
export const MAX_COPY_BYTES = 10 * 1024 * 1024;

/** The message for a copy of `bytes` bytes, over the limit. */
export function copyTooLarge(fileName: string, bytes: number): string {
  const megabytes = (size: number) => `${(size / 1024 / 1024).toFixed(1)} MB`;
  return `${fileName} is ${megabytes(bytes)}; the limit for a saved copy is ${megabytes(MAX_COPY_BYTES)} (MAX_COPY_BYTES in src/lib/ingest/read-input.ts). Expected one article as text or as its page's HTML.`;
}

/** Control characters that text does not hold (tab, line ends and form feed aside). */
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f]/u;

/**
 * The UTF-16 encoding of bytes saved without a byte-order mark, when they
 * can only be that: an even length, NUL bytes (the high half of ASCII
 * characters) only ever at even or only at odd offsets, and text once decoded.
 */
function utf16WithoutMark(bytes: Uint8Array): Utf16Encoding | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const nulOffsets = new Set<number>();
  bytes.forEach((byte, index) => {
    if (byte === 0) nulOffsets.add(index % 2);
  });
  if (nulOffsets.size !== 1) return undefined;
  const encoding = nulOffsets.has(1) ? 'utf-16le' : 'utf-16be';
  try {
    return NOT_TEXT.test(new TextDecoder(encoding, { fatal: true }).decode(bytes)) ? undefined : encoding;
  } catch {
    return undefined;
  }
}

function decodedText(bytes: Uint8Array, fileName: string): string {
  const marked = utf16ByMark(bytes);
  if (marked !== undefined) {
    const name = marked.toUpperCase();
    try {
      return new TextDecoder(marked, { fatal: true }).decode(bytes);
    } catch {
      throw new IngestError(
        `${fileName} starts with a ${name} byte-order mark but is not valid ${name} text; save the copy as UTF-8 and try again.`,
      );
    }
  }
  if (bytes.includes(0)) {
    const unmarked = utf16WithoutMark(bytes);
    // Without a mark the byte order is a guess, and a wrong guess silently changes every character.
    if (unmarked !== undefined) {
      throw new IngestError(
        `${fileName} looks like ${unmarked.toUpperCase()} text without a byte-order mark; save the copy as UTF-8 and try again.`,
      );
    }
    throw new IngestError(
      `${fileName} is a binary file (it has NUL bytes), not an article saved as text or HTML.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(`${fileName} is not valid UTF-8 text; save the copy as UTF-8 and try again.`);
  }
}

/**
 * Decodes the bytes of a saved article: UTF-8, or UTF-16 with its
 * byte-order mark (as Windows programs save "Unicode" text). Throws an
 * IngestError naming the file when it is empty, binary (has NUL characters),
 * UTF-16 without a byte-order mark, or not valid in its encoding, since
 * guessing an encoding could silently change the article's text.
 * HTML is recognised by the file name (`.html`, `.htm`) or by how the text starts.
 */
export function decodeArticleBytes(bytes: Uint8Array, fileName: string): ArticleInput {
  if (bytes.length === 0) throw new IngestError(`${fileName} is empty.`);
  if (bytes.length > MAX_COPY_BYTES) throw new IngestError(copyTooLarge(fileName, bytes.length));
  const decoded = decodedText(bytes, fileName);
  if (decoded.includes('\u0000')) {
    throw new IngestError(
      `${fileName} is a binary file (it has NUL characters), not an article saved as text or HTML.`,
    );
  }
  const text = decoded.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new IngestError(`${fileName} is empty (white space only).`);
  const format = HTML_EXTENSION.test(fileName) || HTML_START.test(text) ? 'html' : 'plain-text';
  return { text, format };
}
