import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * An article's images live on other sites. Loading them would tell those
 * sites who reads what (and the pages' policy blocks them anyway), so each
 * becomes a link to the image, named by its alt text: the reader can still
 * open it, and nothing the editor saved disappears. A protocol-relative link
 * (`//host/path`) is spelt out as https, so the sanitiser, which lets relative
 * addresses through, judges it by its scheme like any other link.
 *
 * Runs before rehype-sanitize, which then keeps only http(s) and mailto links.
 */
export default function rehypeOutsideMediaAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'img' && parent !== undefined && index !== undefined) {
        const src = spelledOut(typeof node.properties['src'] === 'string' ? node.properties['src'] : '');
        const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'].trim() : '';
        parent.children[index] = {
          type: 'element',
          tagName: 'a',
          properties: { href: src, className: ['outside-image'] },
          children: [{ type: 'text', value: `Image: ${alt === '' ? 'no description' : alt}` }],
        };
        return;
      }
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string') node.properties['href'] = spelledOut(href);
    });
  };
}

/** An address with its scheme: a protocol-relative one (`//host/path`) as https. */
function spelledOut(address: string): string {
  return address.startsWith('//') ? `https:${address}` : address;
}
