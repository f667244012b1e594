import type { Element, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit as visitTree } from 'unist-util-visit';
import { isPublishedDate } from '../published-date';
import { deepestNesting, isStackOverflow } from '../tree-depth';
import { IngestError } from './ingest-error';
import { CHROME_ELEMENTS, CODE_ELEMENTS } from './page-chrome';
import type { RemovedText, SourceBlock, SourceBlockKind } from './source-block';
import { isWebAddress } from './web-address';

/** Facts the page states about itself in its metadata. */
export interface PageMetadata {
  /** `og:site_name`. */
  outlet?: string;
  /** `article:published_time`, or the article's `<time datetime>`, when it is a date the schema accepts. */
  published?: string;
  /** The canonical address (`<link rel="canonical">` or `og:url`), when it is an http(s) web address. */
  url?: string;
}

/** An HTML page read as an article: its text blocks, what was left out, and its metadata. */
export interface HtmlCopy {
  blocks: SourceBlock[];
  removed: RemovedText[];
  metadata: PageMetadata;
}

/**
 * Elements a browser shows as blocks: each starts a new block of text, and
 * every other element's text runs on in the block around it.
 */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Line breaks and rules split blocks, as they do when a browser copies the page. */
const BREAK_ELEMENTS = new Set(['br', 'hr']);

/** Classes and item properties a page marks its dek with: the only thing that makes a line a subtitle. */
const DEK_MARK = /(?:^|[\s_-])(?:dek|subtitle|sub-?headline|standfirst|summary|description)(?:$|[\s_-])/iu;

/** Whether the page marks an element as the article's dek (`class="dek"`, `itemprop="description"`). */
function isDek(element: Element): boolean {
  const marks = [attribute(element, 'className'), attribute(element, 'itemProp')].filter(
    (value): value is string => value !== undefined,
  );
  return element.tagName !== 'h1' && marks.some((mark) => DEK_MARK.test(mark));
}

function blockKind(tagName: string): SourceBlockKind | undefined {
  if (tagName === 'h1') return 'headline';
  if (/^h[2-6]$/u.test(tagName)) return 'heading';
  return BLOCK_ELEMENTS.has(tagName) ? 'paragraph' : undefined;
}

/** A style that hides the element from every reader: `display: none`, `visibility: hidden`. */
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?=;|$)/iu;

/**
 * Whether an element is hidden from every reader, by `hidden` or by its
 * inline style. Its text is left out: no reader of the page, sighted or
 * with a screen reader, gets it, and a browser's copy of the page leaves it
 * out too (it is often text for search engines, or a template's leftovers).
 */
function isHidden(element: Element): boolean {
  const style = element.properties['style'];
  return element.properties['hidden'] === true || (typeof style === 'string' && HIDING_STYLE.test(style));
}

function collapse(text: string): string {
  // HTML white space only: a no-break space is part of the text.
  return text.replace(/[ \t\n\f\r]+/gu, ' ').trim();
}

/** The words of an element for the summary, spaced so that "World" and "Politics" in two links stay apart. */
function spacedText(element: Element): string {
  const texts: string[] = [];
  visitTree(element, 'text', (text) => {
    texts.push(text.value);
  });
  return collapse(texts.join(' '));
}

function attribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value.trim() : undefined;
}

function pageMetadata(tree: Root, article: Root | Element): PageMetadata {
  const outlet = attribute(select('meta[property="og:site_name"]', tree), 'content');
  const published = [
    attribute(select('meta[property="article:published_time"]', tree), 'content'),
    attribute(select('time[datetime]', article), 'dateTime'),
  ]
    // Fractions of a second are more precision than the schema takes.
    .map((value) => value?.replace(/(T\d{2}:\d{2}:\d{2})\.\d+/u, '$1'))
    .find((value) => value !== undefined && isPublishedDate(value));
  const url = [
    attribute(select('link[rel~="canonical"]', tree), 'href'),
    attribute(select('meta[property="og:url"]', tree), 'content'),
  ].find((value) => value !== undefined && isWebAddress(value));
  return {
    ...(outlet === undefined || outlet === '' ? {} : { outlet }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
  };
}

/** The part of the page that holds the article: the largest `<article>`, else `<main>`, else the body. */
function articleElement(tree: Root, body: Root | Element): Root | Element {
  const articles = selectAll('article', tree).sort((a, b) => toString(b).length - toString(a).length);
  return articles[0] ?? select('main', tree) ?? body;
}

/**
 * How many elements a page may nest inside each other. News pages nest 30 to
 * 60; the tree walks below recurse once per level and overflow the stack
 * at a few thousand.
 */
export const MAX_HTML_NESTING = 256;

/** The page's tree; elements nested too deep to read are refused with the file, the depth and the line. */
function parsedHtml(html: string, fileName: string): Root {
  const tooDeep = (deepest: { depth: number; line: number | undefined }, about: string) =>
    new IngestError(
      `${fileName} nests ${about}${String(deepest.depth)} HTML elements inside each other${deepest.line === undefined ? '' : ` at line ${String(deepest.line)}`}; the limit is ${String(MAX_HTML_NESTING)}. Save the article's text, or the page as the browser shows it.`,
    );
  let tree: Root;
  try {
    tree = unified().use(rehypeParse).parse(html);
  } catch (error) {
    // The parser itself recursed too deep: the depth is counted from the tags.
    if (isStackOverflow(error)) throw tooDeep(tagNesting(html), 'about ');
    throw error;
  }
  const deepest = deepestNesting(tree, (node) => node.type === 'element');
  if (deepest.depth > MAX_HTML_NESTING) throw tooDeep(deepest, '');
  return tree;
}

/** Elements that have no end tag, which do not nest. */
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/** How deep the tags of a page nest, counted from its start and end tags alone, and where. */
function tagNesting(html: string): { depth: number; line: number | undefined } {
  let depth = 0;
  let deepest = { depth: 0, line: undefined as number | undefined };
  let line = 1;
  let counted = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/gu)) {
    const name = (tag[2] ?? '').toLowerCase();
    if (tag[1] === '/') depth -= 1;
    else if (tag[3] !== '/' && !VOID_ELEMENTS.has(name)) depth += 1;
    if (depth > deepest.depth) {
      for (; counted < tag.index; counted += 1) if (html.charCodeAt(counted) === 10) line += 1;
      deepest = { depth, line };
    }
  }
  return deepest;
}

/**
 * Reads the article out of an HTML page. Keeps the text of the `<article>`
 * element (or `<main>`, or `<body>`) as blocks, `<h1>` as a headline and
 * `<h2>`–`<h6>` as headings; leaves out scripts, styles, forms, navigation,
 * frames, pictures and other chrome elements, and every attribute (links
 * keep their words, never their address). Everything left out is listed.
 */
export function htmlBlocks(html: string, fileName = 'the page'): HtmlCopy {
  const tree = parsedHtml(html, fileName);
  const body = select('body', tree) ?? tree;
  const article = articleElement(tree, body);
  const blocks: SourceBlock[] = [];
  const removed: RemovedText[] = [];
  const outsideReason =
    article.type === 'element' ? `outside the <${article.tagName}> element` : 'outside the article';

  let buffer = '';
  let bufferLine: number | undefined;
  let bufferKind: SourceBlockKind = 'paragraph';
  let inside = article === body;

  const flush = () => {
    const text = collapse(buffer);
    const line = bufferLine ?? 1;
    if (text !== '') {
      if (inside) blocks.push({ text, line, kind: bufferKind });
      else removed.push({ text, reason: outsideReason, line });
    }
    buffer = '';
    bufferLine = undefined;
  };

  const visit = (node: RootContent, kind: SourceBlockKind) => {
    if (node.type === 'text') {
      if (buffer === '') {
        bufferKind = kind;
        bufferLine = node.position?.start.line;
      }
      buffer += node.value;
      return;
    }
    if (node.type !== 'element') return;
    const line = node.position?.start.line;
    const chromeReason = CHROME_ELEMENTS.get(node.tagName);
    // A <header> that holds the headline is the article's own, with its byline and dek.
    const keepsHeadline = node.tagName === 'header' && select('h1', node) !== undefined;
    const hidden = isHidden(node);
    if ((chromeReason !== undefined && !keepsHeadline) || hidden) {
      // A hidden element takes no room on the page, and a picture, drawing or button sits in its line:
      // the words before and after are one paragraph, as a reader sees them.
      if (BLOCK_ELEMENTS.has(node.tagName) && !hidden) flush();
      const isCode = CODE_ELEMENTS.has(node.tagName);
      if (isCode && !inside) return;
      const text = isCode ? `${toString(node).length} characters of code` : spacedText(node);
      removed.push({
        text: text === '' ? `<${node.tagName}>` : text,
        reason: `${hidden ? 'hidden element' : chromeReason} (<${node.tagName}>)`,
        ...(line === undefined ? {} : { line }),
      });
      return;
    }
    if (BREAK_ELEMENTS.has(node.tagName)) {
      flush();
      return;
    }
    const ownKind = isDek(node) ? 'dek' : blockKind(node.tagName);
    const wasInside = inside;
    if (ownKind !== undefined) flush();
    if (node === article) inside = true;
    for (const child of node.children)
      visit(child, ownKind === undefined || ownKind === 'paragraph' ? kind : ownKind);
    if (ownKind !== undefined) flush();
    inside = wasInside;
  };

  // The head holds no article text; its metadata is read on its own.
  for (const child of body.children) visit(child, 'paragraph');
  flush();
  return { blocks, removed, metadata: pageMetadata(tree, article) };
}
