import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ArticleCompiler } from '../../src/lib/compile/article';
import { parseArticleBody } from '../../src/lib/markdown/render-article';
import { articleAnnotations } from '../../src/lib/site/article-annotations';
import { corpus } from '../helpers/corpus';

const { articles, knowledge } = corpus();
const compiler = new ArticleCompiler(knowledge);
const published = { date: '2022-03-11', certainty: 'exact', basis: 'test' } as const;

/** An article body through the loader's one pass: parsed, compiled, rendered with its annotations. */
function annotate(markdown: string, data = articles[0]?.data) {
  if (data === undefined) throw new Error('the corpus has no articles');
  const parsed = parseArticleBody(markdown);
  const facts = compiler.compile({
    slug: 'test',
    data: { ...data, published },
    paragraphs: parsed.paragraphs,
  });
  const html = parsed.toHtml(articleAnnotations(facts.paragraphs));
  return { html, tree: unified().use(rehypeParse, { fragment: true }).parse(html), parsed, facts };
}

/** Each paragraph's text on the page, as hast-util-to-string reads it. */
const paragraphTexts = (tree: Root) =>
  selectAll('[id^="p-"]', tree).map((element: Element) => toString(element));

describe('rehypeArticleAnnotations', () => {
  it('links the first mention of a person and a party in a paragraph to their pages', () => {
    const { html } = annotate(
      'Russian Foreign Minister Sergey Lavrov said Russia would wait. Lavrov spoke of Russia again.',
    );
    expect(html).toContain(
      'Russian Foreign Minister <a href="/people/sergey-lavrov/" class="entity-link">Sergey Lavrov</a>',
    );
    expect(html).toContain('said <a href="/parties/russia/" class="entity-link">Russia</a> would wait');
    expect(html).toContain('. Lavrov spoke of Russia again.');
    expect(html.match(/href="\/people\/sergey-lavrov\/"/gu)).toHaveLength(1);
  });

  it('links each paragraph’s first mention again', () => {
    const { html } = annotate('Sergey Lavrov said so.\n\nLavrov said it again.');
    expect(html).toContain(
      '<p id="p-2"><a href="/people/sergey-lavrov/" class="entity-link">Lavrov</a> said it again.',
    );
  });

  it('wraps a resolved date in a focusable <time> that carries its day and is described by the list of dates', () => {
    const { html } = annotate('Sergey Lavrov spoke on Thursday.');
    expect(html).toContain(
      'on <time datetime="2022-03-10" class="resolved-date" tabindex="0" data-resolved="Thursday, 10 March 2022" aria-describedby="date-p-1-1">Thursday</time>.',
    );
  });

  it('marks a period no HTML date holds with a span, not a <time> with a made-up day', () => {
    const { html } = annotate('Officials have said so in recent days.');
    expect(html).toContain(
      '<span class="resolved-date" tabindex="0" data-resolved="between 4–11 March 2022"',
    );
    expect(html).not.toContain('<time');
  });

  it('links a round on the words that speak of it', () => {
    const { html } = annotate(
      'Dmytro Kuleba and Sergey Lavrov met in Turkey on Thursday, but those talks ended without a deal.',
    );
    expect(html).toContain('<a href="/rounds/2022-03-10-antalya/" class="entity-link">met</a> in Turkey');
  });

  it('links no round on a word two rounds share, since it cannot say which it means', () => {
    const { html, facts } = annotate(
      'Talks between Ukraine’s and Russia’s diplomats this week yielded no discernible progress.',
    );
    expect(facts.paragraphs[0]?.rounds.map((link) => link.round)).toEqual([
      '2022-03-07-belovezhskaya-pushcha',
      '2022-03-10-antalya',
    ]);
    expect(html).not.toContain('/rounds/');
  });

  it('never links inside a link, and leaves a name split across elements as it is', () => {
    const { html, tree } = annotate(
      '[Sergey Lavrov](https://example.com/lavrov) met *Dmytro* Kuleba on Thursday.',
    );
    expect(selectAll('a a', tree)).toEqual([]);
    expect(html).toContain('<a href="https://example.com/lavrov">Sergey Lavrov</a>');
    expect(html).toContain('<em>Dmytro</em> Kuleba');
    expect(html).toContain('>Thursday</time>');
  });

  it('finds the words again where the page’s text differs from the compiler’s (a line break)', () => {
    const { html, parsed } = annotate('Kuleba spoke first.  \nThen Sergey Lavrov spoke on Thursday.');
    expect(parsed.paragraphs[0]?.text).not.toContain('\n');
    expect(html).toContain(
      'Then <a href="/people/sergey-lavrov/" class="entity-link">Sergey Lavrov</a> spoke',
    );
    expect(html).toContain('>Thursday</time>.');
  });

  it('changes no word of any paragraph of the corpus', () => {
    for (const article of articles) {
      const { tree, parsed, html } = annotate(article.body, article.data);
      expect(html).toContain('class="entity-link"');
      expect(paragraphTexts(tree), article.slug).toEqual(
        parsed.paragraphs.map((paragraph) => paragraph.text),
      );
    }
  });
});
