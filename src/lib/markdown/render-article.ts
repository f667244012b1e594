import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { paragraphsOf, type ArticleParagraph } from '../compile/paragraphs';
import { articleRehypePlugins, articleRemarkPlugins } from './article-pipeline';

const toMdast = unified().use(remarkParse).use(remarkGfm).use(articleRemarkPlugins);
const toHast = unified().use(remarkRehype).use(articleRehypePlugins);
const toHtml = unified().use(rehypeStringify);

/** An article body after its one parse: the HTML its page shows and the paragraphs the compiler reads. */
export interface RenderedArticle {
  html: string;
  paragraphs: ArticleParagraph[];
}

/**
 * Parses an article body once and derives both what the compiler reads (its
 * paragraphs, with the anchors the page gives them) and what the page shows
 * (sanitised HTML), so the two can never disagree.
 */
export function renderArticle(markdown: string): RenderedArticle {
  const mdast = toMdast.runSync(toMdast.parse(markdown)) as MdastRoot;
  // Read before remark-rehype, which builds a new tree and leaves this one as it is.
  const paragraphs = paragraphsOf(mdast);
  const hast = toHast.runSync(mdast);
  return { html: toHtml.stringify(hast), paragraphs };
}
