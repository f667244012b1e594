import { describe, expect, it } from 'vitest';
import { countWords, formatNameList, readingMinutes } from '../../src/lib/article-text';

describe('article text helpers', () => {
  it('joins a byline the way newspapers do', () => {
    expect(formatNameList(['Zachary Cohen', 'Natasha Bertrand', 'Alex Marquardt'])).toBe(
      'Zachary Cohen, Natasha Bertrand and Alex Marquardt',
    );
    expect(formatNameList(['Dave DeCamp'])).toBe('Dave DeCamp');
  });

  it('counts words, not Markdown marks or dashes', () => {
    expect(countWords('## Russian demands\n\n(CNN) -- US and NATO officials')).toBe(7);
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array.from({ length: 1150 }, () => 'word').join(' '))).toBe(5);
  });
});
