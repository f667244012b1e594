import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/markdown/render-article';
import { paragraphAnchor } from '../../src/lib/markdown/remark-paragraph-ids';

function render(markdown: string): string {
  return renderArticle(markdown).html;
}

function ids(html: string): string[] {
  return [...html.matchAll(/<(?:p|h\d) id="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('remarkParagraphIds', () => {
  it('renders a paragraph with its id and a link to itself', () => {
    expect(render('Kalin said so.')).toBe(
      '<p id="p-1">Kalin said so.<a class="anchor-link anchor-link--paragraph" href="#p-1" aria-label="Link to paragraph 1" data-pagefind-ignore=""></a></p>',
    );
  });

  it('numbers paragraphs in body order and leaves headings out of the count', () => {
    const html = render('One.\n\n## Russian demands\n\nTwo.\n\nThree.\n\n## Neutrality policy\n\nFour.');
    expect(ids(html)).toEqual(['p-1', 'russian-demands', 'p-2', 'p-3', 'neutrality-policy', 'p-4']);
  });

  it('gives headings with the same text distinct ids', () => {
    const html = render('## Background\n\nOne.\n\n## Background\n\nTwo.');
    expect(ids(html)).toEqual(['background', 'p-1', 'background-1', 'p-2']);
  });

  it('never lets a heading take a paragraph anchor', () => {
    const html = render('## P 2\n\nOne.\n\nTwo.');
    const all = ids(html);
    expect(all).toEqual(['section-p-2', 'p-1', 'p-2']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives the same ids on every run', () => {
    const markdown = '## ‘It’s Vladimir Putin himself’\n\nOne.\n\nTwo.';
    expect(render(markdown)).toBe(render(markdown));
    expect(ids(render(markdown))).toEqual(['its-vladimir-putin-himself', 'p-1', 'p-2']);
  });

  it('names section links after their heading', () => {
    expect(render('## Neutrality policy')).toContain('aria-label="Link to section “Neutrality policy”"');
  });

  it('formats paragraph anchors as p-N', () => {
    expect(paragraphAnchor(12)).toBe('p-12');
  });
});

describe('every citable block has the anchor the compiler gives it', () => {
  /** The ids of every element of the page that has one. */
  function anchors(html: string): string[] {
    return [...html.matchAll(/<[a-z][a-z0-9]*\s[^>]*?\bid="([^"]+)"/gu)].map((match) => match[1] ?? '');
  }

  /** What the compiler reads, as `id text`. */
  function citable(markdown: string): string[] {
    return renderArticle(markdown).paragraphs.map(({ id, text }) => `${id} ${text}`);
  }

  it('anchors each item of a tight list, numbered in body order like the compiler', () => {
    const markdown = 'One.\n\n- Kalin said so.\n- Lavrov said no.\n\nTwo.';
    expect(citable(markdown)).toEqual(['p-1 One.', 'p-2 Kalin said so.', 'p-3 Lavrov said no.', 'p-4 Two.']);
    expect(anchors(render(markdown))).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(render(markdown)).toContain('<li>\n<p id="p-2">Kalin said so.<a class="anchor-link');
  });

  it('anchors a paragraph of a blockquote and of a nested list', () => {
    const markdown = '> Quoted.\n\n- Outer.\n  - Inner.';
    expect(citable(markdown)).toEqual(['p-1 Quoted.', 'p-2 Outer.', 'p-3 Inner.']);
    expect(anchors(render(markdown))).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('makes each table cell with text a citable block with its anchor', () => {
    const markdown =
      'One.\n\n| Party | Demand |\n| --- | --- |\n| Russia | neutral status |\n| Ukraine | |\n\nTwo.';
    expect(citable(markdown)).toEqual([
      'p-1 One.',
      'p-2 Party',
      'p-3 Demand',
      'p-4 Russia',
      'p-5 neutral status',
      'p-6 Ukraine',
      'p-7 Two.',
    ]);
    expect(anchors(render(markdown))).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7']);
  });

  it('leaves headings to their section anchors, outside the count', () => {
    const markdown = '## Demands\n\n- Neutral status.';
    expect(citable(markdown)).toEqual(['p-1 Neutral status.']);
    expect(anchors(render(markdown))).toEqual(['demands', 'p-1']);
  });
});
