import type { Node, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkEscapeRawHtml from '../markdown/remark-escape-raw-html';
import remarkParagraphIds, { citableBlocks, paragraphAnchor } from '../markdown/remark-paragraph-ids';

/** One paragraph of an article body (a citable block: a paragraph, or a table cell), as the compiler sees it. */
export interface ArticleParagraph {
  /** The anchor on the article page (`p-5`), the same the page renders. */
  id: string;
  /** 1-based position among the article's paragraphs. */
  number: number;
  /** The paragraph's text, as readers see it. */
  text: string;
  /** The text of the section heading the paragraph sits under, if any. */
  heading?: string;
  /** Whether the paragraph is the first under its heading: a new section, where "he" may mean someone new. */
  opensSection?: true;
  /** Whether the paragraph is inside a block quote: someone's words set off without quotation marks. */
  inBlockQuote?: true;
}

// The same parse and the same id plugins as the article pipeline, so ids agree with the pages.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkEscapeRawHtml).use(remarkParagraphIds);

/** Splits an article body into its paragraphs, with the anchors the article page gives them. */
export function extractParagraphs(markdown: string): ArticleParagraph[] {
  return paragraphsOf(parser.runSync(parser.parse(markdown)) as Root);
}

/**
 * The paragraphs of an article's parsed tree: its citable blocks (paragraphs
 * and table cells, `citableBlocks`), numbered as the page anchors them.
 */
export function paragraphsOf(tree: Root): ArticleParagraph[] {
  const numbers = new Map<Node, number>(citableBlocks(tree).map(({ node, number }) => [node, number]));
  const quoted = new Set<Node>();
  visit(tree, 'blockquote', (blockquote) => {
    visit(blockquote, (node) => {
      quoted.add(node);
    });
  });
  const paragraphs: ArticleParagraph[] = [];
  let heading: string | undefined;
  let sectionOpened = false;
  visit(tree, (node) => {
    if (node.type === 'heading') {
      heading = toString(node);
      sectionOpened = true;
      return;
    }
    const number = numbers.get(node);
    if (number === undefined) return;
    paragraphs.push({
      id: paragraphAnchor(number),
      number,
      text: toString(node),
      ...(heading === undefined ? {} : { heading }),
      ...(sectionOpened ? { opensSection: true as const } : {}),
      ...(quoted.has(node) ? { inBlockQuote: true as const } : {}),
    });
    sectionOpened = false;
  });
  return paragraphs;
}

/** An element's `id="p-N"` in HTML: inside a tag, since text on the page is escaped and holds no `<`. */
const RENDERED_ANCHOR = /<[a-z][a-z0-9]*\s[^>]*?\bid="(p-\d+)"/gu;

/**
 * The paragraphs the compiler read that the page's HTML has no anchor for:
 * a citation of one would link to nothing. Empty unless the Markdown
 * pipeline drops an id, which the article loader turns into a stopped build.
 */
export function paragraphsWithoutAnchor(
  paragraphs: readonly ArticleParagraph[],
  html: string,
): ArticleParagraph[] {
  const rendered = new Set([...html.matchAll(RENDERED_ANCHOR)].map((match) => match[1]));
  return paragraphs.filter((paragraph) => !rendered.has(paragraph.id));
}
