import { describe, expect, it } from 'vitest';
import { paragraphSubResults } from '../../../src/lib/search/results';
import {
  pagefindFilters,
  paramsFromState,
  resultLink,
  stateFromParams,
} from '../../../src/lib/search/search-state';

const data = {
  url: '/articles/a/',
  content: 'Aliases Kalin Kalın. Title. One two Kalin three. Heading text. Four <b> Kalin five Kalin.',
  // Word positions: 1 is in the alias text before any anchor, 6 in p-1, 12 and 14 in p-2.
  locations: [1, 6, 12, 14],
  anchors: [
    { element: 'p', id: 'p-1', location: 3 },
    { element: 'h2', id: 'russian-demands', text: 'Heading text.', location: 8 },
    { element: 'p', id: 'p-2', location: 10 },
    { element: 'a', id: 'not-a-landing', location: 11 },
  ],
  meta: { title: 'A' },
};

describe('sub-results that land on paragraphs', () => {
  it('groups hits by the paragraph they fall in, most hits first, and links to it', () => {
    const subs = paragraphSubResults(data);
    expect(subs.map(({ url, title, hits }) => ({ url, title, hits }))).toEqual([
      { url: '/articles/a/#p-2', title: 'Paragraph 2', hits: 2 },
      { url: '/articles/a/#p-1', title: 'Paragraph 1', hits: 1 },
    ]);
  });

  it('escapes the page text and marks the hits', () => {
    const [first] = paragraphSubResults(data);
    expect(first?.excerpt).toContain('&lt;b&gt;');
    expect(first?.excerpt).toContain('<mark>Kalin</mark>');
  });

  it('keeps at most the given number', () => {
    expect(paragraphSubResults(data, 1)).toHaveLength(1);
  });
});

describe('the search state in the URL', () => {
  it('reads and writes the query and filters, so reload and sharing give the same search', () => {
    const state = stateFromParams(
      new URLSearchParams('q=lavrov&type=round&type=article&party=Russia&unknown=1'),
    );
    expect(state).toEqual({ query: 'lavrov', filters: { type: ['round', 'article'], party: ['Russia'] } });
    expect(paramsFromState(state).toString()).toBe('q=lavrov&type=round&type=article&party=Russia');
  });

  it('links a result with the words to highlight, before its fragment', () => {
    expect(resultLink('/articles/a/#p-5', 'Austrian model')).toBe(
      '/articles/a/?highlight=Austrian+model#p-5',
    );
    expect(resultLink('/people/sergey-lavrov/', 'Lavrov')).toBe('/people/sergey-lavrov/?highlight=Lavrov');
  });
});

describe('the filters passed to Pagefind', () => {
  it('widens within a filter and narrows across filters', () => {
    expect(pagefindFilters({ type: ['round', 'article'], party: ['Russia'] })).toEqual({
      type: { any: ['round', 'article'] },
      party: { any: ['Russia'] },
    });
    expect(pagefindFilters({})).toEqual({});
  });
});
