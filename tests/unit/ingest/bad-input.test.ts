import { describe, expect, it } from 'vitest';
import { ingestArticle, type IngestOptions } from '../../../src/lib/ingest/ingest';
import { IngestError } from '../../../src/lib/ingest/ingest-error';
import { MAX_COPY_BYTES } from '../../../src/lib/ingest/read-input';
import { RAW_ARTICLE_FLAGS, readRaw, realContent } from './helpers';

const STATION_COPY = '002_3b84696dbbb53f91.txt';
const FLAGS = { fileName: 'copy.txt', outlet: 'CNN', published: '2022-03-11' };

/** The message of the IngestError an ingest throws; fails the test when it throws none or another error. */
function ingestError(
  bytes: Uint8Array | string,
  options: IngestOptions = FLAGS,
  withArticles = false,
): string {
  const input = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const content = withArticles ? realContent() : { articles: [], knowledge: realContent().knowledge };
  try {
    ingestArticle(input, options, content);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    expect(error.message, 'one line').not.toContain('\n');
    return error.message;
  }
  throw new Error('the ingest did not refuse the input');
}

describe('input the ingest refuses, with a one-line message', () => {
  it('refuses an empty file, and one of white space only', () => {
    expect(ingestError('')).toBe('copy.txt is empty.');
    expect(ingestError(' \n\u00a0\n\t\n')).toBe('copy.txt is empty (white space only).');
  });

  it('refuses a binary file', () => {
    expect(ingestError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]))).toBe(
      'copy.txt is a binary file (it has NUL bytes), not an article saved as text or HTML.',
    );
  });

  it('refuses text that is not valid UTF-8 rather than guessing its encoding', () => {
    // "Zelensky’s" in Windows-1252: the apostrophe is the single byte 0x92.
    const windows1252 = Buffer.concat([
      Buffer.from('Zelensky'),
      Buffer.from([0x92]),
      Buffer.from('s talks.\n'),
    ]);
    expect(ingestError(windows1252)).toBe(
      'copy.txt is not valid UTF-8 text; save the copy as UTF-8 and try again.',
    );
  });

  it('names the encoding when a UTF-16 copy has no byte-order mark, or its bytes are not UTF-16', () => {
    const text = 'Talks resume\n\nNegotiators met on Tuesday.\n';
    expect(ingestError(Buffer.from(text, 'utf16le'))).toBe(
      'copy.txt looks like UTF-16LE text without a byte-order mark; save the copy as UTF-8 and try again.',
    );
    expect(ingestError(Buffer.from(text, 'utf16le').swap16())).toBe(
      'copy.txt looks like UTF-16BE text without a byte-order mark; save the copy as UTF-8 and try again.',
    );
    // A byte-order mark, then a lone high surrogate (0xD800): not UTF-16 whatever the mark says.
    expect(ingestError(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]))).toBe(
      'copy.txt starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text; save the copy as UTF-8 and try again.',
    );
  });

  it('refuses a file with no paragraphs of article text', () => {
    expect(ingestError('Skip to content\n\nShare this article:\n\nMost Popular\n')).toBe(
      'copy.txt has no paragraphs of article text (only 3 line(s) of page chrome).',
    );
    expect(ingestError('Just a headline\n')).toBe('copy.txt has no paragraphs of article text.');
    expect(
      ingestError('<!doctype html><html><body><nav>Home</nav><script>x()</script></body></html>'),
    ).toMatch(/^copy\.txt has no paragraphs of article text/u);
  });

  it('names the flag for a missing outlet or date, and for a date the schema refuses', () => {
    const text = 'A headline\n\nA paragraph of the article.\n';
    expect(ingestError(text, { fileName: 'copy.txt', published: '2022-03-11' })).toBe(
      'copy.txt does not name its outlet: give it with --outlet "…".',
    );
    expect(ingestError(text, { fileName: 'copy.txt', outlet: 'CNN' })).toMatch(
      /^copy\.txt does not give its publication date: give it with --published /u,
    );
    expect(ingestError(text, { ...FLAGS, published: '2022-02-30' })).toMatch(
      /^--published "2022-02-30" is not a date/u,
    );
    expect(ingestError(text, { ...FLAGS, published: '2022-03-11T10:00' })).toMatch(
      /^--published "2022-03-11T10:00"/u,
    );
  });

  it('refuses a --url that is not an http(s) web address, before reading the copy', () => {
    // The copy is empty: the option is checked first, so the editor is not sent to fix the file in vain.
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/a', 'not a url']) {
      expect(ingestError('', { ...FLAGS, url })).toBe(
        `--url "${url}" is not a web address: give one that starts with http:// or https://.`,
      );
    }
    const long = `data:image/png;base64,${'A'.repeat(5000)}`;
    expect(ingestError('', { ...FLAGS, url: long })).toBe(
      `--url "${long.slice(0, 59)}…" is not a web address: give one that starts with http:// or https://.`,
    );
  });

  it('names the field and flag the articles schema refuses', () => {
    expect(ingestError('A headline\n\nA paragraph.\n', { ...FLAGS, title: 'A\u0007title' })).toMatch(
      /^The frontmatter would not pass the articles schema: title \(--title\): /u,
    );
    expect(ingestError('A headline\n\nA paragraph.\n', { ...FLAGS, slug: 'Not A Slug' })).toMatch(
      /^--slug "Not A Slug" is not a slug/u,
    );
  });

  it('never overwrites an existing article without force', () => {
    const taken = '2022-03-29-the-hill-peace-talks-fraught-with-uncertainty';
    expect(
      ingestError(
        readRaw(STATION_COPY),
        { fileName: STATION_COPY, ...RAW_ARTICLE_FLAGS[STATION_COPY], slug: taken },
        true,
      ),
    ).toBe(
      `content/articles/${taken}.md already exists; pass --force to overwrite it, or --slug to choose another slug.`,
    );
    const forced = ingestArticle(
      readRaw(STATION_COPY),
      { fileName: STATION_COPY, ...RAW_ARTICLE_FLAGS[STATION_COPY], slug: taken, force: true },
      realContent(),
    );
    expect(forced.replacesExisting).toBe(true);
  });
});

describe('input too large to be one article', () => {
  it('refuses a copy over the limit, with its size and the limit, before decoding it', () => {
    const copy = Buffer.alloc(MAX_COPY_BYTES + 1, 'a');
    expect(ingestError(copy)).toBe(
      "copy.txt is 10.0 MB; the limit for a saved copy is 10.0 MB (MAX_COPY_BYTES in src/lib/ingest/read-input.ts). Expected one article as text or as its page's HTML.",
    );
  });

  it('refuses a copy whose article would be over the build’s limit, with its size and the limit', () => {
    const paragraph = 'The delegations met again in Istanbul and talked for hours. '.repeat(20);
    const copy = `Talks resume in Istanbul\n\n${`${paragraph}\n\n`.repeat(500)}`;
    expect(ingestError(copy)).toMatch(
      /^copy\.txt gives an article of 5\d\d KB; the limit is 512 KB \(MAX_ARTICLE_BYTES in src\/lib\/content\/read-content\.ts\)\. Expected one news article; split a live blog into its posts\.$/u,
    );
  });
});
