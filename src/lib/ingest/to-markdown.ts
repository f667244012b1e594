/**
 * Article text as Markdown that renders to exactly that text. Written by hand
 * rather than with remark-stringify (mdast-util-to-markdown with GFM): that
 * escapes more than it must ("[Putin]" becomes "\[Putin]", "3 * 4" "3 \* 4",
 * "AT&T" "AT\&T"), which clutters the file an editor reads, and 84 of the
 * 3000 strings of the fuzz test in tests/unit/ingest/to-markdown.test.ts do
 * not render back to their text, since GFM links a bare "www." or "http://"
 * address with the escapes after it (ingest would then refuse the article).
 * rehype-remark does not fit the HTML side either: ingest keeps words only,
 * never links, pictures, emphasis or page chrome, all of which it carries over.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyBlock } from './article-parts';

/** An entity or character reference, which Markdown would turn into the character it names. */
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where GFM starts a link from a bare address ("https://…", "www.…"), and the character to escape to stop it. */
const ADDRESS_LITERAL = /(?<![A-Za-z])(?:https?(?=:\/\/)|www(?=\.))/giu;

function isSpaceOrEdge(char: string): boolean {
  return char === '' || /\s/u.test(char);
}

/** Whether the character at `index` would be read as markup inside a line. */
function needsEscape(text: string, index: number): boolean {
  const char = text.charAt(index);
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  switch (char) {
    case '\\':
    case '`':
    case '~':
      return true;
    case '*':
    case '_':
      // Between spaces a star or underscore cannot open or close emphasis; between letters an underscore cannot either.
      if (isSpaceOrEdge(before) && isSpaceOrEdge(after)) return false;
      return !(char === '_' && WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after));
    case '<':
      // Raw HTML, autolinks and e-mail autolinks all start with a non-space after "<".
      return !isSpaceOrEdge(after);
    case ']':
      // Without "](", "][" or "]:" brackets are text: there are no link definitions to refer to.
      return /[([:]/u.test(after);
    case '&':
      // The longest reference is 34 characters ("&" and 32 of a name, ";"): no copy of the rest of the text.
      return CHARACTER_REFERENCE.test(text.slice(index, index + 40));
    default:
      return false;
  }
}

/**
 * Escapes what Markdown (CommonMark with GFM, as the site parses it) would
 * read as markup inside a line: backslashes, code spans, emphasis,
 * strikethrough, raw HTML and autolinks, character references, and link
 * brackets where they could close a link. Everything else is left as it is,
 * so "[Putin]", "3 * 4" and "snake_case" stay readable.
 */
function escapeInline(text: string): string {
  // Indices are UTF-16 code units, as charAt and matchAll count them.
  const escapes = Array.from({ length: text.length }, (_, index) => needsEscape(text, index));
  // GFM links a bare address up to the next space or "<", backslashes and all, which would
  // show an escape as a backslash: an address with an escape in it is kept from becoming a link.
  // Where each address ends, and whether an escape falls before it, come from one pass each way
  // over the text, not from a copy of the rest per address (400 KB of "www." took minutes).
  const nextEscape = new Int32Array(text.length + 2).fill(text.length + 1);
  const nextBreak = new Int32Array(text.length + 1).fill(text.length);
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const isBreak = /[\s<]/u.test(text.charAt(index));
    nextBreak[index] = isBreak ? index : (nextBreak[index + 1] ?? text.length);
    nextEscape[index] = escapes[index] ? index : (nextEscape[index + 1] ?? text.length + 1);
  }
  for (const address of text.matchAll(ADDRESS_LITERAL)) {
    const end = nextBreak[address.index] ?? text.length;
    // An escape at or before the character that ends the address (the old rule's `end + 1`).
    if ((nextEscape[address.index] ?? text.length + 1) <= end)
      escapes[address.index + address[0].length] = true;
  }
  return escapes.map((escape, index) => (escape ? `\\${text.charAt(index)}` : text.charAt(index))).join('');
}

/**
 * Escapes what would start a block at the beginning of a paragraph: an ATX
 * heading (`# `), a block quote (`>`), a list item (`- `, `+ `, `* `, `1. `,
 * `1) `) or a thematic break (`---`).
 */
function escapeLineStart(line: string): string {
  if (/^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|-(?:[ \t]*-){2,}[ \t]*$)/u.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/u, '$1\\$2');
}

/** One paragraph as Markdown that renders to exactly its text. */
export function paragraphMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** One section heading as a level-2 Markdown heading that renders to exactly its text. */
export function headingMarkdown(text: string): string {
  // A run of # ending a heading, alone or after a space, is read as its closing sequence.
  return `## ${escapeInline(text).replace(/(?<=^|[ \t])(#+)$/u, '\\$1')}`;
}

/** The article body as Markdown: one block per paragraph or heading, separated by blank lines. */
export function bodyMarkdown(blocks: readonly BodyBlock[]): string {
  return blocks
    .map((block) => (block.type === 'heading' ? headingMarkdown(block.text) : paragraphMarkdown(block.text)))
    .join('\n\n');
}

/** A block of Markdown as a reader sees it: its type and its text. */
export interface RenderedBlock {
  type: string;
  text: string;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/**
 * The top-level blocks of a Markdown body as the site's parser reads them
 * (a heading is `heading`, raw HTML is `html`), with their text: to check
 * that the Markdown written says exactly what the copy said.
 */
export function renderedBlocks(markdown: string): RenderedBlock[] {
  const tree: Root = markdownParser.parse(markdown);
  return tree.children.map((node) => ({
    type: node.type === 'heading' ? `heading-${node.depth}` : node.type,
    text: toString(node),
  }));
}
