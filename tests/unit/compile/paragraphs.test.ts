import { describe, expect, it } from 'vitest';
import { extractParagraphs, paragraphsWithoutAnchor } from '../../../src/lib/compile/paragraphs';

describe('checking the page against the paragraphs the compiler reads', () => {
  const paragraphs = extractParagraphs('One.\n\nTwo.\n\nThree.');

  it('finds none missing when the page anchors each one', () => {
    const html = '<p id="p-1">One.</p><p id="p-2">Two.</p><td id="p-3">Three.</td>';
    expect(paragraphsWithoutAnchor(paragraphs, html)).toEqual([]);
  });

  it('names those the page has no anchor for, ignoring ids that are only text', () => {
    const html = '<p id="p-1">One.</p><li>Two.</li><p>Three. id="p-3"</p>';
    expect(paragraphsWithoutAnchor(paragraphs, html).map(({ id }) => id)).toEqual(['p-2', 'p-3']);
  });
});
