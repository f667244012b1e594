import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/markdown/render-article';

function render(markdown: string): string {
  return renderArticle(markdown).html;
}

describe('raw HTML in an article', () => {
  it('shows a script block as text in a paragraph of its own, never as a script', () => {
    const html = render('Before.\n\n<script>alert("x")</script>\n\nAfter.');
    expect(html).not.toContain('<script');
    expect(html).toContain('<p id="p-2">&#x3C;script>alert("x")&#x3C;/script>');
    expect(html).toContain('<p id="p-3">After.');
  });

  it('escapes inline tags and their event handlers', () => {
    const html = render('A photo <img src="x" onerror="alert(1)"> of the talks.');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('A photo &#x3C;img src="x" onerror="alert(1)"> of the talks.');
  });

  it('escapes iframes', () => {
    expect(render('<iframe src="https://example.com"></iframe>')).not.toContain('<iframe');
  });

  it('drops javascript: links but keeps their text', () => {
    const html = render('Read [the statement](javascript:alert(1)) here.');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('the statement');
  });

  it('keeps ordinary links', () => {
    expect(render('See [the report](https://example.com/report).')).toContain(
      '<a href="https://example.com/report">the report</a>',
    );
  });
});
