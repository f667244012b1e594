import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, Root, TableCell } from 'mdast';
// Declares `data.hProperties`, the attributes remark-rehype copies onto the HTML element.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** The anchor of the n-th paragraph (1-based) of an article body. */
export function paragraphAnchor(n: number): string {
  return `p-${n}`;
}

/** Ids the article page gives to other things: paragraphs (`p-5`) and resolved dates (`date-p-5-1`). */
const PARAGRAPH_ANCHOR = /^(?:date-)?p-\d+(?:-\d+)?$/;

/**
 * Ids the article page's own elements carry (the layout's `<main id="main">`,
 * the findings beside the article): a heading "Main" gets `main-1`, so no two
 * elements share an id and the skip link still lands on the content.
 */
export const PAGE_IDS = [
  'main',
  'site-search',
  'copy-link-label',
  'article-findings',
  'article-findings-speakers',
  'article-findings-rounds',
  'article-findings-dates',
];

/**
 * A block of an article that a citation can point at, numbered `p-N`: a
 * paragraph wherever it stands (in a list item, a blockquote, a footnote)
 * and a table cell with text. Headings are not: they title sections, with
 * anchors of their own, and the paragraphs under them remember them.
 */
export type CitableBlock = Paragraph | TableCell;

/**
 * The citable blocks of an article body in body order, each with its number:
 * the one definition that both the page's anchors (this plugin) and the
 * compiler's paragraphs (`paragraphsOf`) are built from, so they agree.
 */
export function citableBlocks(tree: Root): { node: CitableBlock; number: number }[] {
  const blocks: { node: CitableBlock; number: number }[] = [];
  visit(tree, (node) => {
    const citable = node.type === 'paragraph' || (node.type === 'tableCell' && toString(node).trim() !== '');
    if (citable) blocks.push({ node, number: blocks.length + 1 });
  });
  return blocks;
}

/**
 * Gives every citable block and heading of an article a stable anchor id.
 *
 * Citable blocks are numbered `p-1`, `p-2`, … in body order, headings
 * excluded, so a citation such as `/articles/<slug>/#p-5` keeps pointing at
 * the same paragraph on every build. Lists are made loose, so that each
 * item's paragraph stays a `<p>` with its id: a tight list would melt it into
 * the `<li>`, id and all. Headings get a slug of their text; a heading whose
 * slug would look like a paragraph anchor is prefixed, so ids stay unique.
 */
export default function remarkParagraphIds() {
  return (tree: Root) => {
    for (const { node, number } of citableBlocks(tree)) setId(node, paragraphAnchor(number));
    const slugger = new GithubSlugger();
    for (const id of PAGE_IDS) slugger.slug(id);
    visit(tree, (node) => {
      if (node.type === 'list') {
        node.spread = true;
      } else if (node.type === 'heading') {
        const slug = slugger.slug(toString(node)) || slugger.slug('section');
        setId(node, PARAGRAPH_ANCHOR.test(slug) ? slugger.slug(`section-${slug}`) : slug);
      }
    });
  };
}

function setId(node: CitableBlock | Heading, id: string): void {
  node.data ??= {};
  node.data.hProperties = { ...node.data.hProperties, id };
}

/**
 * What in an article's Markdown the page would not show, though it is valid
 * Markdown, each with its line and what to change: a footnote that nothing
 * refers to (remark-rehype leaves it out), and table cells beyond the
 * header's (GFM drops them). A citation of their text would link nowhere.
 */
export function unshownMarkdown(tree: Root): { line: number | undefined; problem: string }[] {
  const referenced = new Set<string>();
  visit(tree, 'footnoteReference', (node) => {
    referenced.add(node.identifier);
  });
  const problems: { line: number | undefined; problem: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition' && !referenced.has(node.identifier)) {
      problems.push({
        line: node.position?.start.line,
        problem: `the footnote [^${node.label ?? node.identifier}] is never referred to in the text, so the page would not show it; refer to it with [^${node.label ?? node.identifier}] or remove it.`,
      });
    } else if (node.type === 'table') {
      const columns = node.children[0]?.children.length ?? 0;
      for (const row of node.children.slice(1))
        if (row.children.length > columns)
          problems.push({
            line: row.position?.start.line,
            problem: `this table row has ${String(row.children.length)} cells but the table's header has ${String(columns)}, so the page would drop the last ${String(row.children.length - columns)}; add header cells or join the row's cells.`,
          });
    }
  });
  return problems;
}
