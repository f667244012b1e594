import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkEscapeRawHtml from '../markdown/remark-escape-raw-html';
import remarkParagraphIds from '../markdown/remark-paragraph-ids';

/** One paragraph of an article body, as the compiler sees it. */
export interface ArticleParagraph {
  /** The anchor on the article page (`p-5`), the same the page renders. */
  id: string;
  /** 1-based position among the article's paragraphs. */
  number: number;
  /** The paragraph's text, as readers see it. */
  text: string;
  /** The text of the section heading the paragraph sits under, if any. */
  heading?: string;
}

// The same parse and the same id plugins as the article pipeline, so ids agree with the pages.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkEscapeRawHtml).use(remarkParagraphIds);

/** Splits an article body into its paragraphs, with the anchors the article page gives them. */
export function extractParagraphs(markdown: string): ArticleParagraph[] {
  return paragraphsOf(parser.runSync(parser.parse(markdown)) as Root);
}

/** The paragraphs of an article's parsed tree, once `remarkParagraphIds` has given them their ids. */
export function paragraphsOf(tree: Root): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  let heading: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'heading') {
      heading = toString(node);
    } else if (node.type === 'paragraph') {
      const id = node.data?.hProperties?.['id'];
      if (typeof id !== 'string') throw new Error('remarkParagraphIds gave a paragraph no id');
      paragraphs.push({
        id,
        number: paragraphs.length + 1,
        text: toString(node),
        ...(heading === undefined ? {} : { heading }),
      });
    }
  });
  return paragraphs;
}
