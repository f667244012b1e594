import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { paragraphNumber } from '../urls';

const ANCHORED_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Adds a link to itself inside every paragraph and heading that has an id,
 * so a reader can copy a link to one paragraph. The link carries no text:
 * its glyph comes from CSS and its name from `aria-label`, so the text of
 * the paragraph (what search indexes and citations quote) stays the article's own.
 */
export default function rehypeAnchorLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (!ANCHORED_TAGS.has(node.tagName) || typeof id !== 'string') return;
      const isParagraph = node.tagName === 'p';
      // Named after the heading, so a screen reader's list of links tells the sections apart.
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['anchor-link', isParagraph ? 'anchor-link--paragraph' : 'anchor-link--heading'],
          href: `#${id}`,
          ariaLabel: isParagraph
            ? `Link to paragraph ${paragraphNumber(id)}`
            : `Link to section “${toString(node)}”`,
          dataPagefindIgnore: '',
        },
        children: [],
      });
    });
  };
}
