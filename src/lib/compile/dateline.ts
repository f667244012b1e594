/**
 * A dateline at the head of a wire story: "MOSCOW, March 19. /TASS/.", "BEIJING, March 9 (Xinhua) --",
 * "MINSK, 24 February (BelTA) -", "ANKARA, March 5 ―" (a horizontal bar, as some sites print Reuters' dash),
 * "MOSCOW (UrduPoint News / Sputnik - 12th September, 2022)". It is not a date the story reports on but the day
 * it was filed, so the compiler takes it as the day the story's "Friday" and "yesterday" count from, and lists
 * no date expression inside it.
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
/** A place in capitals ("MOSCOW", "KYIV, Ukraine", "NEW YORK", "KYIV/MOSCOW"). */
const CAPITALS_PLACE = String.raw`\p{Lu}[\p{Lu}.’' /-]{1,40}?(?:,\s*\p{Lu}[\p{L}.’' -]{1,30}?)?`;
const DAY = String.raw`(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?`;
/** A day with its year on a line of its own ("New Delhi, March 7, 2022" above the story): a dateline too. */
const DAY_WITH_YEAR = String.raw`(?:${MONTH}\s+\d{1,2},?|\d{1,2}\s+${MONTH})\s+\d{4}`;
/** The agency in brackets, and the dash or colon after it: "(Xinhua) --", "(UrduPoint / Pakistan Point News - 5th Apr, 2022 ) :". */
const AGENCY = String.raw`\s*\([^)\n]{1,80}\)\s*(?:\.?\s*(?:--|—|–|―|-)|:)?`;
const CLOSE = String.raw`(?:\s*\.\s*\/[^/\n]{1,30}\/\s*\.?|${AGENCY}|\s*(?:--|—|–|―|-)|\.)`;
/**
 * A place in capitals, a comma or a full stop ("MOSCOW. March 21 (Interfax) -"),
 * a day, and the agency or the dash that closes the dateline; or a place in
 * ordinary capitals, with its country after a comma or not ("Paris, April 5 (UrduPoint …) :", "Antalya
 * [Turkey], March 10 (ANI):", "Lviv, Ukraine, Mar 27 (EFE).-", "Kyiv, March 3:"), only with the agency in
 * brackets, a colon after the day or the year on a line of its own, without which "Moscow, March 19 was a cold
 * day" is a sentence; or a day alone with its agency and a dash ("March 19 (UPI) —").
 */
const PLACE = String.raw`\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?`;
/** The outlet, a dash and the day in brackets right after a place in capitals: "MOSCOW (UrduPoint News / Sputnik - 12th September, 2022)". */
const OUTLET_AND_DAY = String.raw`\s*\([^()\n]{1,60}?\s[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}\s*\)\s*(?::|--|—|–|―|-)?`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:${CAPITALS_PLACE}${OUTLET_AND_DAY}|${CAPITALS_PLACE}[,.]\s+${DAY}${CLOSE}|${PLACE}(?:\s\[\p{Lu}[\p{L} ]{1,30}\]|,\s${PLACE})?,\s+(?:${DAY}${AGENCY}|${DAY}:|${DAY_WITH_YEAR}[ \t]*(?=\n))|${DAY}\s*\([^)\n]{1,40}\)\s*(?:--|—|–|―|-|:))`,
  'u',
);

/** A day in a dateline, either way round, with its year if printed: "March 19", "24 February", "Mar. 5, 2022". */
const DAY_IN_DATELINE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<month>${MONTH})\s+(?<day>\d{1,2})|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?<monthAfter>${MONTH}))(?!\d)(?:,?\s+(?<year>\d{4}))?`,
  'u',
);

/** How far from publication a dateline's day may be and still be the story's day. */
const MAX_DAYS_FROM_PUBLICATION = 7;

/**
 * The day a dateline gives ("MOSCOW, March 29 (Xinhua)"), yyyy-MM-dd. Without
 * a printed year it is the publication's year, or the year before for a
 * copy published early in January datelined late in December. A day more
 * than a week from publication is not the story's day: none.
 */
export function datelineDay(dateline: string, published: string): string | undefined {
  const groups = DAY_IN_DATELINE.exec(dateline)?.groups;
  if (groups === undefined) return undefined;
  const month = MONTHS.indexOf((groups['month'] ?? groups['monthAfter'] ?? '').slice(0, 3));
  const dayOfMonth = Number(groups['day'] ?? groups['dayFirst']);
  const publishedDay = parseISO(published, { in: utc });
  const publishedYear = publishedDay.getUTCFullYear();
  const years = groups['year'] === undefined ? [publishedYear, publishedYear - 1] : [Number(groups['year'])];
  for (const year of years) {
    if (month === -1 || !isExists(year, month, dayOfMonth)) return undefined;
    const day = new UTCDate(year, month, dayOfMonth);
    if (Math.abs(differenceInCalendarDays(publishedDay, day)) <= MAX_DAYS_FROM_PUBLICATION)
      return format(day, 'yyyy-MM-dd');
  }
  return undefined;
}

/**
 * The dateline the first paragraph opens with, if any, with the day it gives
 * (`datelineDay`); a dateline whose day is not the story's only keeps its
 * words out of the dates.
 */
export function findDateline(text: string, published: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (match === null) return undefined;
  const start = match.index + (match[0].length - match[0].trimStart().length);
  const dateline = { text: match[0].trim(), start, end: match.index + match[0].trimEnd().length };
  const day = datelineDay(dateline.text, published);
  return day === undefined ? dateline : { ...dateline, day };
}

/**
 * The dateline the first paragraph opens with: the one the editor recorded (`dateline.text` in the
 * frontmatter, as printed) where the paragraph starts with it, whatever its shape, or else one the
 * copy's shape shows (`findDateline`). Either way its words are no date the story reports on.
 */
export function openingDateline(text: string, published: string, recorded?: string): Dateline | undefined {
  const found = findDateline(text, published);
  if (found !== undefined || recorded === undefined || recorded.trim() === '') return found;
  const start = text.length - text.trimStart().length;
  if (!text.startsWith(recorded.trim(), start)) return undefined;
  const dateline = { text: recorded.trim(), start, end: start + recorded.trim().length };
  const day = datelineDay(dateline.text, published);
  return day === undefined ? dateline : { ...dateline, day };
}
