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
import { unshownMarkdown } from './remark-paragraph-ids';
import { deepestNesting, isStackOverflow } from '../tree-depth';

/**
 * How many lists and block quotes an article may nest inside each other:
 * real articles nest two or three. The Markdown libraries recurse once per
 * level and overflow the stack at about a thousand nested lists.
 */
export const MAX_NESTING = 32;
const CONTAINERS = new Set(['list', 'blockquote']);

/** An article whose lists or block quotes nest deeper than `MAX_NESTING`. */
export class NestingError extends Error {
  constructor(readonly deepest: { depth: number; line: number | undefined }) {
    super(NestingError.describe(deepest, 0));
  }

  /** The message, with the line counted in the whole file when the body starts `linesBefore` lines into it. */
  static describe(deepest: { depth: number; line: number | undefined }, linesBefore: number): string {
    const where = deepest.line === undefined ? '' : ` at line ${String(deepest.line + linesBefore)}`;
    return `${String(deepest.depth)} lists or block quotes are nested inside each other${where}; the limit is ${String(MAX_NESTING)}. Expected paragraphs, with lists and quotes a few levels deep at most.`;
  }
}

/**
 * The deepest line of Markdown by the container markers it starts with
 * ("> > - - text"): lists and quotes opened on one line. Nesting by
 * indentation takes a line per level, and is counted in the parsed tree.
 */
function textNesting(markdown: string): { depth: number; line: number | undefined } {
  let deepest = { depth: 0, line: undefined as number | undefined };
  markdown.split('\n').forEach((line, index) => {
    // "- - -" and "* * * *" alone on a line are a thematic break, not lists.
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u.test(line)) return;
    const markers = /^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$))*/u.exec(line)?.[0] ?? '';
    const depth = (markers.match(/>|[-+*]|\d{1,9}[.)]/gu) ?? []).length;
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}

const toMdast = unified().use(remarkParse).use(remarkGfm).use(articleRemarkPlugins);
const toHtml = unified().use(rehypeStringify);

/** An article body after its one parse: the paragraphs the compiler reads, and its HTML once annotated. */
export interface ParsedArticleBody {
  paragraphs: ArticleParagraph[];
  /** Valid Markdown the page would not show (`unshownMarkdown`), with its line in the body. */
  unshown: { line: number | undefined; problem: string }[];
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
  // Counted from the line starts before parsing: the parser's own work grows with the square of the
  // nesting (2,000 nested lists: 6 s; 20,000: minutes), so it must not be given such a line.
  const byLines = textNesting(markdown);
  if (byLines.depth > MAX_NESTING) throw new NestingError(byLines);
  let mdast: MdastRoot;
  try {
    mdast = toMdast.runSync(toMdast.parse(markdown)) as MdastRoot;
  } catch (error) {
    if (isStackOverflow(error)) throw new NestingError(textNesting(markdown));
    throw error;
  }
  const deepest = deepestNesting(mdast, (node) => CONTAINERS.has(node.type));
  if (deepest.depth > MAX_NESTING) throw new NestingError(deepest);
  return {
    // Read before remark-rehype, which builds a new tree and leaves this one as it is.
    paragraphs: paragraphsOf(mdast),
    unshown: unshownMarkdown(mdast),
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
