import * as Plot from '@observablehq/plot';
import { addDays, addHours, differenceInCalendarDays } from 'date-fns';
import { parseHTML } from 'linkedom';
import type { ContactKind } from '../compile/contacts';
import { day, formatDay, formatDayRange, formatWithPrecision } from './dates';
import { CONTACT_LABELS, CONTACT_PLURAL_LABELS } from './labels';
import type { TimelineEntry } from './timeline';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The overview's lanes, top to bottom: the rounds, then each kind of contact. */
const LANES = ['round', 'call', 'visit', 'meeting', 'statement'] as const satisfies readonly (
  'round' | ContactKind
)[];
type Lane = (typeof LANES)[number];
const LANE_LABELS: Record<Lane, string> = { round: 'Rounds', ...CONTACT_PLURAL_LABELS };

/**
 * Sizes in SVG pixels. A round is a filled circle twice a contact's size, so
 * it reads as the main event; the day is wide enough for a round's circle.
 */
const LAYOUT = {
  marginLeft: 84,
  marginRight: 16,
  marginTop: 6,
  marginBottom: 34,
  rowHeight: 26,
  roundRadius: 9,
  contactRadius: 5,
  /** Space kept between two marks of one row: they may touch (an ongoing round's bar and the next round), never overlap. */
  gap: 0,
  minPixelsPerDay: 16,
  /** The main column's width at 68ch: a month fits it without scrolling. */
  minWidth: 640,
  /** Beyond this the chart draws days narrower rather than growing. */
  maxWidth: 2400,
} as const;

/**
 * At most this many contacts are drawn (the latest), so the home page stays
 * small however many contacts the archive holds; every round is drawn.
 */
export const OVERVIEW_CONTACT_LIMIT = 120;

/** What the home page needs to show the overview. */
export interface TimelineOverview {
  /** The chart, an `<svg>` with no `style` attribute or element, every mark a link. */
  svg: string;
  /** The chart in words, for its caption. */
  summary: string;
}

/** One mark of the chart: an entry, where it is drawn, and where it links. */
interface Mark {
  entry: TimelineEntry;
  lane: Lane;
  /** The row within the lane, from 1, and the band of the y scale it is (`statement 2`). */
  rowNumber: number;
  row: string;
  /** First day (midnight UTC) and the day after the last. */
  from: Date;
  to: Date;
  /** The centre of the first day, where a dot is drawn. */
  middle: Date;
  /** A dot for a round or a contact dated to the day; a bar where the source gives a week or a span. */
  dotted: boolean;
  href: string;
  /** The accessible name and tooltip: what, when. */
  name: string;
}

/** Visible names of numbered rounds start with the number drawn in their circle (WCAG 2.5.3). */
function markName(entry: TimelineEntry): string {
  if (entry.kind !== 'round')
    return `${entry.title}, ${formatWithPrecision(entry.start, entry.end, entry.precision)}`;
  const when = formatDayRange(entry.start, entry.end);
  return entry.number === undefined ? `${entry.title}, ${when}` : `${entry.number}. ${entry.title}, ${when}`;
}

/** The entries drawn: every round and the latest contacts, up to the limit. */
function drawnEntries(entries: readonly TimelineEntry[], contactLimit: number): TimelineEntry[] {
  const contacts = entries.filter((entry) => entry.kind !== 'round');
  const kept = new Set(contacts.slice(Math.max(0, contacts.length - contactLimit)));
  return entries.filter((entry) => entry.kind === 'round' || kept.has(entry));
}

/**
 * Places each entry in the first row of its lane where it overlaps nothing,
 * in pixels, so marks of one day (three statements on 16 March) sit one
 * under the other instead of on top of each other. Entries come in date order.
 */
function placeInRows(
  entries: readonly TimelineEntry[],
  hrefOf: (entry: TimelineEntry) => string,
  first: Date,
  pixelsPerDay: number,
): Mark[] {
  const rowEnds = new Map<Lane, number[]>();
  // Every date here is a UTC midnight or noon: a plain difference of instants is a number of days.
  const pixel = (date: Date) => ((date.getTime() - first.getTime()) / DAY_MS) * pixelsPerDay;
  return entries.map((entry) => {
    const lane = entry.kind;
    const from = day(entry.start);
    const to = addDays(day(entry.end), 1);
    const middle = addHours(from, 12);
    const dotted = entry.kind === 'round' || entry.precision === 'day';
    const radius = entry.kind === 'round' ? LAYOUT.roundRadius : LAYOUT.contactRadius;
    const left = dotted ? Math.min(pixel(middle) - radius, pixel(from)) : pixel(from);
    const right =
      entry.kind === 'round'
        ? Math.max(pixel(middle) + radius, pixel(to))
        : dotted
          ? pixel(middle) + radius
          : pixel(to);
    const ends = rowEnds.get(lane) ?? [];
    let index = ends.findIndex((end) => end + LAYOUT.gap <= left);
    if (index === -1) index = ends.length;
    ends[index] = right;
    rowEnds.set(lane, ends);
    return {
      entry,
      lane,
      rowNumber: index + 1,
      row: `${lane} ${index + 1}`,
      from,
      to,
      middle,
      dotted,
      href: hrefOf(entry),
      name: markName(entry),
    };
  });
}

/** "4 calls, 1 visit and 13 statements". */
function countsInWords(marks: readonly Mark[]): string {
  const parts = LANES.filter((lane) => lane !== 'round').flatMap((lane) => {
    const count = marks.filter((mark) => mark.lane === lane).length;
    if (count === 0) return [];
    return [`${count} ${(count === 1 ? CONTACT_LABELS : CONTACT_PLURAL_LABELS)[lane].toLowerCase()}`];
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function summarise(marks: readonly Mark[], contactCount: number, first: string, last: string): string {
  const rounds = marks.filter((mark) => mark.lane === 'round').length;
  const contacts = marks.length - rounds;
  const roundWords = `${rounds} ${rounds === 1 ? 'round' : 'rounds'}`;
  const contactWords =
    contacts === contactCount
      ? `${contacts} ${contacts === 1 ? 'contact' : 'contacts'}`
      : `the latest ${contacts} of ${contactCount} contacts`;
  const since = marks.find((mark) => mark.lane !== 'round')?.entry.start;
  const from = contacts === contactCount || since === undefined ? '' : `from ${formatDay(since)}: `;
  const kinds = contacts === 0 ? '' : ` (${from}${countsInWords(marks)})`;
  return `${roundWords} and ${contactWords}${kinds}, ${formatDayRange(first, last)}.`;
}

/**
 * Plot's own markup, made fit for the page's Content-Security-Policy and for
 * assistive technology: its `<style>` goes (its rules are in global.css),
 * each link is named by a `<title>` of its own, the axes are hidden from
 * screen readers (every link's name says its date), and a round's bar is a
 * second way to click the round, not a second stop for the keyboard.
 */
function finishSvg(svg: SVGSVGElement, document: Document, title: string, summary: string): string {
  for (const style of svg.querySelectorAll('style')) style.remove();
  svg.removeAttribute('class');
  svg.setAttribute('class', 'overview__chart');
  const svgNamespace = 'http://www.w3.org/2000/svg';
  const titleElement = document.createElementNS(svgNamespace, 'title');
  titleElement.textContent = title;
  const description = document.createElementNS(svgNamespace, 'desc');
  description.textContent = summary;
  svg.prepend(titleElement, description);
  for (const group of svg.querySelectorAll('g[aria-label]')) {
    const role = group.getAttribute('aria-label') ?? '';
    group.removeAttribute('aria-label');
    if (/axis|grid|rule/u.test(role)) group.setAttribute('aria-hidden', 'true');
  }
  // The numbers in the rounds' circles are in their links' names already.
  svg.querySelector('.overview__round-number')?.setAttribute('aria-hidden', 'true');
  for (const link of svg.querySelectorAll('a')) {
    const name = link.querySelector('title');
    if (name) link.prepend(name);
    link.removeAttribute('fill');
    if (link.closest('.overview__round-span')) {
      link.setAttribute('tabindex', '-1');
      link.setAttribute('aria-hidden', 'true');
    }
  }
  const styled = svg.querySelector('[style]');
  // A style attribute would break the page's policy and be dropped by the browser: stop rather than draw less than the model says.
  if (styled) throw new Error(`the overview chart has a style attribute on <${styled.tagName}>`);
  return svg.outerHTML;
}

/**
 * The overview of the talks drawn at build time: every round and the
 * latest contacts on a time axis, a lane for the rounds and one for each kind
 * of contact, each mark a link (`hrefOf`: a round's page, a contact's entry
 * in the timeline). The work grows with the number of entries, not with the articles.
 */
export function timelineOverview(
  entries: readonly TimelineEntry[],
  hrefOf: (entry: TimelineEntry) => string,
  contactLimit = OVERVIEW_CONTACT_LIMIT,
): TimelineOverview | undefined {
  const drawn = drawnEntries(entries, contactLimit);
  if (drawn.length === 0) return undefined;
  const firstDay = drawn.map((entry) => entry.start).sort()[0] ?? '';
  const lastDay =
    drawn
      .map((entry) => entry.end)
      .sort()
      .at(-1) ?? '';
  const first = day(firstDay);
  const afterLast = addDays(day(lastDay), 1);
  const days = differenceInCalendarDays(afterLast, first);
  const margins = LAYOUT.marginLeft + LAYOUT.marginRight;
  const width = Math.min(LAYOUT.maxWidth, Math.max(LAYOUT.minWidth, days * LAYOUT.minPixelsPerDay + margins));
  const marks = placeInRows(drawn, hrefOf, first, (width - margins) / days);

  const lanes = LANES.filter((lane) => marks.some((mark) => mark.lane === lane));
  const rows = lanes.flatMap((lane) => {
    const count = Math.max(...marks.filter((mark) => mark.lane === lane).map((mark) => mark.rowNumber));
    return Array.from({ length: count }, (_, index) => `${lane} ${index + 1}`);
  });
  const laneOfRow = new Map(marks.map((mark) => [mark.row, LANE_LABELS[mark.lane]]));
  const firstRows = lanes.map((lane) => `${lane} 1`);
  const rounds = marks.filter((mark) => mark.lane === 'round');
  const contacts = marks.filter((mark) => mark.lane !== 'round');
  const linked = { x: 'middle', y: 'row', href: 'href', title: 'name' } as const;
  const summary = summarise(
    marks,
    entries.filter((entry) => entry.kind !== 'round').length,
    firstDay,
    lastDay,
  );

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document,
    width,
    height: rows.length * LAYOUT.rowHeight + LAYOUT.marginTop + LAYOUT.marginBottom,
    marginLeft: LAYOUT.marginLeft,
    marginRight: LAYOUT.marginRight,
    marginTop: LAYOUT.marginTop,
    marginBottom: LAYOUT.marginBottom,
    x: { type: 'utc', domain: [first, afterLast], label: null },
    y: {
      type: 'band',
      domain: rows,
      ticks: firstRows,
      tickFormat: (row: string) => laneOfRow.get(row) ?? '',
      tickSize: 0,
      label: null,
      // Rows exactly `rowHeight` tall, so a lane's rule sits half a row above its first row.
      padding: 0,
    },
    marks: [
      Plot.gridX({ className: 'overview__grid' }),
      Plot.ruleY(firstRows.slice(1), { dy: -LAYOUT.rowHeight / 2, className: 'overview__lane-rule' }),
      // A round's days as a bar behind its circle; the circle is the round's link for the keyboard.
      Plot.barX(rounds, {
        x1: 'from',
        x2: 'to',
        y: 'row',
        href: 'href',
        title: 'name',
        insetTop: 9,
        insetBottom: 9,
        // Apart from the next round's circle when an ongoing round runs up to it.
        insetRight: 2,
        className: 'overview__round-span',
      }),
      Plot.barX(
        contacts.filter((mark) => !mark.dotted),
        {
          x1: 'from',
          x2: 'to',
          y: 'row',
          href: 'href',
          title: 'name',
          insetTop: 10,
          insetBottom: 10,
          className: 'overview__contact-span',
        },
      ),
      Plot.dot(
        contacts.filter((mark) => mark.dotted),
        { ...linked, r: LAYOUT.contactRadius, className: 'overview__contact' },
      ),
      Plot.dot(rounds, { ...linked, r: LAYOUT.roundRadius, className: 'overview__round' }),
      Plot.text(
        rounds.filter((mark) => mark.entry.number !== undefined),
        {
          x: 'middle',
          y: 'row',
          text: (mark: Mark) => String(mark.entry.number),
          className: 'overview__round-number',
        },
      ),
    ],
  });
  return {
    svg: finishSvg(svg as SVGSVGElement, document, 'The talks on a time axis: rounds and contacts', summary),
    summary,
  };
}
