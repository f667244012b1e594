import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../../src/lib/compile/paragraphs';
import { renderArticle } from '../../../src/lib/markdown/render-article';
import { ingestArticle } from '../../../src/lib/ingest/ingest';
import {
  bodyMarkdown,
  headingMarkdown,
  paragraphMarkdown,
  renderedBlocks,
} from '../../../src/lib/ingest/to-markdown';
import { realContent } from './helpers';

/** Paragraph texts that Markdown would read as markup if they were written as they are. */
const LOOKS_LIKE_MARKUP = [
  '# Not a heading',
  '###### Not a heading either',
  '> Not a block quote',
  '- Not a list',
  '+ Not a list',
  '1. Not a list',
  '2022) Not a list',
  '---',
  '- - -',
  '***',
  '___',
  '```js',
  '~~~',
  '*Not emphasis* and **not strong**',
  '_Not emphasis_ and __not strong__',
  '`not code`',
  '~~not struck~~ and ~not struck~',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)> and <iframe src="https://example.com">',
  '<!-- not a comment --> and <?php echo 1; ?>',
  '<https://example.com> is not an autolink',
  '[a link](https://example.com) and ![an image](x.png)',
  '[label]: https://example.com "not a definition"',
  '[^1]: not a footnote',
  '[ref][label] and [collapsed][]',
  'Entities stay text: &amp; &#38; &#x26; &copy;',
  'A backslash \\ and an escaped \\* star and a trailing backslash\\',
  'C:\\Users\\editor\\ and \\\\server',
  'Ends with two spaces and a hash #',
  '* Not a list, and * * * not a rule',
  'See https://example.com/_private_ or www.example.com/*star* and https://example.com<b>bold</b>',
  'Emoji 🇺🇦 before *stars* and after 🕊️_under_',
];

/** Paragraph texts that need no escaping, and must be written unchanged. */
const PLAIN = [
  '“I’m ready for negotiations with [Putin]. I was ready for the last two years,” Zelensky said.',
  'Disputed and conflict territories [are] in a separate case.',
  'The file snake_case_name is 3 * 4 < 20 and x_1 = 2.',
  'AT&T and R&D, ™ & ©, 5 > 4',
  '(CNN) -- US and NATO officials believe #hashtags are not headings.',
  '2022 was the year. 1.5 million people left.',
];

describe('writing article text as Markdown', () => {
  it('escapes what would be markup, so the site renders exactly the text received', () => {
    for (const text of LOOKS_LIKE_MARKUP) {
      const markdown = paragraphMarkdown(text);
      expect(renderedBlocks(markdown), markdown).toEqual([{ type: 'paragraph', text }]);
      expect(
        extractParagraphs(markdown).map((paragraph) => paragraph.text),
        markdown,
      ).toEqual([text]);
    }
  });

  it('renders no HTML element from text that looks like HTML', () => {
    const { html } = renderArticle(
      bodyMarkdown(LOOKS_LIKE_MARKUP.map((text) => ({ type: 'paragraph', text, line: 1 }))),
    );
    // Bare http(s) addresses may become links, as GFM makes them; no other element may appear.
    expect(html).not.toMatch(
      /<(?:script|img|iframe|em|strong|code|del|h1|h6|blockquote|ul|ol|li|hr|pre)[\s>]/u,
    );
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('writes any mix of Markdown punctuation so that it renders unchanged', () => {
    const pieces = [
      'a',
      'Z',
      '1',
      ' ',
      '.',
      ')',
      '#',
      '>',
      '-',
      '+',
      '*',
      '_',
      '`',
      '~',
      '<',
      '/',
      '!',
      '[',
      ']',
      ':',
      '&',
      ';',
      '\\',
      '|',
      '=',
      '"',
      'é',
      'http://',
      'www.',
      'x@y.co',
      '&amp;',
      '<b>',
      '</b>',
      '<!--',
      '\u00a0',
    ];
    // A fixed seed: the same strings on every run, so a failure can be reproduced.
    let state = 7;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let run = 0; run < 3000; run += 1) {
      const length = 1 + Math.floor(next() * 16);
      const text = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)])
        .join('')
        .trim();
      if (text === '') continue;
      expect(renderedBlocks(paragraphMarkdown(text)), JSON.stringify(text)).toEqual([
        { type: 'paragraph', text },
      ]);
      expect(renderedBlocks(headingMarkdown(text)), JSON.stringify(text)).toEqual([
        { type: 'heading-2', text },
      ]);
    }
  });

  it('leaves text alone that needs no escaping', () => {
    for (const text of PLAIN) expect(paragraphMarkdown(text)).toBe(text);
  });

  it('escapes exactly the characters that need it', () => {
    expect(paragraphMarkdown('1. *Star* _under_ `tick` <b> [x](y) &amp;')).toBe(
      '1\\. \\*Star\\* \\_under\\_ \\`tick\\` \\<b> [x\\](y) \\&amp;',
    );
    expect(paragraphMarkdown('# Heading?')).toBe('\\# Heading?');
  });

  it('writes headings whose text survives, closing hashes included', () => {
    for (const text of [
      '‘The pretense of diplomacy’',
      'We are #1 #',
      '#',
      '*Stars* and <b>',
      '1. Numbered',
    ]) {
      expect(renderedBlocks(headingMarkdown(text))).toEqual([{ type: 'heading-2', text }]);
    }
  });

  it('keeps raw HTML in a plain-text copy as text, never as markup', () => {
    const copy = [
      'A headline',
      '<script>alert("copied")</script>',
      'The page said <iframe src="https://example.com/embed"></iframe> right here.',
      '# Not a heading, but a line that starts with a hash',
    ].join('\n\n');
    const result = ingestArticle(
      Buffer.from(copy),
      { fileName: 'copy.txt', outlet: 'CNN', published: '2022-03-11' },
      {
        articles: [],
        knowledge: realContent().knowledge,
      },
    );
    expect(result.inputFormat).toBe('plain-text');
    expect(result.markdown).not.toMatch(/(?<!\\)<(?:script|iframe)/u);
    expect(
      extractParagraphs(result.markdown.split('---\n')[2] ?? '').map((paragraph) => paragraph.text),
    ).toEqual([
      '<script>alert("copied")</script>',
      'The page said <iframe src="https://example.com/embed"></iframe> right here.',
      '# Not a heading, but a line that starts with a hash',
    ]);
  });
});
