import { describe, expect, it } from 'vitest';
import { memoizeByText } from '../../src/lib/memoize';
import { describeResolvedDate, formatDay, formatDayRange } from '../../src/lib/site/dates';

describe('memoizeByText', () => {
  it('gives what the function gives, working each arguments out once', () => {
    const calls: string[] = [];
    const shout = memoizeByText((word: string, mark: string) => {
      calls.push(`${word}${mark}`);
      return `${word.toUpperCase()}${mark}`;
    });
    expect([shout('talks', '!'), shout('talks', '?'), shout('talks', '!')]).toEqual([
      'TALKS!',
      'TALKS?',
      'TALKS!',
    ]);
    expect(calls).toEqual(['talks!', 'talks?']);
  });

  it('keeps arguments apart that would join into the same text', () => {
    const joined = memoizeByText((a: string, b: string) => `${a}|${b}`);
    expect([joined('ab', 'c'), joined('a', 'bc')]).toEqual(['ab|c', 'a|bc']);
  });
});

describe('the dates readers see, worked out once', () => {
  it('are the same on every call', () => {
    expect([formatDay('2022-03-10'), formatDay('2022-03-10')]).toEqual(['10 March 2022', '10 March 2022']);
    expect(formatDayRange('2022-02-28', '2022-03-03')).toBe('28 February – 3 March 2022');
    expect(describeResolvedDate('2022-03-10', '2022-03-10', 'day')).toBe('Thursday, 10 March 2022');
    expect(describeResolvedDate('2022-03-07', '2022-03-13', 'week')).toBe('week of 7 March 2022');
  });
});
