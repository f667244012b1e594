import type { Html, Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Turns raw HTML in an article into plain text. Articles are third-party
 * text: a `<script>` or an `<iframe>` pasted with one must never reach the
 * page as markup, and must not vanish either (it is part of what was
 * received), so it is shown literally, escaped by the HTML serializer.
 */
export default function remarkEscapeRawHtml() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      // Block-level HTML becomes a paragraph of its own, so it gets an anchor like any other.
      const replacement: Paragraph | Text =
        parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
          ? { type: 'paragraph', children: [text] }
          : text;
      parent.children.splice(index, 1, replacement as never);
    });
  };
}
