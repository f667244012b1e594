import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineEntry } from '../../../src/lib/site/timeline';
import { timelineEntryLink, timelinePages } from '../../../src/lib/site/timeline-pages';
import { timelineOverview } from '../../../src/lib/site/timeline-overview';
import { corpus } from '../../helpers/corpus';

/** The chart's SVG as a DOM to query, the way a browser would read it. */
function chartOf(svg: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const chart = document.querySelector('svg');
  if (chart === null) throw new Error('no <svg> in the overview');
  return chart;
}

/** The links a keyboard reaches, by address, with the name each `<title>` gives it. */
function keyboardLinks(chart: SVGSVGElement): { href: string; name: string }[] {
  return [...chart.querySelectorAll('a:not([tabindex="-1"])')].map((link) => ({
    href: link.getAttribute('href') ?? '',
    name: link.querySelector(':scope > title')?.textContent ?? '',
  }));
}

function entry(overrides: Partial<TimelineEntry> & Pick<TimelineEntry, 'id'>): TimelineEntry {
  return {
    kind: 'statement',
    start: '2022-03-10',
    end: '2022-03-10',
    precision: 'day',
    title: overrides.id,
    parties: [],
    text: '',
    citations: [],
    countClaims: [],
    ...overrides,
  };
}

const round = (id: string, start: string, number?: number, end = start): TimelineEntry =>
  entry({
    id,
    kind: 'round',
    start,
    end,
    title: `Round at ${id}`,
    href: `/rounds/${id}/`,
    ...(number === undefined ? {} : { number }),
  });

const hrefOf = (item: TimelineEntry) => item.href ?? `/timeline/${item.start.slice(0, 7)}/#${item.id}`;

describe('the overview of the talks', () => {
  const { model } = corpus();
  const timeline = buildTimeline(model);
  const pages = timelinePages(timeline);
  const home = pages.findLast((page) => page.part === 1);
  const overview = timelineOverview(timeline, timelineEntryLink(pages, home));
  const chart = chartOf(overview?.svg ?? '');

  it('links every round to its page and every contact to its entry in the timeline, once each', () => {
    const expected = timeline.map((item) => {
      if (item.kind === 'round') return `/rounds/${item.id}/`;
      const month = item.start.slice(0, 7);
      // The home page lists its month: a contact of that month is linked on the home page itself.
      return month === home?.month ? `/#${item.id}` : `/timeline/${month}/#${item.id}`;
    });
    expect(timeline.length).toBe(model.rounds.length + model.contacts.length);
    expect(keyboardLinks(chart).map(({ href }) => href)).toEqual(expect.arrayContaining(expected));
    expect(keyboardLinks(chart)).toHaveLength(expected.length);
    // The visit of the week of 28 February is listed on February's page, not on the home page.
    expect(expected.filter((href) => href.startsWith('/timeline/2022-02/'))).toHaveLength(1);
  });

  it('names each link by what and when, a numbered round starting with the number in its circle', () => {
    const names = keyboardLinks(chart).map(({ name }) => name);
    expect(names).toContain('5. Fifth round, Istanbul, 29 March 2022');
    expect(names).toContain('4. Fourth round, by video link, 14–28 March 2022');
    expect(names).toContain("Foreign ministers' meeting, Antalya, 10 March 2022");
    expect(names).toContain('Call: Naftali Bennett and Volodymyr Zelensky, week of 7 March 2022');
    const numbers = [...chart.querySelectorAll('.overview__round-number text')].map(
      (text) => text.textContent,
    );
    expect(numbers).toEqual(['1', '2', '3', '4', '5']);
  });

  it('has no style attribute and no <style> element, which the page’s policy would block', () => {
    expect(overview?.svg).not.toMatch(/<style|\sstyle=/iu);
    expect(chart.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('says what it shows in words, in the SVG and for the caption', () => {
    const contacts = (kind: string) => model.contacts.filter((contact) => contact.kind === kind).length;
    const summary = `${model.rounds.length} rounds and ${model.contacts.length} contacts (${contacts('call')} calls, 1 visit, 1 meeting and ${contacts('statement')} statements), 28 February – 29 March 2022.`;
    expect(overview?.summary).toBe(summary);
    expect(chart.querySelector(':scope > title')?.textContent).toMatch(/rounds and contacts/u);
    expect(chart.querySelector(':scope > desc')?.textContent).toBe(summary);
    // The axes repeat what every link's name says: hidden from screen readers, like the numbers in the circles.
    for (const group of chart.querySelectorAll('g')) expect(group.hasAttribute('aria-label')).toBe(false);
    expect(chart.querySelector('.overview__round-number')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives a round’s bar to the mouse only: the keyboard stops once per round, on its circle', () => {
    const bars = [...chart.querySelectorAll('.overview__round-span a')];
    expect(bars).toHaveLength(model.rounds.length);
    for (const bar of bars) {
      expect(bar.getAttribute('tabindex')).toBe('-1');
      expect(bar.getAttribute('aria-hidden')).toBe('true');
    }
  });
});

describe('the overview of a small timeline', () => {
  it('escapes every text it draws', () => {
    const hostile = '</title><script>alert("x")</script> & "quoted"';
    const svg = timelineOverview([entry({ id: 'x', title: hostile })], () => '/#x?a=1&b="2"')?.svg ?? '';
    expect(svg).not.toContain('<script');
    const link = chartOf(svg).querySelector('a');
    expect(link?.getAttribute('href')).toBe('/#x?a=1&b="2"');
    expect(link?.querySelector('title')?.textContent).toBe(`${hostile}, 10 March 2022`);
  });

  it('puts marks of one day of one lane in rows one under the other, in order, never on top of each other', () => {
    // Twelve: rows 10 to 12 must come after row 9, not after row 1.
    const sameDay = Array.from({ length: 12 }, (_, index) => entry({ id: `s${index}` }));
    const chart = chartOf(timelineOverview([round('r', '2022-03-10', 1), ...sameDay], hrefOf)?.svg ?? '');
    const circles = [...chart.querySelectorAll('.overview__contact circle')];
    const rows = circles.map((circle) => Number(circle.getAttribute('cy')));
    expect(new Set(circles.map((circle) => circle.getAttribute('cx'))).size).toBe(1);
    expect(rows).toHaveLength(12);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(12);
  });

  it('draws a contact dated only to a week as a bar over the week, not as a dot on its first day', () => {
    const week = entry({ id: 'week', kind: 'call', end: '2022-03-16', precision: 'week' });
    const day = entry({ id: 'day', kind: 'call', start: '2022-03-17', end: '2022-03-17' });
    const chart = chartOf(timelineOverview([week, day], hrefOf)?.svg ?? '');
    const bar = chart.querySelector('.overview__contact-span a[href="/timeline/2022-03/#week"] rect');
    const dot = chart.querySelector('.overview__contact a[href="/timeline/2022-03/#day"] circle');
    expect(chart.querySelectorAll('.overview__contact circle')).toHaveLength(1);
    // Seven days wide: seven times the distance from the week's first day to the day after it ends.
    const x = Number(bar?.getAttribute('x'));
    const width = Number(bar?.getAttribute('width'));
    const dayWidth = (Number(dot?.getAttribute('cx')) - x) / 7.5;
    expect(width / dayWidth).toBeCloseTo(7, 5);
  });

  it('draws every round but only the latest contacts past the limit, and says so', () => {
    const contacts = ['01', '02', '03', '04', '05'].map((day) =>
      entry({ id: `c${day}`, start: `2022-03-${day}`, end: `2022-03-${day}` }),
    );
    const overview = timelineOverview(
      [round('r1', '2022-03-01', 1), ...contacts, round('r2', '2022-03-06')],
      hrefOf,
      2,
    );
    const hrefs = keyboardLinks(chartOf(overview?.svg ?? '')).map(({ href }) => href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/rounds/r1/',
        '/rounds/r2/',
        '/timeline/2022-03/#c04',
        '/timeline/2022-03/#c05',
      ]),
    );
    expect(hrefs).toHaveLength(4);
    expect(overview?.summary).toBe(
      '2 rounds and the latest 2 of 5 contacts (from 4 March 2022: 2 statements), 1–6 March 2022.',
    );
  });

  it('draws nothing for an empty timeline', () => {
    expect(timelineOverview([], hrefOf)).toBeUndefined();
  });
});
