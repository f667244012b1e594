/**
 * A dateline at the head of a wire story: "MOSCOW, March 19. /TASS/.",
 * "BEIJING, March 9 (Xinhua) --", "MINSK, 24 February (BelTA) -", "ANKARA, March 5 ―"
 * (a horizontal bar, as some sites print Reuters' dash). It is not a
 * date the story reports on but the day it was filed, so the compiler takes it
 * as the day the story's "Friday" and "yesterday" count from, and lists no
 * date expression inside it.
 */
import { UTCDate, utc } from '@date-fns/utc';
import { differenceInCalendarDays, format, isExists, parseISO } from 'date-fns';

export interface Dateline {
  /** The dateline as printed, up to its closing mark. */
  text: string;
  start: number;
  end: number;
  /** The day it gives, yyyy-MM-dd, when it gives one. */
  day?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/**
 * A place in capitals ("MOSCOW", "KYIV, Ukraine", "NEW YORK"), a comma, a day,
 * and the agency or the dash that closes the dateline.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?<place>\p{Lu}[\p{Lu}.’' -]{1,40}?(?:,\s*\p{Lu}[\p{L}.’' -]{1,30}?)?),\s+(?:(?<month>${MONTH})\s+(?<day>\d{1,2})|(?<dayFirst>\d{1,2})\s+(?<monthAfter>${MONTH}))(?:,?\s+(?<year>\d{4}))?(?<close>\s*\.\s*\/[^/\n]{1,30}\/\s*\.?|\s*\([^)\n]{1,40}\)\s*(?:--|—|–|―|-)?|\s*(?:--|—|–|―|-)|\.)`,
  'u',
);

/**
 * The dateline the first paragraph opens with, if any. Its day is taken in
 * the publication's year; a day more than a week from publication is not
 * taken as the story's day (the dateline then only keeps its words out of
 * the dates).
 */
export function findDateline(text: string, published: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (match === null) return undefined;
  const groups = match.groups ?? {};
  const monthName = groups['month'] ?? groups['monthAfter'] ?? '';
  const dayOfMonth = Number(groups['day'] ?? groups['dayFirst']);
  const publishedDay = parseISO(published, { in: utc });
  const year = groups['year'] === undefined ? publishedDay.getUTCFullYear() : Number(groups['year']);
  const month = MONTHS.indexOf(monthName.slice(0, 3));
  const start = match.index + (match[0].length - match[0].trimStart().length);
  const dateline = { text: match[0].trim(), start, end: match.index + match[0].trimEnd().length };
  if (month === -1 || !isExists(year, month, dayOfMonth)) return dateline;
  const day = new UTCDate(year, month, dayOfMonth);
  return Math.abs(differenceInCalendarDays(publishedDay, day)) <= 7
    ? { ...dateline, day: format(day, 'yyyy-MM-dd') }
    : dateline;
}
