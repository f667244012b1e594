import GithubSlugger from 'github-slugger';
import type { Heading, Paragraph, Root } from 'mdast';
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
 * Gives every paragraph and heading of an article a stable anchor id.
 *
 * Paragraphs are numbered `p-1`, `p-2`, … in body order, headings excluded,
 * so a citation such as `/articles/<slug>/#p-5` keeps pointing at the same
 * paragraph on every build. Headings get a slug of their text; a heading
 * whose slug would look like a paragraph anchor is prefixed, so ids stay unique.
 */
export default function remarkParagraphIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    let paragraphCount = 0;
    visit(tree, (node) => {
      if (node.type === 'paragraph') {
        paragraphCount += 1;
        setId(node, paragraphAnchor(paragraphCount));
      } else if (node.type === 'heading') {
        const slug = slugger.slug(toString(node)) || slugger.slug('section');
        setId(node, PARAGRAPH_ANCHOR.test(slug) ? slugger.slug(`section-${slug}`) : slug);
      }
    });
  };
}

function setId(node: Paragraph | Heading, id: string): void {
  node.data ??= {};
  node.data.hProperties = { ...node.data.hProperties, id };
}
