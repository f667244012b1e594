import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../../src/lib/compile/paragraphs';
import { ingestArticle } from '../../../src/lib/ingest/ingest';
import { htmlBlocks } from '../../../src/lib/ingest/parse-html';
import { renderedBlocks } from '../../../src/lib/ingest/to-markdown';
import { articleSchema } from '../../../src/schemas/article';
import { fixturesDir, realContent } from './helpers';

const page = readFileSync(`${fixturesDir}page.html`);
const result = ingestArticle(
  page,
  { fileName: 'page.html' },
  { articles: [], knowledge: realContent().knowledge },
);
const body = parseFrontmatter(result.markdown).content;

describe('an article page saved as HTML', () => {
  it('comes out as Markdown with no script, handler, javascript: link, frame or form', () => {
    for (const unsafe of [
      '<script',
      'onerror',
      'onclick',
      'javascript:',
      '<iframe',
      '<form',
      'alert(',
      'tracker',
      '<img',
    ]) {
      expect(result.markdown, unsafe).not.toContain(unsafe);
    }
    expect(renderedBlocks(body).map((block) => block.type)).not.toContain('html');
  });

  it('keeps the article’s paragraphs and headings, with link words but no addresses', () => {
    expect(extractParagraphs(body).map((paragraph) => paragraph.text)).toEqual([
      'Ukrainian and Russian negotiators agreed on Wednesday to meet again in Istanbul, a Turkish official said, after two days of talks that ended without a ceasefire.',
      '“We are not there yet,” said Mykhailo Podolyak, an adviser to the Ukrainian president. He said the sides would exchange drafts by video link in the meantime.',
      'The Ukrainian draft asks for guarantees from at least eight countries, officials said. The page prints the markup <b>bold</b> &amp; an entity as text, and that must stay text.',
      '1. This paragraph starts like a list item, uses *asterisks*, _underscores_ and a [bracketed](aside), and ends with a hash #',
      '“Security guarantees are the core of it,” the adviser wrote.',
    ]);
    expect(result.headings).toEqual(['What the drafts say']);
    expect(body).toContain('\n## What the drafts say\n');
    expect(result.markdown).not.toContain('https://example.com/talks');
  });

  it('escapes text that looks like markup, so Markdown shows it as written', () => {
    expect(body).toContain('the markup \\<b>bold\\</b> \\&amp; an entity');
    expect(body).toContain(
      '1\\. This paragraph starts like a list item, uses \\*asterisks\\*, \\_underscores\\_',
    );
  });

  it('takes the headline from <h1>, the dek and byline from the article header, the facts from the metadata', () => {
    expect(articleSchema.safeParse(parseFrontmatter(result.markdown).frontmatter).success).toBe(true);
    expect(result.frontmatter).toMatchObject({
      title: 'Delegations agree to meet again in Istanbul',
      titleIsEditorial: false,
      subtitle: 'Negotiators say a ceasefire text is still far off',
      outlet: 'Example News',
      authors: ['Jane Doe', 'John Roe'],
      published: { date: '2022-03-30T09:15:00Z', certainty: 'exact' },
      url: 'https://news.example.com/2022/03/30/delegations-agree-to-meet-again/',
      receivedAs: 'page.html',
    });
    expect(result.slug).toBe('2022-03-30-example-news-delegations-agree-to-meet-again-in-istanbul');
  });

  it('lists what it left out, and why', () => {
    const removed = result.removed.map(({ text, reason }) => `${text} [${reason}]`);
    expect(removed).toEqual(
      expect.arrayContaining([
        'Skip to content [outside the <article> element]',
        'World Politics [page header (<header>)]',
        'March 30, 2022 [date line of the page (the date belongs in `published`)]',
        'Share on Twitter Copy link [navigation (<nav>)]',
        'Delegates at the table on Tuesday. (Photo: Example Agency) [figure (picture and caption) (<figure>)]',
        '<iframe> [embedded frame (<iframe>)]',
        'Share this article: [share prompt]',
        'Most Popular Another story [sidebar (<aside>)]',
        'Comments [outside the <article> element]',
        'Your comment Post [form (comments, sign-up or search) (<form>)]',
        '© 2022 Example News. All rights reserved. Privacy [footer (<footer>)]',
      ]),
    );
    expect(removed).toContainEqual(
      expect.stringMatching(/^\d+ characters of code \[script \(<script>\)\]$/u),
    );
  });

  it('never splits a paragraph at an inline element, and leaves out the text of hidden ones', () => {
    const paragraphs = (html: string) => htmlBlocks(html).blocks.map((block) => block.text);
    for (const inline of [
      '<img src=x alt="A photo">',
      '<svg viewBox="0 0 1 1"><text>Icon</text></svg>',
      '<button type="button">Share</button>',
      '<span hidden>hidden words</span>',
      '<span style="color: red; display : none !important">hidden words</span>',
      '<span style="visibility:hidden">hidden words</span>',
      '<div hidden>hidden words</div>',
    ]) {
      // A <div> closes a <p> around it, in a browser as in the parser: it is tried in a <div> and the body only.
      const containers = inline.startsWith('<div') ? ['div', 'body'] : ['p', 'div', 'body'];
      for (const container of containers) {
        const html = `<${container}>Alpha words before ${inline} beta words after</${container}>`;
        expect(paragraphs(html), html).toEqual(['Alpha words before beta words after']);
      }
    }
    const { removed } = htmlBlocks('<p>Alpha <span style="display:none">secret</span> beta</p>');
    expect(removed).toEqual([{ text: 'secret', reason: 'hidden element (<span>)', line: 1 }]);
    // Shown text stays, whatever its style says besides.
    expect(paragraphs('<p>Alpha <span style="display:inline">shown</span> beta</p>')).toEqual([
      'Alpha shown beta',
    ]);
  });

  it('reads <main>, then <body>, when the page has no <article>', () => {
    const { blocks } = htmlBlocks(
      '<body><nav>Home</nav><main><h1>Title</h1><p>First <i>paragraph</i>.</p><br><p>Second.</p></main><p>Outside.</p></body>',
    );
    expect(blocks).toEqual([
      { text: 'Title', line: 1, kind: 'headline' },
      { text: 'First paragraph.', line: 1, kind: 'paragraph' },
      { text: 'Second.', line: 1, kind: 'paragraph' },
    ]);
    expect(
      htmlBlocks('<p>Only <b>body</b> text.</p><div>Loose text<p>and a paragraph.</p></div>').blocks.map(
        (b) => b.text,
      ),
    ).toEqual(['Only body text.', 'Loose text', 'and a paragraph.']);
  });
});
