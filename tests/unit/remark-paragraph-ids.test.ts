import { describe, expect, it } from 'vitest';
import { parseArticleBody, renderArticle } from '../../src/lib/markdown/render-article';
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

describe('ids the article page already uses', () => {
  it('are never a heading’s: "Main" is main-1, beside the layout’s <main id="main">', () => {
    const html = render('## Main\n\nOne.\n\n## Article findings\n\nTwo.\n\n## Date p 3 1\n\nThree.');
    expect(ids(html)).toEqual(['main-1', 'p-1', 'article-findings-1', 'p-2', 'section-date-p-3-1', 'p-3']);
  });
});

describe('valid Markdown the page would not show', () => {
  const unshown = (markdown: string) => parseArticleBody(markdown).unshown;

  it('names a footnote nothing refers to, with its line and what to change', () => {
    expect(unshown('One.[^a]\n\n[^a]: Shown.\n\n[^b]: Never referred to.\n')).toEqual([
      {
        line: 5,
        problem:
          'the footnote [^b] is never referred to in the text, so the page would not show it; refer to it with [^b] or remove it.',
      },
    ]);
  });

  it('names a table row with more cells than the header, with its line and what to change', () => {
    expect(unshown('| Party | Position |\n| --- | --- |\n| Ukraine | Guarantees | Extra words |\n')).toEqual([
      {
        line: 3,
        problem:
          "this table row has 3 cells but the table's header has 2, so the page would drop the last 1; add header cells or join the row's cells.",
      },
    ]);
  });

  it('finds nothing in an article the page shows whole', () => {
    expect(unshown('One.[^a]\n\n[^a]: Shown.\n\n| A | B |\n| - | - |\n| 1 | 2 |\n')).toEqual([]);
  });
});
