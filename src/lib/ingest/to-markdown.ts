import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyBlock } from './article-parts';

/** An entity or character reference, which Markdown would turn into the character it names. */
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Escapes what Markdown (CommonMark with GFM, as the site parses it) would
 * read as markup inside a line: backslashes, code spans, emphasis,
 * strikethrough, raw HTML and autolinks, character references, and link
 * brackets where they could close a link. Everything else is left as it is,
 * so "[Putin]" and "snake_case" stay readable.
 */
function escapeInline(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    const needsEscape =
      char === '\\' ||
      char === '`' ||
      char === '*' ||
      char === '~' ||
      // An underscore between letters ("snake_case") never starts emphasis.
      (char === '_' && !(WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after))) ||
      (char === '<' && /[A-Za-z/!?]/u.test(after)) ||
      // Without "](", "][" or "]:" brackets are text: there are no link definitions to refer to.
      (char === ']' && /[([:]/u.test(after)) ||
      (char === '&' && CHARACTER_REFERENCE.test(text.slice(index)));
    escaped += needsEscape ? `\\${char}` : char;
  }
  return escaped;
}

/**
 * Escapes what would start a block at the beginning of a paragraph: an ATX
 * heading (`# `), a block quote (`>`), a list item (`- `, `+ `, `1. `,
 * `1) `) or a thematic break (`---`).
 */
function escapeLineStart(line: string): string {
  if (/^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-(?:[ \t]*-){2,}[ \t]*$)/u.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/u, '$1\\$2');
}

/** One paragraph as Markdown that renders to exactly its text. */
export function paragraphMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** One section heading as a level-2 Markdown heading that renders to exactly its text. */
export function headingMarkdown(text: string): string {
  // A run of # at the end of a heading, after a space, is read as its closing sequence.
  return `## ${escapeInline(text).replace(/(?<=[ \t])(#+)$/u, '\\$1')}`;
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
