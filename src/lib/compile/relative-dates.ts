/** Resolves the dates a news paragraph names ("on Thursday", "a week ago", "February 24") to calendar days. */

import { UTCDate, utc } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  type Day,
  endOfISOWeek,
  endOfMonth,
  endOfYear,
  format,
  getDay,
  getMonth,
  getYear,
  isAfter,
  isValid,
  max,
  nextDay,
  parseISO,
  previousDay,
  startOfISOWeek,
  startOfMonth,
  startOfYear,
  subDays,
} from 'date-fns';

/** How precisely a phrase pins its date. */
export type DatePrecision = 'day' | 'week' | 'month' | 'span';

export interface ResolvedDate {
  /** The words in the text that name the date, as printed ("Thursday", "Sunday morning", "a week ago", "February 24", "its third week", "nearly two weeks"). */
  phrase: string;
  /** Offset of `phrase` in the text. */
  index: number;
  /** First day, yyyy-MM-dd. */
  start: string;
  /** Last day, yyyy-MM-dd (equal to start for precision 'day'). */
  end: string;
  precision: DatePrecision;
}

export interface DateContext {
  /** The article's publication day in its own zone, yyyy-MM-dd. */
  published: string;
  /** First day of the conflict the text is about, for "its third week"; omit when unknown. */
  conflictStart?: string;
}

const DAY_FORMAT = 'yyyy-MM-dd';

interface Period {
  start: UTCDate;
  end: UTCDate;
  precision: DatePrecision;
}

/** The days a phrase is resolved against, both midnight UTC so no machine zone can move them. */
interface Anchor {
  published: UTCDate;
  conflictStart: UTCDate | undefined;
}

type Groups = Partial<Record<string, string>>;

interface Matcher {
  /** Global; an optional `lead` group holds words that must precede the phrase but are not part of it. */
  pattern: RegExp;
  resolve: (groups: Groups, anchor: Anchor) => Period | undefined;
}

/** A calendar unit: how to step by it and where the one containing a day begins and ends. */
interface Unit {
  shift: (date: UTCDate, amount: number) => UTCDate;
  first: (date: UTCDate) => UTCDate;
  last: (date: UTCDate) => UTCDate;
  precision: DatePrecision;
}

const MONTH_UNIT: Unit = { shift: addMonths, first: startOfMonth, last: endOfMonth, precision: 'month' };

const UNITS = new Map<string, Unit>([
  ['day', { shift: addDays, first: (date) => date, last: (date) => date, precision: 'day' }],
  ['week', { shift: addWeeks, first: startOfISOWeek, last: endOfISOWeek, precision: 'week' }],
  ['month', MONTH_UNIT],
  // A year is too coarse to be a useful precision of its own; it is reported as the span it covers.
  ['year', { shift: addYears, first: startOfYear, last: endOfYear, precision: 'span' }],
]);

const WEEKDAYS = new Map<string, Day>([
  ['Sunday', 0],
  ['Monday', 1],
  ['Tuesday', 2],
  ['Wednesday', 3],
  ['Thursday', 4],
  ['Friday', 5],
  ['Saturday', 6],
]);

/** Month names and abbreviations are told apart by their first three letters. */
const MONTH_PREFIXES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const COUNTS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ['a couple of', 2],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
]);

const ORDINALS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

const DAY_OFFSETS = new Map<string, number>([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

const DAYS_IN_RECENT_DAYS = 7;
/** "Recent weeks": the two weeks before publication, by the same reading as "recent days". */
const DAYS_IN_RECENT_WEEKS = 14;

const WEEKDAY = [...WEEKDAYS.keys()].join('|');
const COUNT = String.raw`a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}`;
const UNIT = 'day|week|month|year';
const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
// A full stop belongs to an abbreviation ("Feb. 24"), never to a full name, where it ends the sentence.
const MONTH = String.raw`(?:(?:${FULL_MONTH})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)`;
const YEAR = String.raw`(?:,?\s+(?<year>\d{4})\b)?`;
const ORDINAL = `${[...ORDINALS.keys()].join('|')}|1st|2nd|3rd|[4-9]th|10th`;

function wholeUnit(unit: Unit, date: UTCDate): Period {
  return { start: unit.first(date), end: unit.last(date), precision: unit.precision };
}

function oneDay(date: UTCDate): Period {
  return { start: date, end: date, precision: 'day' };
}

function countOf(words: string): number {
  const normalised = words.toLowerCase().replace(/\s+/gu, ' ');
  return COUNTS.get(normalised) ?? Number(normalised);
}

/** The month's index, 0 for January, from a full name or an abbreviation. */
function monthOf(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3));
}

/**
 * A day in UTC, for any year: `new Date(99, 2, 1)` is 1 March 1999, since
 * JavaScript reads a year below 100 as 19xx ("March 0099" became 1999).
 */
function calendarDay(year: number, monthIndex: number, day: number): UTCDate {
  const date = new UTCDate(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

/** Whether the day exists in that year's calendar (no 30 February), for any year. */
function dayExists(year: number, monthIndex: number, day: number): boolean {
  const date = calendarDay(year, monthIndex, day);
  return date.getFullYear() === year && date.getMonth() === monthIndex && date.getDate() === day;
}

/** A day named without its year: this year's, unless that is more than a week after publication. */
function explicitDay({ month, day, year }: Groups, { published }: Anchor): Period | undefined {
  const monthIndex = monthOf(month ?? '');
  const dayOfMonth = Number(day);
  let resolvedYear = year === undefined ? getYear(published) : Number(year);
  // "December 30" in an early-January article is the December just gone; the week of slack keeps
  // announced dates of the coming days in the publication year.
  if (
    year === undefined &&
    isAfter(calendarDay(resolvedYear, monthIndex, dayOfMonth), addDays(published, 7))
  ) {
    resolvedYear -= 1;
  }
  if (!dayExists(resolvedYear, monthIndex, dayOfMonth)) return undefined;
  return oneDay(calendarDay(resolvedYear, monthIndex, dayOfMonth));
}

/** A span from a duration before publication up to publication: "nearly two weeks", "the past week". */
function spanBack({ count, unit }: Groups, { published }: Anchor): Period | undefined {
  const calendar = UNITS.get(unit?.toLowerCase() ?? '');
  if (calendar === undefined) return undefined;
  const amount = count === undefined ? 1 : countOf(count);
  return { start: calendar.shift(published, -amount), end: published, precision: 'span' };
}

const MATCHERS: Matcher[] = [
  {
    // "Thursday", "last Friday", "Sunday morning"; "on" and "said" are left out of the phrase.
    pattern: new RegExp(
      String.raw`\b(?:(?<relation>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?<weekday>${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b`,
      'gu',
    ),
    resolve: ({ relation, weekday }, { published }) => {
      const target = WEEKDAYS.get(weekday ?? '');
      if (target === undefined) return undefined;
      const relationWord = relation?.toLowerCase();
      if (relationWord === 'next') return oneDay(nextDay(published, target));
      // "last Friday" written on a Friday is the Friday before; a bare "Friday" is the day itself.
      if (relationWord === 'last' || getDay(published) !== target)
        return oneDay(previousDay(published, target));
      return oneDay(published);
    },
  },
  {
    pattern: /\b(?<word>today|yesterday|tomorrow)\b/giu,
    resolve: ({ word }, { published }) => {
      const offset = DAY_OFFSETS.get(word?.toLowerCase() ?? '');
      return offset === undefined ? undefined : oneDay(addDays(published, offset));
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?<count>${COUNT})\s+(?<unit>${UNIT})s?\s+ago\b`, 'giu'),
    resolve: ({ count, unit }, { published }) => {
      const calendar = UNITS.get(unit?.toLowerCase() ?? '');
      if (calendar === undefined) return undefined;
      return wholeUnit(calendar, calendar.shift(published, -countOf(count ?? '')));
    },
  },
  {
    // "The last week" and "the next month" are durations counted from today, not calendar units.
    pattern: new RegExp(
      String.raw`(?<!\bthe\s+)\b(?<relation>earlier\s+this|this|last|next)\s+(?<unit>week|month|year)\b`,
      'giu',
    ),
    resolve: ({ relation, unit }, { published }) => {
      const calendar = UNITS.get(unit?.toLowerCase() ?? '');
      if (calendar === undefined) return undefined;
      const first = calendar.first(published);
      switch (relation?.toLowerCase().replace(/\s+/gu, ' ')) {
        case 'this':
          return { start: first, end: published, precision: calendar.precision };
        case 'earlier this':
          return { start: first, end: max([first, subDays(published, 1)]), precision: calendar.precision };
        case 'last':
          return wholeUnit(calendar, calendar.shift(published, -1));
        default:
          return wholeUnit(calendar, calendar.shift(published, 1));
      }
    },
  },
  {
    // "(the first talks) in nearly two weeks"; without the hedge, "in two weeks" looks forward.
    pattern: new RegExp(
      String.raw`\b(?<lead>(?:in|for)\s+)(?:nearly|almost|more\s+than|over|about|close\s+to|roughly|at\s+least)\s+(?<count>${COUNT})\s+(?<unit>${UNIT})s?\b`,
      'giu',
    ),
    resolve: spanBack,
  },
  {
    pattern: new RegExp(String.raw`\bthe\s+past\s+(?:(?<count>${COUNT})\s+)?(?<unit>${UNIT})s?\b`, 'giu'),
    resolve: spanBack,
  },
  {
    pattern: /\brecent\s+(?<unit>days|weeks)\b/giu,
    resolve: ({ unit }, { published }) => ({
      start: subDays(published, unit?.toLowerCase() === 'weeks' ? DAYS_IN_RECENT_WEEKS : DAYS_IN_RECENT_DAYS),
      end: published,
      precision: 'span',
    }),
  },
  {
    // "by the end of the week": the week of publication, up to publication.
    pattern: /\b(?<lead>by\s+)?the\s+end\s+of\s+(?:the|this)\s+week\b/giu,
    resolve: (_groups, { published }) => ({
      start: startOfISOWeek(published),
      end: published,
      precision: 'week',
    }),
  },
  {
    pattern: new RegExp(String.raw`\b(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b${YEAR}`, 'gu'),
    resolve: explicitDay,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>${MONTH})${YEAR}`,
      'gu',
    ),
    resolve: explicitDay,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?<lead>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Oo]f)\s+)?(?<modifier>(?:[Ll]ast|[Ee]arly|[Ll]ate)\s+|[Mm]id-)?(?<month>${FULL_MONTH})\b${YEAR}`,
      'gu',
    ),
    resolve: ({ lead, modifier, month, year }, { published }) => {
      const monthIndex = monthOf(month ?? '');
      // A capitalised month name with nothing around it is as often a name or a march; "May" is usually the verb.
      const eligible =
        year !== undefined ||
        modifier !== undefined ||
        (lead !== undefined && (month !== 'May' || lead.trim().toLowerCase() === 'in'));
      if (!eligible) return undefined;
      const publishedMonth = getMonth(published);
      const isLast = modifier?.trim().toLowerCase() === 'last';
      const laterThisYear = isLast ? monthIndex >= publishedMonth : monthIndex > publishedMonth;
      const resolvedYear = year === undefined ? getYear(published) - (laterThisYear ? 1 : 0) : Number(year);
      return wholeUnit(MONTH_UNIT, calendarDay(resolvedYear, monthIndex, 1));
    },
  },
  {
    // "The third week of March" counts from the month, not the conflict, so a following "of <Name>" rules it out.
    pattern: new RegExp(
      String.raw`\b(?:(?:[Ii]ts|[Tt]he)\s+)?(?<ordinal>${ORDINAL})\s+week\b(?:\s+of\s+(?:the\s+)?(?:war|conflict|invasion|fighting)\b)?(?!\s+of\s+[A-Z])`,
      'gu',
    ),
    resolve: ({ ordinal }, { conflictStart }) => {
      if (conflictStart === undefined || ordinal === undefined) return undefined;
      const start = addWeeks(conflictStart, (ORDINALS.get(ordinal) ?? Number.parseInt(ordinal, 10)) - 1);
      return { start, end: addDays(start, 6), precision: 'week' };
    },
  },
];

/** Parses a yyyy-MM-dd day at midnight UTC; throws a RangeError for anything else. */
function parseDay(value: string, field: string): UTCDate {
  const day = parseISO(value, { in: utc });
  if (!isValid(day) || format(day, DAY_FORMAT) !== value) {
    throw new RangeError(`${field} must be a yyyy-MM-dd day, got "${value}"`);
  }
  return day;
}

/**
 * Finds every date phrase in a paragraph and resolves it against the publication day. Results in text order,
 * non-overlapping (longest phrase wins). Reported events are taken to be in the past: a bare weekday is the most
 * recent such day on or before publication. Throws a RangeError when a context day is not yyyy-MM-dd.
 */
export function resolveRelativeDates(text: string, context: DateContext): ResolvedDate[] {
  const anchor: Anchor = {
    published: parseDay(context.published, 'published'),
    conflictStart:
      context.conflictStart === undefined ? undefined : parseDay(context.conflictStart, 'conflictStart'),
  };
  const candidates: ResolvedDate[] = [];
  for (const { pattern, resolve } of MATCHERS) {
    for (const match of text.matchAll(pattern)) {
      const groups: Groups = match.groups ?? {};
      const period = resolve(groups, anchor);
      if (period === undefined) continue;
      const leadLength = groups['lead']?.length ?? 0;
      candidates.push({
        phrase: match[0].slice(leadLength),
        index: match.index + leadLength,
        start: format(period.start, DAY_FORMAT),
        end: format(period.end, DAY_FORMAT),
        precision: period.precision,
      });
    }
  }
  const chosen: ResolvedDate[] = [];
  const longestFirst = candidates.sort((a, b) => b.phrase.length - a.phrase.length || a.index - b.index);
  // The characters of the phrases chosen so far: a candidate overlaps one when any of its own is
  // marked, checked in its length rather than against every phrase chosen.
  const marked = new Uint8Array(text.length + 1);
  for (const candidate of longestFirst) {
    const end = candidate.index + candidate.phrase.length;
    if (marked.subarray(candidate.index, end).includes(1)) continue;
    marked.fill(1, candidate.index, end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
