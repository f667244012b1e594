import { describe, expect, it } from 'vitest';
import {
  ALIAS_BLOCK_ID,
  excerptAround,
  highlightTerms,
  hitsMatchQuery,
  resultExcerpt,
  type PagefindResultData,
} from '../../../src/lib/search/results';
import type { SearchVocabulary } from '../../../src/lib/search/vocabulary';
import { seededRandom } from '../../../src/lib/seeded-random';

/** A page as Pagefind gives it: its words, where the hits are, and the elements with ids. */
function page(
  parts: { id: string; element: string; text: string }[],
  hitWords: string[],
  url = '/people/volodymyr-zelensky/',
): PagefindResultData {
  const words: string[] = [];
  const anchors = parts.map((part) => {
    const location = words.length;
    words.push(...part.text.split(' '));
    return { element: part.element, id: part.id, location };
  });
  const locations = words.flatMap((word, index) =>
    hitWords.some((hit) => word.includes(hit)) ? [index] : [],
  );
  return {
    url,
    content: words.join(' '),
    locations,
    anchors,
    meta: { summary: 'Volodymyr Zelensky, Ukrainian President.' },
  };
}

const vocabulary: SearchVocabulary = {
  entities: [
    {
      type: 'person',
      title: 'Volodymyr Zelensky',
      url: '/people/volodymyr-zelensky/',
      line: '',
      names: ['Volodymyr Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelensky'],
    },
  ],
  years: [2022],
};

describe('a search result', () => {
  const aliasHit = page(
    [
      { id: ALIAS_BLOCK_ID, element: 'p', text: 'Volodymyr Zelensky · Zelenskiy · Zelenskyy' },
      { id: 'quotes', element: 'h2', text: 'Quotes. The president spoke on Monday.' },
    ],
    ['Zelenskiy'],
  );

  it('never shows the alias block in its excerpt; found only there, it shows the page summary', () => {
    expect(resultExcerpt(aliasHit)).toBe('Volodymyr Zelensky, Ukrainian President.');
    const both = page(
      [
        { id: ALIAS_BLOCK_ID, element: 'p', text: 'Kalin · İbrahim Kalin · Ibrahim Kalin' },
        { id: 'p-3', element: 'p', text: 'Turkish spokesman Kalin said the talks went on.' },
      ],
      ['Kalin'],
    );
    expect(resultExcerpt(both)).toBe('Turkish spokesman <mark>Kalin</mark> said the talks went on.');
    expect(resultExcerpt(both)).not.toContain('·');
  });

  it('sends the landing page its own spelling of a name found through an alias, without punctuation or stop words', () => {
    expect(highlightTerms(aliasHit, vocabulary)).toEqual(expect.arrayContaining(['Zelensky', 'Volodymyr']));
    const quoted = page(
      [{ id: 'p-1', element: 'p', text: 'He spoke of “neutrality,” the Austrian model.' }],
      ['neutrality', 'of'],
    );
    expect(highlightTerms(quoted, vocabulary)).toEqual(['neutrality']);
  });

  it('tells a hit on the typed word from the short prefix Pagefind falls back to', () => {
    const prefix = page([{ id: 'p-1', element: 'p', text: 'It is said that the talks went on.' }], ['is']);
    expect(hitsMatchQuery(prefix, ['istambul'])).toEqual([false]);
    const stem = page([{ id: 'p-1', element: 'p', text: 'A neutral Ukraine was discussed.' }], ['neutral']);
    expect(hitsMatchQuery(stem, ['neutrality'])).toEqual([true]);
  });
});

describe('an excerpt around the hits', () => {
  /** The excerpt by its plain definition: the words shown, copied out, then cut around the first hit. */
  function excerptByDefinition(
    words: string[],
    hits: number[],
    skip: [number, number],
    size: number,
  ): string {
    const escape = (text: string) =>
      text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
    const shown = words
      .map((word, index) => ({ word, index }))
      .filter(({ index }) => index < skip[0] || index >= skip[1]);
    const firstAt = Math.max(
      0,
      shown.findIndex(({ index }) => index === hits[0]),
    );
    const start = hits.length === 0 ? 0 : Math.max(0, firstAt - Math.floor(size / 3));
    const slice = shown
      .slice(start, start + size)
      .map(({ word, index }) => (hits.includes(index) ? `<mark>${escape(word)}</mark>` : escape(word)));
    return `${start > 0 ? '… ' : ''}${slice.join(' ')}${start + size < shown.length ? ' …' : ''}`;
  }

  it('is what its definition gives, for hits before, inside and after a left-out block, and past the end', () => {
    // A fixed pseudo-random sequence, so a failure is the same on every run.
    const random = seededRandom(7);
    const next = (below: number) => Math.floor(random() * below);
    for (let round = 0; round < 400; round++) {
      const words = Array.from({ length: next(120) }, (_, index) =>
        index % 7 === 0 ? `<w${index}>` : `w${index}`,
      );
      const hits = Array.from({ length: next(4) }, () => next(words.length + 10));
      const from = next(words.length + 5);
      const skip: [number, number] = [from, next(3) === 0 ? Number.POSITIVE_INFINITY : from + next(40)];
      const size = 5 + next(30);
      expect(
        excerptAround(words, hits, skip, size),
        JSON.stringify({ words: words.length, hits, skip, size }),
      ).toBe(excerptByDefinition(words, hits, skip, size));
    }
  });
});
