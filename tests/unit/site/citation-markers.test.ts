import { describe, expect, it } from 'vitest';
import type { ResolvedCitation } from '../../../src/lib/compile/model';
import { citationMarkers } from '../../../src/lib/site/citation-markers';
import { buildTimeline } from '../../../src/lib/site/timeline';
import { corpus } from '../../helpers/corpus';

function citation(article: string, paragraphId: string, text?: string): ResolvedCitation {
  const url = `/articles/${article}/#${paragraphId}`;
  return {
    article,
    paragraphId,
    quote: text ?? '',
    url,
    highlightUrl: text === undefined ? url : `${url}:~:text=${text}`,
  };
}

describe('citationMarkers', () => {
  it('gives one marker a paragraph, in the order the citations come', () => {
    const markers = citationMarkers([
      citation('hill', 'p-11', 'a'),
      citation('cnn', 'p-2', 'b'),
      citation('hill', 'p-11', 'c'),
      citation('hill', 'p-1', 'd'),
    ]);
    expect(markers.map((marker) => marker.url)).toEqual([
      '/articles/hill/#p-11',
      '/articles/cnn/#p-2',
      '/articles/hill/#p-1',
    ]);
  });

  it('highlights every distinct passage of a merged paragraph, each once', () => {
    const [marker] = citationMarkers([
      citation('hill', 'p-11', 'a'),
      citation('hill', 'p-11', 'b,c'),
      citation('hill', 'p-11', 'a'),
    ]);
    expect(marker).toEqual({
      article: 'hill',
      paragraphId: 'p-11',
      url: '/articles/hill/#p-11',
      highlightUrl: '/articles/hill/#p-11:~:text=a&text=b,c',
      highlighted: true,
    });
  });

  it('links to the plain paragraph when no citation highlights a passage', () => {
    const [marker] = citationMarkers([citation('hill', 'p-3')]);
    expect(marker?.highlightUrl).toBe('/articles/hill/#p-3');
    expect(marker?.highlighted).toBe(false);
  });

  it('merges the Istanbul round’s citations of The Hill’s paragraph 11 into one marker', () => {
    const istanbul = buildTimeline(corpus().model).find((entry) => entry.id === '2022-03-29-istanbul');
    const paragraphs = (istanbul?.citations ?? []).map((cited) => cited.url);
    const elevens = paragraphs.filter((url) => url.endsWith('#p-11'));
    // The premise: the round's facts cite that paragraph more than once.
    expect(elevens.length).toBeGreaterThan(1);
    const markers = citationMarkers(istanbul?.citations ?? []);
    expect(markers.filter((marker) => marker.url.endsWith('#p-11'))).toHaveLength(1);
    expect(markers).toHaveLength(new Set(paragraphs).size);
  });
});
