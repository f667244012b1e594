import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../src/lib/ingest/parse-html';
import { MAX_NESTING, NestingError, parseArticleBody } from '../../src/lib/markdown/render-article';

function nestingMessage(markdown: string): string {
  try {
    parseArticleBody(markdown).toHtml({});
  } catch (error) {
    if (error instanceof NestingError) return error.message;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('lists and block quotes nested too deep to read', () => {
  it('are refused with the depth, the line and the limit, not a stack overflow', () => {
    expect(nestingMessage(`A paragraph.\n\n${'- '.repeat(1_000)}deep\n`)).toBe(
      '1000 lists or block quotes are nested inside each other at line 3; the limit is 32. Expected paragraphs, with lists and quotes a few levels deep at most.',
    );
    expect(nestingMessage(`${'> '.repeat(5_000)}deep\n`)).toMatch(/^5000 lists or block quotes are nested/u);
    expect(nestingMessage(`${'- '.repeat(20_000)}deep\n`)).toMatch(
      /^20000 lists or block quotes are nested/u,
    );
  });

  it('are read up to the limit', () => {
    const { html } = { html: parseArticleBody(`${'> '.repeat(MAX_NESTING)}deep\n`).toHtml({}) };
    expect(html.match(/<blockquote>/gu)).toHaveLength(MAX_NESTING);
  });
});

describe('HTML elements nested too deep to read', () => {
  it('are refused by ingest with the file, the depth and the line, not a stack overflow', () => {
    const page = (depth: number) =>
      `<html><body><h1>Talks resume</h1>\n<p>The delegations met.</p>\n${'<div>'.repeat(depth)}<p>Deep.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(() => htmlBlocks(page(400), 'deep.html')).toThrow(
      "deep.html nests 403 HTML elements inside each other at line 3; the limit is 256. Save the article's text, or the page as the browser shows it.",
    );
    expect(() => htmlBlocks(page(5_000), 'deep.html')).toThrow(
      /^deep\.html nests (?:about )?50\d\d HTML elements/u,
    );
    expect(htmlBlocks(page(100), 'deep.html').blocks.map((block) => block.text)).toContain('Deep.');
  });
});
