import { describe, expect, it } from 'vitest';
import { publishedSchema } from '../../src/schemas/article';
import {
  sortNewestFirst,
  formatPublished,
  isPublishedDate,
  publishedDay,
  publishedPrecision,
} from '../../src/lib/published-date';

describe('published dates', () => {
  it('accepts calendar days and date-times that state their zone', () => {
    expect(isPublishedDate('2022-03-20')).toBe(true);
    expect(isPublishedDate('2022-03-20T14:14:00-04:00')).toBe(true);
    expect(isPublishedDate('2022-03-21T02:58Z')).toBe(true);
  });

  it('rejects dates that are not real, not ISO, or have no zone', () => {
    expect(isPublishedDate('2022-02-30')).toBe(false);
    expect(isPublishedDate('20 March 2022')).toBe(false);
    expect(isPublishedDate('2022-03-20T14:14:00')).toBe(false);
    expect(isPublishedDate('')).toBe(false);
  });

  it('keeps the day of publication in the stated zone, whatever the machine zone', () => {
    // The vitest config runs this file at UTC+14; the article stated UTC-4.
    expect(new Date('2022-03-20T12:00:00Z').getTimezoneOffset()).toBe(-14 * 60);
    expect(publishedDay('2022-03-20T23:30:00-04:00')).toBe('2022-03-20');
    expect(publishedDay('2022-03-20')).toBe('2022-03-20');
  });

  it('formats for readers with the precision the source has', () => {
    expect(formatPublished('2022-03-29')).toBe('29 March 2022');
    expect(formatPublished('2022-03-20T14:14:00-04:00')).toBe('20 March 2022, 14:14 (UTC-04:00)');
    expect(publishedPrecision('2022-03-29')).toBe('day');
    expect(publishedPrecision('2022-03-20T14:14:00-04:00')).toBe('minute');
  });

  it('orders newest first', () => {
    const dates = ['2022-03-11', '2022-03-29', '2022-03-20T14:14:00-04:00', '2022-03-16'];
    expect(sortNewestFirst(dates, (date) => date)).toEqual([
      '2022-03-29',
      '2022-03-20T14:14:00-04:00',
      '2022-03-16',
      '2022-03-11',
    ]);
  });

  it('sorts items by their dates in their zones, a day at its start and ties in their order', () => {
    const items = [
      { id: 'a', published: '2022-03-20' },
      { id: 'b', published: '2022-03-20T14:14:00-04:00' },
      { id: 'c', published: '2022-03-21T01:00:00+05:00' },
      { id: 'd', published: '2022-03-20' },
      { id: 'e', published: '2022-03-29' },
      { id: 'f', published: '2022-03-20T00:00:00Z' },
    ];
    const sorted = sortNewestFirst(items, (item) => item.published).map((item) => item.id);
    // 21 March 01:00 at +05:00 is 20 March 20:00 UTC; 20 March 00:00Z is the bare day's start.
    expect(sorted).toEqual(['e', 'c', 'b', 'a', 'd', 'f']);
  });
});

describe('zone offsets that cannot exist', () => {
  it('are refused: the page, the feed and <time datetime> would each read them differently', () => {
    for (const zone of ['+99:00', '+14:01', '-12:30', '+05:60', '-13:00'])
      expect(isPublishedDate(`2022-03-20T14:14:00${zone}`), zone).toBe(false);
    for (const zone of ['+14:00', '-12:00', '+05:45', '-03:30', 'Z', '+00:00'])
      expect(isPublishedDate(`2022-03-20T14:14:00${zone}`), zone).toBe(true);
  });

  it('stop the schema with the range expected', () => {
    const result = publishedSchema.safeParse({
      date: '2022-03-20T14:14:00+99:00',
      certainty: 'exact',
      basis: 'Dated on the page.',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('an offset from -12:00 to +14:00');
  });
});
