import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { paragraphsOf, type ArticleParagraph } from '../compile/paragraphs';
import type { ArticleAnnotations } from '../site/article-annotations';
import { articleRehypePlugins, articleRemarkPlugins } from './article-pipeline';
import rehypeArticleAnnotations from './rehype-article-annotations';

const toMdast = unified().use(remarkParse).use(remarkGfm).use(articleRemarkPlugins);
const toHtml = unified().use(rehypeStringify);

/** An article body after its one parse: the paragraphs the compiler reads, and its HTML once annotated. */
export interface ParsedArticleBody {
  paragraphs: ArticleParagraph[];
  /** The HTML the page shows, with the compiler's findings marked (`rehypeArticleAnnotations`). */
  toHtml: (annotations: ArticleAnnotations) => string;
}

/**
 * Parses an article body once. What the compiler reads (its paragraphs, with
 * the anchors the page gives them) and what the page shows (sanitised HTML)
 * come from the same tree, so the two can never disagree; the HTML waits for
 * the compiled facts, which it marks up.
 */
export function parseArticleBody(markdown: string): ParsedArticleBody {
  const mdast = toMdast.runSync(toMdast.parse(markdown)) as MdastRoot;
  return {
    // Read before remark-rehype, which builds a new tree and leaves this one as it is.
    paragraphs: paragraphsOf(mdast),
    toHtml: (annotations) => {
      const toHast = unified()
        .use(remarkRehype)
        .use(articleRehypePlugins)
        .use(rehypeArticleAnnotations, { annotations });
      return toHtml.stringify(toHast.runSync(mdast));
    },
  };
}

/** An article body rendered with nothing marked: its HTML and its paragraphs. */
export function renderArticle(markdown: string): { html: string; paragraphs: ArticleParagraph[] } {
  const parsed = parseArticleBody(markdown);
  return { html: parsed.toHtml({}), paragraphs: parsed.paragraphs };
}
