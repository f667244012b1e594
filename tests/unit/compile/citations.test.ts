import { describe, expect, it } from 'vitest';
import { closestPassage, locateQuote } from '../../../src/lib/compile/citations';
import { citationSchema } from '../../../src/schemas/common';
import { textFragment } from '../../../src/lib/urls';
import { extractParagraphs } from '../../../src/lib/compile/paragraphs';

const paragraphs = extractParagraphs(
  [
    '“It is very close hold, and no one really knows what’s going on,” the European defense official said.',
    '## Russian demands',
    'Kalin said these final two issues "are not acceptable demands for Ukraine and the international community."',
  ].join('\n\n'),
);

describe('finding a cited quote in its article', () => {
  it('numbers paragraphs like the article page and remembers their heading', () => {
    expect(paragraphs.map(({ id, heading }) => ({ id, heading }))).toEqual([
      { id: 'p-1', heading: undefined },
      { id: 'p-2', heading: 'Russian demands' },
    ]);
  });

  it('finds a quote verbatim and returns it as printed', () => {
    const found = locateQuote(paragraphs, 'are not acceptable demands for Ukraine');
    expect(found?.paragraph.id).toBe('p-2');
    expect(found?.printed).toBe('are not acceptable demands for Ukraine');
  });

  it('tolerates straight for typographic quote marks and extra white space, nothing else', () => {
    const found = locateQuote(
      paragraphs,
      '"It is very close hold,  and no one really knows what\'s going on,"',
    );
    expect(found?.paragraph.id).toBe('p-1');
    expect(found?.printed).toBe('“It is very close hold, and no one really knows what’s going on,”');
    expect(locateQuote(paragraphs, 'It is very close hold and no one really knows')).toBeUndefined();
    expect(locateQuote(paragraphs, 'it is very close hold')).toBeUndefined();
  });

  it('points to the closest passage when a quote is not there', () => {
    expect(closestPassage(paragraphs, 'not acceptable demands for the Ukrainians')).toBe(
      'p-2: Kalin said these final two issues "are not acceptable demands for Ukraine and the international community."',
    );
  });

  it('makes text fragments that browsers can match', () => {
    expect(textFragment('close to agreement')).toBe(':~:text=close%20to%20agreement');
    expect(textFragment('Moscow-style neutrality')).toBe(':~:text=Moscow%2Dstyle%20neutrality');
    expect(
      textFragment('It is very close hold, and no one really knows what’s going on, the official said today'),
    ).toBe(':~:text=It%20is%20very%20close,the%20official%20said%20today');
  });
});

describe('a cited quote is whole words of its article, long enough to state something', () => {
  it('refuses a quote that starts or ends inside a word of the article', () => {
    expect(locateQuote(paragraphs, 're not acceptable demands for Ukraine')).toBeUndefined();
    expect(locateQuote(paragraphs, 'are not acceptable demands for Ukrain')).toBeUndefined();
    expect(locateQuote(paragraphs, 'hat’s going on')).toBeUndefined();
    expect(locateQuote(paragraphs, 's going on')).toBeUndefined();
    expect(locateQuote(paragraphs, 'are not acceptable demands for Ukraine')?.paragraph.id).toBe('p-2');
  });

  it('takes the first occurrence that is whole words, past ones inside longer words', () => {
    const [paragraph] = extractParagraphs('Neutrality was raised; neutral status was not.');
    expect(paragraph).toBeDefined();
    expect(locateQuote(paragraph ? [paragraph] : [], 'neutral status was not')?.printed).toBe(
      'neutral status was not',
    );
    expect(locateQuote(paragraph ? [paragraph] : [], 'eutral status was not')).toBeUndefined();
  });

  it('refuses a quote of fewer than four words in the schema, naming what is expected', () => {
    for (const quote of ['a', 'eutral stat', 'neutral status now']) {
      const result = citationSchema.safeParse({ article: 'talks-resume', quote });
      expect(result.success, quote).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'expected at least 4 words of the article, a phrase that states the fact on its own',
      );
    }
    expect(
      citationSchema.safeParse({ article: 'talks-resume', quote: 'The talks resumed today.' }).success,
    ).toBe(true);
  });
});
