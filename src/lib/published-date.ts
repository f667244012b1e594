import { tz } from '@date-fns/tz';
import { format, isValid, parseISO } from 'date-fns';
import { memoizeByText } from './memoize';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/** How precisely an article's publication is known: the calendar day, or the minute. */
export type PublishedPrecision = 'day' | 'minute';

/** The zone a date is read in: the offset it states, or UTC for a bare calendar day. */
function statedZone(value: string): string {
  const zone = INSTANT_WITH_ZONE.exec(value)?.[1];
  return zone === undefined || zone === 'Z' ? 'UTC' : zone;
}

/** Parses a published date in its own stated zone, never the machine's. */
export function parsePublished(value: string): Date {
  return parseISO(value, { in: tz(statedZone(value)) });
}

/**
 * Whether a zone offset exists on Earth: from UTC−12:00 (Baker Island) to
 * UTC+14:00 (Kiribati's Line Islands), in whole minutes below 60. "+99:00"
 * matches the pattern, but the page, the feed and `<time datetime>` would
 * each read it differently.
 */
export function isRealOffset(zone: string): boolean {
  if (zone === 'Z') return true;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/u.exec(zone) ?? [];
  if (sign === undefined || hours === undefined || minutes === undefined || Number(minutes) > 59)
    return false;
  const offset = Number(hours) * 60 + Number(minutes);
  return sign === '+' ? offset <= 14 * 60 : offset <= 12 * 60;
}

/** True for a real calendar day (`2022-03-20`) or a date-time with a real zone offset (`2022-03-20T14:14:00-04:00`). */
export function isPublishedDate(value: string): boolean {
  if (!CALENDAR_DAY.test(value) && !INSTANT_WITH_ZONE.test(value)) return false;
  const zone = INSTANT_WITH_ZONE.exec(value)?.[1];
  if (zone !== undefined && !isRealOffset(zone)) return false;
  const parsed = parsePublished(value);
  // parseISO accepts "2022-02-30" in some forms by rolling over; require the day to survive a round trip.
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value.slice(0, 10);
}

export function publishedPrecision(value: string): PublishedPrecision {
  return CALENDAR_DAY.test(value) ? 'day' : 'minute';
}

/**
 * The calendar day of publication in the outlet's stated zone, as `yyyy-MM-dd`.
 * Each date once: the knowledge's check asks it of every article on every build.
 */
export const publishedDay = memoizeByText((value: string): string =>
  format(parsePublished(value), 'yyyy-MM-dd'),
);

/** The instant of publication, in milliseconds; each date parsed once (an archive has a few hundred). */
const publishedInstant = memoizeByText((value: string): number => parsePublished(value).getTime());

/** A reader-facing date: "20 March 2022", or "20 March 2022, 14:14 (UTC-04:00)" when the time is known. */
export const formatPublished = memoizeByText((value: string): string => {
  const parsed = parsePublished(value);
  if (publishedPrecision(value) === 'day') return format(parsed, 'd MMMM yyyy');
  return `${format(parsed, 'd MMMM yyyy, HH:mm')} (UTC${format(parsed, 'xxx')})`;
});

/**
 * The items newest first by their published dates; a bare day counts as its start, so a timed
 * post that day sorts above it, and ties keep their order. Each date is parsed once: a sort
 * compares each item a dozen times or more, and parsing a date in its zone is what takes the
 * time (a whole archive, on every build).
 */
export function sortNewestFirst<T>(items: readonly T[], publishedOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, instant: publishedInstant(publishedOf(item)) }))
    .sort((a, b) => b.instant - a.instant)
    .map(({ item }) => item);
}
