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

const PARAGRAPH_ANCHOR = /^p-\d+$/;

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
