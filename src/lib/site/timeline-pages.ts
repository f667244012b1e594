import { PAGE_SIZE, pagePath, pageSlices } from './paging';
import { filterPath, matchesFilter, type TimelineEntry, type TimelineFilter } from './timeline';

/** One page of the timeline: a month (or a part of a busy month) of one filter, or of everything. */
export interface TimelinePage {
  filter?: TimelineFilter;
  /** `2022-03` */
  month: string;
  /** 1-based part of the month, and how many parts it has. */
  part: number;
  parts: number;
  /** The page's URL: `/timeline/2022-03/`, `/timeline/party/russia/2022-03/2/`. */
  path: string;
  entries: TimelineEntry[];
}

/** A month of a timeline, for the month navigation. */
export interface TimelineMonth {
  month: string;
  path: string;
  count: number;
}

/** The URL of a month of the whole timeline or of a filtered one. */
export function timelineMonthPath(month: string, filter?: TimelineFilter): string {
  return `${filter === undefined ? '/timeline/' : filterPath(filter)}${month}/`;
}

/** An entry's month: the month its date starts in. */
function monthOf(entry: TimelineEntry): string {
  return entry.start.slice(0, 7);
}

/** The entries of a timeline, by month, oldest first. */
function byMonth(entries: readonly TimelineEntry[]): Map<string, TimelineEntry[]> {
  const months = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const month = monthOf(entry);
    const list = months.get(month);
    if (list === undefined) months.set(month, [entry]);
    else list.push(entry);
  }
  return new Map([...months].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Every page of a timeline (the whole one, or one filter's): one per month,
 * split into parts of at most `PAGE_SIZE.timeline` entries, so a page stays
 * small however much the archive grows.
 */
export function timelinePages(entries: readonly TimelineEntry[], filter?: TimelineFilter): TimelinePage[] {
  const matching = filter === undefined ? entries : entries.filter((entry) => matchesFilter(entry, filter));
  return [...byMonth(matching)].flatMap(([month, monthEntries]) => {
    const parts = pageSlices(monthEntries, PAGE_SIZE.timeline);
    return parts.map((part, index) => ({
      ...(filter === undefined ? {} : { filter }),
      month,
      part: index + 1,
      parts: parts.length,
      path: pagePath(timelineMonthPath(month, filter), index + 1),
      entries: part,
    }));
  });
}

/** The months of a timeline, oldest first, with their number of entries. */
export function timelineMonths(entries: readonly TimelineEntry[], filter?: TimelineFilter): TimelineMonth[] {
  const matching = filter === undefined ? entries : entries.filter((entry) => matchesFilter(entry, filter));
  return [...byMonth(matching)].map(([month, monthEntries]) => ({
    month,
    path: timelineMonthPath(month, filter),
    count: monthEntries.length,
  }));
}

/**
 * Where a link to an entry of the whole timeline goes: a round's own page, or
 * the contact's entry on its month's page (`/timeline/2022-03/#id`, or a
 * numbered part), or `/#id` when it is on `home`, the part the home page
 * shows, so a link from the home page stays on it.
 */
export function timelineEntryLink(
  pages: readonly TimelinePage[],
  home?: TimelinePage,
): (entry: TimelineEntry) => string {
  const anchors = new Map(
    pages.flatMap((page) =>
      page.entries.map((entry): [string, string] => [
        entry.id,
        `${page === home ? '/' : page.path}#${entry.id}`,
      ]),
    ),
  );
  return (entry) => {
    const href = entry.href ?? anchors.get(entry.id);
    if (href === undefined) throw new Error(`the timeline entry ${entry.id} is on no page of the timeline`);
    return href;
  };
}
