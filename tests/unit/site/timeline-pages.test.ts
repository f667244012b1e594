import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageCount, pageOf, pagePath, pageSlices } from '../../../src/lib/site/paging';
import type { TimelineEntry } from '../../../src/lib/site/timeline';
import { timelineMonths, timelinePages } from '../../../src/lib/site/timeline-pages';

function entry(id: string, start: string, parties: string[] = ['russia']): TimelineEntry {
  return {
    id,
    kind: 'call',
    start,
    end: start,
    precision: 'day',
    title: id,
    parties,
    text: '',
    citations: [],
    countClaims: [],
  };
}

/** A busy month: 250 calls in March, a quiet February with Ukraine only. */
const entries: TimelineEntry[] = [
  entry('2022-02-27-call', '2022-02-27', ['ukraine']),
  ...Array.from({ length: 250 }, (_, index) =>
    entry(
      `2022-03-call-${String(index).padStart(3, '0')}`,
      `2022-03-${String(1 + (index % 28)).padStart(2, '0')}`,
    ),
  ),
];

describe('the timeline in pages', () => {
  it('gives each month its pages, in parts of at most the page size, every entry once', () => {
    const pages = timelinePages(entries);
    expect(pages.map((page) => page.path)).toEqual([
      '/timeline/2022-02/',
      '/timeline/2022-03/',
      '/timeline/2022-03/2/',
      '/timeline/2022-03/3/',
    ]);
    expect(pages.map((page) => page.entries.length)).toEqual([1, PAGE_SIZE.timeline, PAGE_SIZE.timeline, 50]);
    expect(pages.flatMap((page) => page.entries)).toEqual(entries);
    expect(pages.map((page) => `${page.part}/${page.parts}`)).toEqual(['1/1', '1/3', '2/3', '3/3']);
  });

  it('pages a filter under its own address, with only its entries', () => {
    const pages = timelinePages(entries, { type: 'party', party: 'ukraine' });
    expect(pages.map((page) => [page.path, page.entries.map((e) => e.id)])).toEqual([
      ['/timeline/party/ukraine/2022-02/', ['2022-02-27-call']],
    ]);
    expect(timelineMonths(entries)).toEqual([
      { month: '2022-02', path: '/timeline/2022-02/', count: 1 },
      { month: '2022-03', path: '/timeline/2022-03/', count: 250 },
    ]);
  });
});

describe('paging a list', () => {
  it('splits a list into pages, finds an item’s page and gives each page its address', () => {
    expect(pageSlices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pageSlices([], 2)).toEqual([[]]);
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
    expect([0, 49, 50, 99, 100].map((index) => pageOf(index, 50))).toEqual([1, 1, 2, 2, 3]);
    expect(pagePath('/people/x/quotes/', 1)).toBe('/people/x/quotes/');
    expect(pagePath('/people/x/quotes/', 3)).toBe('/people/x/quotes/3/');
  });
});
