/**
 * Every paragraph of every article reaches its page, unchanged. Two checks:
 * the Markdown copy against the built page (for every article), and the raw
 * text as received against the built page (for articles that name their raw
 * copy), so neither a bad copy nor a bad build can lose a paragraph.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { articleBodyBlocks, normaliseWhitespace, readBuiltPage } from '../helpers/built-site';
import { readArticleSources } from '../helpers/content';
import { rawArticlesDir } from '../helpers/paths';

/** Page chrome that the raw copies carry and the site must not show, as the foundation issue lists it. */
const PAGE_CHROME = [
  /^Skip to content$/i,
  /^Share this article:$/,
  /^Read more here:$/,
  /^Jump to comments/,
  /^BE PART OF THE CONVERSATION$/,
  /^News Channel 3 is committed to providing a forum/,
  /^Please keep your comments respectful and relevant/,
  /^If you would like to share a story idea/,
  /^The Hill has removed its comment section/,
  /^Most Popular$/,
  /^Load more$/,
  /^See all (Hill\.TV|Video)/,
  /^Tags /,
  /^Article Topic Follows/,
  /^CNN Newsource$/,
  /^The-CNN-Wire$/,
  /^™ & © /,
  /^Author: /,
  / is the news editor of, follow him on Twitter /,
];

const articles = readArticleSources();

function markdownBlocks(markdown: string): { tag: string; text: string }[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks: { tag: string; text: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const tag = node.type === 'paragraph' ? 'p' : `h${node.depth}`;
      blocks.push({ tag, text: normaliseWhitespace(toString(node)) });
    }
  });
  return blocks;
}

describe('every paragraph of the Markdown copy reaches the page', () => {
  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  for (const article of articles) {
    it(article.slug, () => {
      const built = articleBodyBlocks(readBuiltPage(`articles/${article.slug}/`));
      expect(built.map(({ tag, text }) => ({ tag, text }))).toEqual(markdownBlocks(article.body));
      const paragraphIds = built.filter((block) => block.tag === 'p').map((block) => block.id);
      expect(paragraphIds).toEqual(paragraphIds.map((_, index) => `p-${index + 1}`));
    });
  }
});

describe('every paragraph of the raw text as received reaches the page', () => {
  const received = articles.filter((article) => typeof article.frontmatter['receivedAs'] === 'string');

  it('covers every raw article in the shared folder', () => {
    expect(existsSync(rawArticlesDir), `${rawArticlesDir} is missing`).toBe(true);
    expect(received.length).toBe(5);
  });

  for (const article of received) {
    const { receivedAs, title, subtitle, authors, contributors } = article.frontmatter as {
      receivedAs: string;
      title: string;
      subtitle?: string;
      authors: string[];
      contributors: string[];
    };

    it(`${receivedAs} → ${article.slug}`, () => {
      const isFrontmatterLine = (line: string) =>
        line === title ||
        line === subtitle ||
        (line.startsWith('By ') && authors.every((author) => line.includes(author))) ||
        (/contributed to this report\.?$/.test(line) && contributors.every((name) => line.includes(name)));

      const rawBlocks = readFileSync(join(rawArticlesDir, receivedAs), 'utf8')
        .split('\n')
        .map(normaliseWhitespace)
        .filter((line) => line !== '')
        .filter((line) => !PAGE_CHROME.some((pattern) => pattern.test(line)))
        .filter((line) => !isFrontmatterLine(line));

      const builtTexts = articleBodyBlocks(readBuiltPage(`articles/${article.slug}/`)).map(
        (block) => block.text,
      );
      const missing = rawBlocks.filter((block) => !builtTexts.includes(block));
      const extra = builtTexts.filter((text) => !rawBlocks.includes(text));
      expect(missing, 'paragraphs of the raw text missing or altered on the page').toEqual([]);
      expect(extra, 'blocks on the page that are not in the raw text').toEqual([]);
      expect(builtTexts).toEqual(rawBlocks);
    });
  }
});
