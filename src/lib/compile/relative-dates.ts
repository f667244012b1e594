/** Resolves the dates a news paragraph names ("on Thursday", "a week ago", "February 24") to calendar days. */

import { UTCDate, utc } from '@date-fns/utc';
import { memoizeByText } from '../memoize';
import { resolveAnaphoricDates } from './anaphoric-dates';
import { analyse, objectReadAsVerb, type Token } from './language';
import { firstStartingAtOrAfter } from './ranges';
import { matchesNeeding, QUOTATION_MARK_TOKEN, WORD_END, WORD_START } from './text';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  type Day,
  differenceInCalendarDays,
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
  /** The article's publication day in its own zone (or its dateline's day), yyyy-MM-dd. */
  published: string;
  /** The paragraph's tokens from the language layer, when the caller has them; otherwise they are made here. */
  tokens?: readonly Token[];
  /** First day of the conflict the text is about, for "its third week"; omit when unknown. */
  conflictStart?: string;
  /** The latest day (yyyy-MM-dd) the paragraphs just before named, for "the same day", "a day earlier". */
  earlierDay?: string;
  /**
   * Whether periods counted in whole years ("last year", "a year ago", "the past two years", "next year") are
   * resolved; true unless false. An article's timeline places nothing by the year, and the gold sets leave a
   * year alone out; TempEval-3 normalises such expressions, so its check keeps them.
   */
  years?: boolean;
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
  /** The day a sentence says its words were said ("said Friday"), for the future it speaks of. */
  saidOn?: UTCDate;
}

type Groups = Partial<Record<string, string>>;

/**
 * Whether the clause a phrase sits in speaks of what is still to come ("talks will resume on Tuesday"), of
 * what is done, or of what was planned ("the delegations were due to meet on Wednesday": the future seen from
 * a past, which may lie either side of the report).
 */
type Tense = 'future' | 'past' | 'planned';

interface Matcher {
  /** Global; an optional `lead` group holds words that must precede the phrase but are not part of it. */
  pattern: RegExp;
  /** Letters every match of `pattern` contains (`matchesNeeding`): most paragraphs name no such date. */
  needs?: RegExp;
  resolve: (groups: Groups, anchor: Anchor, tense: Tense) => Period | undefined;
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
// ("in February of 2022": "of" may join them.)
const YEAR = String.raw`(?:,?\s+(?:of\s+)?(?<year>\d{4})\b)?`;
/** "February 24 last year", "March of next year": the year named by its distance from the publication's. */
const YEAR_WORD = String.raw`(?:\s+(?:of\s+)?(?<yearWord>last|this|next)\s+year\b)?`;
/** How many years from the publication's a year word names. */
const YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
const ORDINAL = `${[...ORDINALS.keys()].join('|')}|1st|2nd|3rd|[4-9]th|10th`;
/** A weekday's name and a month's name or abbreviation ("Sept", "Feb."), without the word around them. */
const WEEKDAY_NAME = new RegExp(WEEKDAY, 'u');
const MONTH_NAME = new RegExp(MONTH_PREFIXES.join('|'), 'u');
/** Days of a war run past ten: "the 21st day of the invasion". */
/** Words that open a clause of its own, whose verb a date phrase right after them attaches to. */
const CLAUSE_OPENER = /^(?:that|when|while|after|before|because|since|although|though|whereas)$/iu;
/** "Overnight" as the night before publication: not after a negation in its clause. */
const OVERNIGHT_AS_A_NIGHT = String.raw`(?<!(?:\bnot|n't|\bcannot|\bnever)\b[^.;:!?,]{0,80})overnight`;
/** Between the first and the last day of a range: a dash, "to", "through", "until". */
const DAY_RANGE = String.raw`(?:\s*[-–]\s*|\s+(?:to|through|until|till)\s+)`;
/** What the war is called: "the war", "Russia's invasion", "the special military operation". */
const WAR_NOUN = String.raw`(?:(?:special\s+)?military\s+)?(?:war|invasion|conflict|fighting|offensive|assault|operation)`;
const DAY_ORDINAL = String.raw`${[...ORDINALS.keys()].join('|')}|\d{1,3}(?:st|nd|rd|th)`;

/** A part of a day after its name: "Thursday morning", "yesterday evening". */
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
/** A day's date, its weekday before it or not: "April 12", "14 August", "Wednesday, 14 August", "the 4th of September". */
const DATE_OF_DAY = String.raw`(?:(?:${WEEKDAY}),?\s+)?(?:the\s+)?(?:(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<monthAfter>${MONTH}))${YEAR}`;

/**
 * "today, April 12", "yesterday (July 28)", "Thursday morning (21 March)", "Wednesday ( July 24 )", "tomorrow,
 * Wednesday": a day told twice side by side, by a word for it and by its date or its weekday, is one expression
 * (tests/gold/README.md: as a weekday and its date are), whose day is the date's, or the word's when a weekday
 * alone follows it. `gap` is what stands between the two, `close` what closes the second (a bracket).
 */
function dayInApposition(gap: string, close: string): Matcher {
  return {
    needs: /day|tonight|tomorrow/iu,
    pattern: new RegExp(
      String.raw`\b(?:(?<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)|(?:this\s+)?(?:${WEEKDAY}))${PART_OF_DAY}(?:${gap})(?:${DATE_OF_DAY}|(?<weekday>${WEEKDAY})\b)${close}`,
      'gu',
    ),
    resolve: (groups, anchor, tense) => {
      if (groups['month'] !== undefined || groups['monthAfter'] !== undefined)
        return dayInEitherOrder(groups, anchor, tense);
      // Two weekdays side by side ("Thursday, Friday") are two days; a word and a weekday, the word's day.
      const word = groups['word']?.toLowerCase();
      if (word === undefined) return undefined;
      return oneDay(addDays(anchor.published, DAY_OFFSETS.get(word) ?? 0));
    },
  };
}

function wholeUnit(unit: Unit, date: UTCDate): Period {
  return { start: unit.first(date), end: unit.last(date), precision: unit.precision };
}

/** The weekday `target` of the (ISO, Monday-first) week a day is in: Monday its first day, Sunday its last. */
function weekdayOfWeek(day: UTCDate, target: Day): UTCDate {
  return addDays(startOfISOWeek(day), (target + 6) % 7);
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

/** A day named without its year: this year's, unless that is more than two weeks after publication. */
function explicitDay(
  { month, day, year, yearWord }: Groups,
  { published }: Anchor,
  tense: Tense,
): Period | undefined {
  const monthIndex = monthOf(month ?? '');
  const dayOfMonth = Number(day);
  const shift = YEAR_SHIFT[yearWord?.toLowerCase() ?? ''];
  if (shift !== undefined && year === undefined) {
    const shifted = getYear(published) + shift;
    return dayExists(shifted, monthIndex, dayOfMonth)
      ? oneDay(calendarDay(shifted, monthIndex, dayOfMonth))
      : undefined;
  }
  let resolvedYear = year === undefined ? getYear(published) : Number(year);
  // "December 30" in an early-January article is the December just gone; two weeks of slack keep dates
  // announced for the coming days in the publication year, told in the past as they are ("On April 28, Putin
  // declared a ceasefire from May 8", written on 30 April). On the dev set a week lost such dates, a month took
  // past ones a month ahead ("was abducted on March 19", written on 16 February) for this year's.
  if (
    year === undefined &&
    tense === 'past' &&
    isAfter(calendarDay(resolvedYear, monthIndex, dayOfMonth), addDays(published, 14))
  ) {
    resolvedYear -= 1;
  }
  // "a Russia-NATO session will be held on 12 January", written on 31 December: what is yet to come, whose day
  // next year is at most six weeks off, is next year's. (Further off, a tense read as the future is too often
  // wrong: "the war it started on February 24 will …", written in December, is this year's.)
  if (
    year === undefined &&
    (tense === 'future' || tense === 'planned') &&
    !isAfter(calendarDay(resolvedYear + 1, monthIndex, dayOfMonth), addDays(published, 42))
  ) {
    resolvedYear += 1;
  }
  if (!dayExists(resolvedYear, monthIndex, dayOfMonth)) return undefined;
  return oneDay(calendarDay(resolvedYear, monthIndex, dayOfMonth));
}

/** A day and its month in either order ("March 10", "10 March"), as `explicitDay` reads them. */
function dayInEitherOrder(
  { month, day, dayFirst, monthAfter, year }: Groups,
  anchor: Anchor,
  tense: Tense,
): Period | undefined {
  return explicitDay(
    { month: month ?? monthAfter, day: day ?? dayFirst, ...(year === undefined ? {} : { year }) },
    anchor,
    tense,
  );
}

/** A month's last seven days, "the end of" it. */
function lastWeekOf(year: number, monthIndex: number): Period {
  const last = endOfMonth(calendarDay(year, monthIndex, 1));
  return { start: subDays(last, 6), end: last, precision: 'span' };
}

/** "fourth", "11th": the number an ordinal says. */
function ordinalOf(word: string): number {
  return ORDINALS.get(word) ?? Number.parseInt(word, 10);
}

/** The days from a range's first to its last ("March 11 to 13", "between 11 and 13 March"), both in its month. */
function daysOfRange(
  { month, day, last, dayFirst, lastFirst, monthAfter, year }: Groups,
  anchor: Anchor,
  tense: Tense,
): Period | undefined {
  const common = { month: month ?? monthAfter, ...(year === undefined ? {} : { year }) };
  const first = explicitDay({ ...common, day: day ?? dayFirst }, anchor, tense);
  const final = explicitDay({ ...common, day: last ?? lastFirst }, anchor, tense);
  if (first === undefined || final === undefined || !isAfter(final.start, first.start)) return undefined;
  return { start: first.start, end: final.end, precision: 'span' };
}

/** The nth day of the war, counting its first day as the first: "the fourth day of Russia's invasion". */
function dayOfWar({ ordinal }: Groups, { conflictStart }: Anchor): Period | undefined {
  return conflictStart === undefined || ordinal === undefined
    ? undefined
    : oneDay(addDays(conflictStart, ordinalOf(ordinal) - 1));
}

/** Days either side of the report's day that "(now) in its nth day" may fall on: the count is of the present. */
const PRESENT_COUNT_DAYS = 3;

/**
 * "The war, now in its 11th day": the count of a war as the report is written. A count far from the report's
 * day is of another war than the knowledge's ("The Iran war, now in its sixth day", in 2026): nothing is resolved.
 */
function presentDayOfWar(groups: Groups, anchor: Anchor): Period | undefined {
  const period = dayOfWar(groups, anchor);
  return period !== undefined &&
    Math.abs(differenceInCalendarDays(period.start, anchor.published)) <= PRESENT_COUNT_DAYS
    ? period
    : undefined;
}

/** "Recent days" and "recent weeks": the week or the two weeks up to publication. */
function recentSpan(unit: string, { published }: Anchor): Period {
  return {
    start: subDays(published, /^weeks?$/iu.test(unit) ? DAYS_IN_RECENT_WEEKS : DAYS_IN_RECENT_DAYS),
    end: published,
    precision: 'span',
  };
}

/** A span from a duration before publication up to publication: "nearly two weeks", "the past week". */
function spanBack({ count, unit }: Groups, { published }: Anchor): Period | undefined {
  // A fortnight is two weeks.
  const fortnight = unit?.toLowerCase() === 'fortnight';
  const calendar = UNITS.get(fortnight ? 'week' : (unit?.toLowerCase() ?? ''));
  if (calendar === undefined) return undefined;
  const amount = (count === undefined ? 1 : countOf(count)) * (fortnight ? 2 : 1);
  return { start: calendar.shift(published, -amount), end: published, precision: 'span' };
}

const MATCHERS: Matcher[] = [
  {
    // "Thursday", "last Friday", "Sunday morning"; "on" and "said" are left out of the phrase. ("The Sunday Times",
    // "the Monday Club": a weekday between "the" and a capitalised word opens a name, no day; "every Tuesday" is
    // a habit, no day either.)
    needs: WEEKDAY_NAME,
    pattern: new RegExp(
      String.raw`\b(?<![Ee]very\s+)(?:(?<![Tt]he\s+)|(?!(?:${WEEKDAY})\s+(?!(?:${FULL_MONTH})\b)\p{Lu}\p{Ll}))(?:(?<relation>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?<weekday>${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b`,
      'gu',
    ),
    resolve: ({ relation, weekday }, { published, saidOn }, tense) => {
      const target = WEEKDAYS.get(weekday ?? '');
      if (target === undefined) return undefined;
      const relationWord = relation?.toLowerCase();
      // "This Thursday, envoys will meet" written on a Wednesday, "met this Monday": that weekday of the (ISO,
      // Monday-first) week of the report. Copy filed late keeps it: "are holding talks this Saturday, 12"
      // published on Sunday the 13th is the day before. A day later in the week told in the past is the one
      // before ("announced this Sunday (27)" in a Monday's report).
      if (relationWord === 'this') {
        const inWeek = weekdayOfWeek(published, target);
        return oneDay(inWeek > published && tense === 'past' ? previousDay(published, target) : inWeek);
      }
      // "next Monday", and "talks will resume on Tuesday": the first such day after publication, or after the
      // day the words were said when the sentence gives it ("Podolyak said Friday the talks will be held on Saturday").
      if (relationWord === undefined && tense === 'future') {
        // "the ministers are due to hold talks on Thursday" in a report of that Thursday: that day, not a week on
        // (a week on would be "next Thursday"); "talks will go on today, Tuesday, and tomorrow" likewise.
        const from = saidOn ?? published;
        return oneDay(getDay(from) === target ? from : nextDay(from, target));
      }
      if (relationWord === 'next') return oneDay(nextDay(saidOn ?? published, target));
      // "were due to meet on Wednesday": the nearer Wednesday to the report, before or after it (the one
      // before when both are as near).
      if (relationWord === undefined && tense === 'planned' && getDay(published) !== target) {
        const before = previousDay(published, target);
        const after = nextDay(published, target);
        return oneDay(
          differenceInCalendarDays(after, published) < differenceInCalendarDays(published, before)
            ? after
            : before,
        );
      }
      // "last Thursday" written on a Friday: the day before, or (as "yesterday" would name that) the Thursday of
      // the week before. Readers and writers take it either way, so it is left unresolved.
      if (
        relationWord === 'last' &&
        differenceInCalendarDays(published, previousDay(published, target)) === 1
      )
        return undefined;
      // "last Friday" written on a Friday is the Friday before; a bare "Friday" is the day itself.
      if (relationWord === 'last' || getDay(published) !== target)
        return oneDay(previousDay(published, target));
      return oneDay(published);
    },
  },
  {
    // "Friday last week", "Monday of next week": that weekday of the (ISO, Monday-first) week the words name.
    needs: WEEKDAY_NAME,
    pattern: new RegExp(
      String.raw`\b(?<weekday>${WEEKDAY})\s+(?:of\s+)?(?<relation>last|this|next)\s+week\b`,
      'gu',
    ),
    resolve: ({ weekday, relation }, { published }) => {
      const target = WEEKDAYS.get(weekday ?? '');
      const shift = { last: -1, this: 0, next: 1 }[relation ?? ''];
      if (target === undefined || shift === undefined) return undefined;
      // Monday is the week's first day, Sunday its last.
      return oneDay(weekdayOfWeek(addWeeks(published, shift), target));
    },
  },
  {
    // "Wednesday to Friday this week", "from Tuesday through Thursday": the days from the first, read as a
    // weekday alone is (or in the week the words name), to the next such last day.
    needs: WEEKDAY_NAME,
    pattern: new RegExp(
      String.raw`\b(?<weekday>${WEEKDAY})(?<range>${DAY_RANGE})(?<lastWeekday>${WEEKDAY})(?:\s+(?:of\s+)?(?<relation>last|this|next)\s+week)?\b`,
      'gu',
    ),
    resolve: (groups, anchor, tense) => {
      const { weekday, lastWeekday, relation, range } = groups;
      const target = WEEKDAYS.get(weekday ?? '');
      const end = WEEKDAYS.get(lastWeekday ?? '');
      if (target === undefined || end === undefined || target === end) return undefined;
      const shift = { last: -1, this: 0, next: 1 }[relation ?? ''];
      const first =
        shift === undefined
          ? MATCHERS[0]?.resolve({ weekday }, anchor, tense)
          : oneDay(addDays(startOfISOWeek(addWeeks(anchor.published, shift)), (target + 6) % 7));
      const length = (end - target + 7) % 7;
      // "from Sunday to Monday" is as often the night between them as two days: left to each weekday alone; two
      // joined by a dash alone ("the Tuesday-Wednesday meeting") are the two days.
      const dashed = /^[-–]$/u.test(range ?? '');
      if (first === undefined || length < (dashed ? 1 : 2)) return undefined;
      // "Talks were held Monday through Wednesday", written on the Tuesday: days that are over, the week before.
      const start =
        shift === undefined && tense === 'past' && isAfter(addDays(first.start, length), anchor.published)
          ? subDays(first.start, 7)
          : first.start;
      return { start, end: addDays(start, length), precision: 'span' };
    },
  },
  {
    // "on 18/8", "on 27/11" (day first, as most of the world writes it) or "on 8/18" (the US order): the order
    // the numbers allow, and none when both could be a month ("on 3/4"). After "on" only, which a score or a
    // fraction ("24/7") is not.
    needs: /\d\/\d/u,
    pattern: /(?<=\b[Oo]n\s+)(?<first>\d{1,2})\/(?<second>\d{1,2})\b(?!\/)/gu,
    resolve: ({ first, second }, anchor, tense) => {
      const [a, b] = [Number(first), Number(second)];
      if (a > 12 === b > 12 || Math.min(a, b) < 1) return undefined;
      const [day, month] = a > 12 ? [a, b] : [b, a];
      return explicitDay({ month: MONTH_PREFIXES[month - 1], day: String(day) }, anchor, tense);
    },
  },
  {
    // "the end of August", "the end of this month": the month's last seven days, in the year the tense gives, as
    // a month's name alone; after "by", "until" or "before" a deadline, so not before the publication's month
    // ("proposed a meeting by the end of August", written in July).
    // "the last week of June" too: the same seven days.
    needs: /(?:end|last week) of/u,
    pattern: new RegExp(
      String.raw`(?:(?<=\b(?<deadline>[Bb]y|[Uu]ntil|[Bb]efore)\s+)|)\bthe\s+(?:end|last\s+week)\s+of\s+(?:(?<month>${FULL_MONTH})\b(?!\s+\d{1,2}\b)${YEAR}|(?<relation>this|next|last)\s+month\b)`,
      'gu',
    ),
    resolve: ({ deadline, month, year, relation }, { published }, tense) => {
      // "the end of this month", "… of next month": the month the words name, counted from the publication's.
      if (relation !== undefined) {
        const shift = { this: 0, next: 1, last: -1 }[relation] ?? 0;
        const month = addMonths(published, shift);
        return lastWeekOf(getYear(month), getMonth(month));
      }
      const monthIndex = monthOf(month ?? '');
      const publishedMonth = getMonth(published);
      const resolvedYear =
        year !== undefined
          ? Number(year)
          : getYear(published) +
            // ("From then until the end of March, several rounds were held": a span that ended, told in the past.)
            (deadline !== undefined && !(tense === 'past' && /^until$/iu.test(deadline))
              ? monthIndex < publishedMonth
                ? 1
                : 0
              : monthIndex > publishedMonth && tense === 'past'
                ? -1
                : 0);
      return lastWeekOf(resolvedYear, monthIndex);
    },
  },
  dayInApposition(String.raw`,\s*|\s+`, ''),
  dayInApposition(String.raw`\s*[([]\s*`, String.raw`\s*[)\]]`),
  {
    // "Thursday (March 10)", "Thursday (5 May)", "Friday [June 2]": one expression, whose date is the one in brackets.
    needs: WEEKDAY_NAME,
    pattern: new RegExp(
      String.raw`\b(?:${WEEKDAY})\s+[([](?:(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?<monthAfter>${MONTH}))${YEAR}[)\]]`,
      'gu',
    ),
    resolve: dayInEitherOrder,
  },
  {
    // "Saturday, February 26", "Tuesday, 12 April": the weekday and its date are one expression, as above.
    needs: WEEKDAY_NAME,
    pattern: new RegExp(
      String.raw`\b(?:${WEEKDAY}),?\s+(?:(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?<monthAfter>${MONTH}))${YEAR}`,
      'gu',
    ),
    resolve: dayInEitherOrder,
  },
  {
    // "March 11-13", "28–30 March", "March 11 to 13", "11 through 13 March": the days from the first to the
    // last, both in that month. Two days joined by "and" are both ("June 15 and 16", "June 15th and 16th").
    needs: MONTH_NAME,
    pattern: new RegExp(
      String.raw`\b(?:(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:${DAY_RANGE}|\s+(?<and>and)\s+)(?<last>\d{1,2})(?:st|nd|rd|th)?\b(?!\s+(?:of\s+)?${MONTH})|(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?(?:${DAY_RANGE}|\s+(?<andFirst>and)\s+)(?<lastFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<monthAfter>${MONTH}))${YEAR}`,
      'gu',
    ),
    // Days joined by "and" are one span only when they follow each other: "March 3 and 10" are two days.
    resolve: (groups, anchor, tense) => {
      const joined = groups['and'] ?? groups['andFirst'];
      const days =
        Number(groups['last'] ?? groups['lastFirst']) - Number(groups['day'] ?? groups['dayFirst']);
      return joined !== undefined && days !== 1 ? undefined : daysOfRange(groups, anchor, tense);
    },
  },
  {
    // "from June 20 to June 30", "May 20 to June 1": a range whose days each name their month; a last day
    // earlier in the calendar than the first is in the next year ("December 28 to January 3").
    needs: MONTH_NAME,
    pattern: new RegExp(
      String.raw`\b(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?${DAY_RANGE}(?<monthEnd>${MONTH})\s+(?<last>\d{1,2})(?:st|nd|rd|th)?\b${YEAR}`,
      'gu',
    ),
    resolve: ({ month, day, monthEnd, last, year }, anchor, tense) => {
      const first = explicitDay({ month, day, year }, anchor, tense);
      if (first === undefined) return undefined;
      const sameYear = explicitDay(
        { month: monthEnd, day: last, year: year ?? String(getYear(first.start)) },
        anchor,
        tense,
      );
      const final =
        sameYear !== undefined && isAfter(sameYear.start, first.start)
          ? sameYear
          : year === undefined
            ? explicitDay(
                { month: monthEnd, day: last, year: String(getYear(first.start) + 1) },
                anchor,
                tense,
              )
            : undefined;
      if (final === undefined || !isAfter(final.start, first.start)) return undefined;
      return { start: first.start, end: final.end, precision: 'span' };
    },
  },
  {
    // "between March 11 and 13", "between 11 and 13 March": the same days, the expression with its "between".
    needs: /between/iu,
    pattern: new RegExp(
      String.raw`\b[Bb]etween\s+(?:(?<month>${MONTH})\s+(?<day>\d{1,2})\s+and\s+(?<last>\d{1,2})\b|(?<dayFirst>\d{1,2})\s+and\s+(?<lastFirst>\d{1,2})\s+(?<monthAfter>${MONTH}))${YEAR}`,
      'gu',
    ),
    resolve: daysOfRange,
  },
  {
    // Parts of the publication day, and the night before it. ("Overnight" after a negation in its clause is all
    // at once, no night: "the war cannot end overnight".)
    needs: /morning|afternoon|evening|night|today/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}(?:(?<today>this\s+(?:morning|afternoon|evening)|tonight|${OVERNIGHT_AS_A_NIGHT}|(?:earlier|later)\s+today)|(?<lastNight>last\s+night))${WORD_END}`,
      'giu',
    ),
    resolve: ({ lastNight }, { published }) =>
      oneDay(lastNight === undefined ? published : subDays(published, 1)),
  },
  {
    // "last weekend", "over the weekend": the Saturday and Sunday before publication (or to come, in the future).
    needs: /weekend/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}(?:(?<relation>last|this|next)\s+|(?:over\s+)?the\s+)weekend${WORD_END}`,
      'giu',
    ),
    resolve: ({ relation }, { published }, tense) => {
      const word = relation?.toLowerCase();
      const ahead = word === 'next' || (word !== 'last' && tense === 'future');
      // "this weekend", or a weekend planned in the past ("got ready to receive leaders this weekend"): the
      // nearer one to the report, before or after it (the one after when both are as near).
      const before = previousDay(published, 6);
      const after = nextDay(published, 6);
      const nearer =
        differenceInCalendarDays(after, published) <= differenceInCalendarDays(published, before)
          ? after
          : before;
      // On a Saturday or a Sunday, "last weekend" is the one before the weekend the report is written in.
      const inWeekend = getDay(published) === 6 || getDay(published) === 0;
      const saturday =
        inWeekend && word === 'last'
          ? subDays(published, getDay(published) === 0 ? 8 : 7)
          : getDay(published) === 6 || (getDay(published) === 0 && !ahead)
            ? subDays(published, getDay(published) === 0 ? 1 : 0)
            : ahead
              ? after
              : word === 'this' || (word === undefined && tense === 'planned')
                ? nearer
                : before;
      return { start: saturday, end: addDays(saturday, 1), precision: 'span' };
    },
  },
  {
    // "Five days into Russia's invasion": the fifth day, counting the first (whoever's possessive it is);
    // "nearly one week into Russia’s invasion": the seventh.
    needs: /into/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}(?:(?:nearly|almost|about|some)\s+)?(?<count>${COUNT})\s+(?<unit>day|week)s?\s+into\s+(?:the|this|its|\p{Lu}[\p{L}-]*[’']s)\s+(?:war|invasion|conflict|fighting)${WORD_END}`,
      'giu',
    ),
    resolve: ({ count, unit }, { conflictStart }) =>
      conflictStart === undefined
        ? undefined
        : oneDay(addDays(conflictStart, countOf(count ?? '') * (unit?.toLowerCase() === 'week' ? 7 : 1) - 1)),
  },
  {
    // "the fourth day of Russia's invasion", "on the 10th day of the war": counted from the first day, as above.
    needs: /day/u,
    pattern: new RegExp(
      String.raw`\b(?:[Tt]he\s+)(?<ordinal>${DAY_ORDINAL})\s+day\s+of\s+(?:the|this|its|\p{Lu}[\p{L}-]*[’']s)\s+${WAR_NOUN}\b`,
      'gu',
    ),
    resolve: dayOfWar,
  },
  {
    // "The war, now in its 11th day": "its" is the war's only when the clause has just named it. The look
    // back starts at "its", not at every position of the text (it was a tenth of the compiler's time).
    needs: /its/u,
    pattern: new RegExp(
      String.raw`\bits(?<=\b(?:war|invasion|conflict|fighting|offensive|operation)\b[^.;:!?]{0,60}its)\s+(?<ordinal>${DAY_ORDINAL})\s+day\b`,
      'gu',
    ),
    resolve: presentDayOfWar,
  },
  {
    // "the day after tomorrow", "the day before yesterday": two days on or back (the longer phrase wins).
    needs: /the day (?:after|before)/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}the\s+day\s+(?<relation>after\s+tomorrow|before\s+yesterday)${WORD_END}`,
      'giu',
    ),
    resolve: ({ relation }, { published }) =>
      oneDay(addDays(published, /^after/iu.test(relation ?? '') ? 2 : -2)),
  },
  {
    // "Now in its 19th day, the conflict …": the war named right after the count.
    needs: /its/u,
    pattern: new RegExp(
      String.raw`\bits\s+(?<ordinal>${DAY_ORDINAL})\s+day\b(?=,?\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:war|invasion|conflict|fighting|offensive|operation)\b)`,
      'gu',
    ),
    resolve: presentDayOfWar,
  },
  {
    pattern: new RegExp(
      String.raw`(?:(?<=(?<before>\p{L}+)\s)|)${WORD_START}(?<word>today|yesterday|tomorrow)${WORD_END}`,
      'giu',
    ),
    resolve: ({ before, word }, { published }) => {
      // "Russia Today reported", "on the programme Europe Today": a capitalised "Today" after a capitalised word is
      // the end of a name, no day.
      if (/^\p{Lu}/u.test(before ?? '') && /^\p{Lu}/u.test(word ?? '')) return undefined;
      const offset = DAY_OFFSETS.get(word?.toLowerCase() ?? '');
      return offset === undefined ? undefined : oneDay(addDays(published, offset));
    },
  },
  {
    needs: /ago/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}(?<count>${COUNT})\s+(?<unit>${UNIT})s?\s+ago${WORD_END}`,
      'giu',
    ),
    resolve: ({ count, unit }, { published }) => {
      const calendar = UNITS.get(unit?.toLowerCase() ?? '');
      if (calendar === undefined) return undefined;
      return wholeUnit(calendar, calendar.shift(published, -countOf(count ?? '')));
    },
  },
  {
    // "The last week" and "the next month" are durations counted from today, not calendar units.
    // "earlier in the month" is the publication's month, as "earlier this month" is.
    needs: /week|month|year/iu,
    pattern: new RegExp(
      String.raw`(?<!${WORD_START}the\s+)${WORD_START}(?<relation>earlier\s+(?:this|in\s+the)|this|last|next)\s+(?<unit>week|month|year)${WORD_END}`,
      'giu',
    ),
    resolve: ({ relation, unit }, { published }) => {
      const calendar = UNITS.get(unit?.toLowerCase() ?? '');
      if (calendar === undefined) return undefined;
      const first = calendar.first(published);
      // "earlier in the month" is "earlier this month".
      switch (relation?.toLowerCase().replace(/\s+/gu, ' ').replace('earlier in the', 'earlier this')) {
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
    // "(the first talks) in nearly two weeks"; without the hedge, "in two weeks" looks forward. "A war that has
    // lasted more than three weeks": the weeks up to now, too.
    needs: /day|week|month|year|fortnight/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}(?<lead>(?:in|for|lasted|lasting)\s+)(?:nearly|almost|more\s+than|over|about|close\s+to|roughly|at\s+least)\s+(?<count>${COUNT})\s+(?<unit>${UNIT}|fortnight)s?${WORD_END}`,
      'giu',
    ),
    resolve: spanBack,
  },
  {
    // "After three weeks of all-out war", "after more than two weeks of fighting": the weeks up to now of
    // something still going on. ("arrived on Tuesday for two days of talks" is how long a visit lasts, placed
    // by its own day: no span up to now.)
    needs: /day|week|month|year|fortnight/u,
    pattern: new RegExp(
      String.raw`\b(?<lead>[Aa]fter\s+)(?:(?:nearly|almost|more\s+than|over|about)\s+)?(?<count>${COUNT})\s+(?<unit>${UNIT}|fortnight)s?(?=\s+of\s)`,
      'gu',
    ),
    resolve: spanBack,
  },
  {
    needs: /past/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}the\s+past\s+(?:(?<count>${COUNT})\s+)?(?<unit>${UNIT})(?<plural>s)?${WORD_END}`,
      'giu',
    ),
    // "the past weeks", "the past days", with no count: as many as "recent weeks" and "recent days" are.
    resolve: (groups, anchor) =>
      groups.count === undefined && groups.plural !== undefined && /^(?:day|week)$/iu.test(groups.unit ?? '')
        ? recentSpan(groups.unit ?? '', anchor)
        : spanBack(groups, anchor),
  },
  {
    needs: /recent/iu,
    pattern: new RegExp(String.raw`${WORD_START}recent\s+(?<unit>days|weeks)${WORD_END}`, 'giu'),
    resolve: ({ unit }, anchor) => recentSpan(unit ?? '', anchor),
  },
  {
    // "by the end of the week": the week of publication, up to publication.
    needs: /week/iu,
    pattern: new RegExp(
      String.raw`${WORD_START}(?<lead>by\s+)?the\s+end\s+of\s+(?:the|this)\s+week${WORD_END}`,
      'giu',
    ),
    resolve: (_groups, { published }) => ({
      start: startOfISOWeek(published),
      end: published,
      precision: 'week',
    }),
  },
  {
    needs: MONTH_NAME,
    pattern: new RegExp(
      String.raw`\b(?<month>${MONTH})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b${YEAR}${YEAR_WORD}`,
      'gu',
    ),
    resolve: explicitDay,
  },
  {
    // "Belarus said on the 2nd that …", as translated copy names a day of the month it is in: that day of the
    // publication's month, or of the month before for a past day later in the month than publication. Not
    // "the 2nd round" nor "the 2nd of March" (the day and month rule's). Also "On the 14th the Council met",
    // "on the 5th (local time)", "on the 28th saying …".
    needs: /\d(?:st|nd|rd|th)/u,
    pattern:
      /\b(?<lead>[Oo]n\s+)the\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b(?=\s*[,.;:()]|\s+(?:that|local|at|in|and|when|after|before|with|saying|the)\b)/gu,
    resolve: ({ day }, anchor, tense) => {
      const later = Number(day) > Number(format(anchor.published, 'd'));
      const month = later && tense === 'past' ? addMonths(anchor.published, -1) : anchor.published;
      return explicitDay({ month: format(month, 'MMMM'), day, year: format(month, 'yyyy') }, anchor, tense);
    },
  },
  {
    needs: MONTH_NAME,
    pattern: new RegExp(
      String.raw`\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>${MONTH})${YEAR}${YEAR_WORD}`,
      'gu',
    ),
    resolve: explicitDay,
  },
  {
    needs: MONTH_NAME,
    pattern: new RegExp(
      String.raw`(?:(?<=(?<agentBy>\p{L}ed)\s+)(?=by\s)|(?<=\b(?<pairedWith>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Bb]etween)\s+(?:${FULL_MONTH}))\s+(?:and|or)\s+)|)\b(?<lead>(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|[Oo]f|[Ff]or)\s+)?(?<modifier>(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate)\s+|[Mm]id-)?(?<month>${FULL_MONTH})\b(?!\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))${YEAR}${YEAR_WORD}`,
      'gu',
    ),
    resolve: ({ lead, modifier, month, year, agentBy, yearWord, pairedWith }, { published }, tense) => {
      const monthIndex = monthOf(month ?? '');
      // A capitalised month name with nothing around it is as often a name or a march; "May" is usually the verb,
      // but a month after "in", "by" or "until" ("the war might end by May"), unless "by" names an agent
      // ("backed by May"). "Planned for June": a month after "for" too.
      const leadWord = lead?.trim().toLowerCase();
      // "in December and January": the second month as much a date as the first.
      const eligible =
        pairedWith !== undefined ||
        year !== undefined ||
        yearWord !== undefined ||
        modifier !== undefined ||
        (leadWord !== undefined &&
          (month !== 'May' ||
            leadWord === 'in' ||
            leadWord === 'until' ||
            (leadWord === 'by' && agentBy === undefined)));
      if (!eligible) return undefined;
      const publishedMonth = getMonth(published);
      const isLast = modifier?.trim().toLowerCase() === 'last';
      // "this February": the month of the publication's year, before or after it.
      const isThis = modifier?.trim().toLowerCase() === 'this';
      // "elections next June", written in October: the June of the year after. Written in March, readers take it
      // for this June or the one after, so it is left unresolved.
      if (modifier?.trim().toLowerCase() === 'next') {
        if (monthIndex > publishedMonth || year !== undefined || yearWord !== undefined) return undefined;
        return wholeUnit(MONTH_UNIT, calendarDay(getYear(published) + 1, monthIndex, 1));
      }
      // "proposed a meeting by August", "until June": a deadline set before it, so later in the year, not the last.
      const deadline = (leadWord === 'by' && agentBy === undefined) || leadWord === 'until';
      const laterThisYear = isLast ? monthIndex >= publishedMonth : monthIndex > publishedMonth;
      // "will be inaugurated in January", written in October: the next one, in the year after.
      const nextYear = tense === 'future' && !isLast && !isThis && monthIndex < publishedMonth;
      // "February last year", "in March of next year": the year the words name.
      const yearShift = YEAR_SHIFT[yearWord?.toLowerCase() ?? ''];
      const resolvedYear =
        year !== undefined
          ? Number(year)
          : yearShift !== undefined
            ? getYear(published) + yearShift
            : getYear(published) +
              (nextYear ? 1 : 0) -
              (laterThisYear && tense === 'past' && !isThis && !deadline ? 1 : 0);
      return wholeUnit(MONTH_UNIT, calendarDay(resolvedYear, monthIndex, 1));
    },
  },
  {
    // A week counted from the conflict's start is the war's only when the words say so: "the third week of the
    // war", or "its third week" after the sentence has named the war ("The invasion, now in its third week", "the
    // military incursion in Ukraine enters its second week"). Not "the second week of talks", nor "their incursion
    // into Moscow's territory, now in its second week", nor "The third week of March".
    needs: /week/u,
    pattern: new RegExp(
      String.raw`\b(?:(?:[Ii]ts|[Tt]he)\s+(?<ordinal>${ORDINAL})\s+week\s+of\s+(?:the\s+)?(?:war|conflict|invasion|fighting)\b|its(?<=\b(?:war|invasion|conflict|fighting|offensive|incursion\s+in(?:to)?\s+Ukraine)\b[^.;:!?]{0,160}its)\s+(?<warOrdinal>${ORDINAL})\s+week\b(?!\s+of\s))`,
      'gu',
    ),
    resolve: ({ ordinal, warOrdinal }, { conflictStart }) => {
      const count = ordinal ?? warOrdinal;
      if (conflictStart === undefined || count === undefined) return undefined;
      const start = addWeeks(conflictStart, ordinalOf(count) - 1);
      return { start, end: addDays(start, 6), precision: 'week' };
    },
  },
];

/** How many tokens either side of a date phrase its clause's verb is looked for in. */
const CLAUSE_TOKENS = 40;

/** Auxiliaries and verbs that put a clause's event ahead of the time of writing. */
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", '’ll', 'would', 'wo']);

/**
 * "These will also take in a session on 12 January": "will" or "shall" the tagger read as a noun (after
 * "these"), right before a verb, adverbs between, is the future's auxiliary; "the will of the people" is a noun.
 */
function futureAuxiliaryTakenForNoun(sentence: readonly Token[], at: number): boolean {
  const token = sentence[at];
  if (token === undefined || token.pos === 'AUX' || !/^(?:will|shall)$/iu.test(token.text)) return false;
  let next = at + 1;
  while (sentence[next]?.pos === 'ADV') next += 1;
  const verb = sentence[next];
  return verb?.pos === 'VERB' && verb.text.toLowerCase() === verb.lemma;
}
// "agree to" and "hope to" are left out: "the possibility of Ukraine agreeing to neutral status … on Saturday".
const FUTURE_VERBS = new Set(['schedule', 'expect', 'plan', 'set', 'due', 'slate', 'intend', 'likely']);
/** Words after a day's possessive that put its event ahead ("Friday’s planned meeting", "Monday’s upcoming talks"). */
const UPCOMING = new Set(['plan', 'schedule', 'upcoming', 'expect', 'propose', 'due']);
/** Verbs whose "that" clause tells what is to be done ("proposed that Kyiv take part"). */
const MANDATIVE_VERBS = new Set([
  'propose',
  'suggest',
  'demand',
  'insist',
  'urge',
  'ask',
  'recommend',
  'request',
]);
/** Verbs of a timetable's events, whose simple present tells of what is to come ("the summit opens on Monday"). */
const SCHEDULE_LEMMAS = new Set([
  'open',
  'start',
  'begin',
  'close',
  'end',
  'resume',
  'travel',
  'leave',
  'depart',
  'arrive',
  'fly',
  'visit',
  'meet',
  'convene',
  'host',
  'expire',
]);
/** Of `SCHEDULE_LEMMAS`, the verbs whose base form is no noun as well. */
const BASE_FORM_SCHEDULE_LEMMAS = new Set([
  'begin',
  'resume',
  'travel',
  'depart',
  'arrive',
  'fly',
  'meet',
  'convene',
]);
/** Verbs of planning whose present tense tells of what is to come. */
const PLAN_VERBS = new Set(['schedule', 'expect', 'plan', 'slate', 'intend']);

/**
 * A past participle right after a noun and before its agent ("a summit organized by Ukraine", "the deal
 * brokered by Turkey"): it describes the noun, and the clause's tense is its finite verb's.
 */
function participleAfterNoun(sentence: readonly Token[], index: number): boolean {
  const verb = sentence[index];
  const previous = sentence[index - 1];
  return (
    verb !== undefined &&
    /(?:ed|en)$/iu.test(verb.text) &&
    verb.text.toLowerCase() !== verb.lemma &&
    (previous?.pos === 'NOUN' || previous?.pos === 'PROPN') &&
    sentence[index + 1]?.text.toLowerCase() === 'by'
  );
}

/**
 * A word joined by a hyphen to a word before or after it, with no space ("so-called", "Turkish-brokered",
 * "long-awaited", "face-to-face"): a part of a compound modifier, never the verb its clause's tense is told by.
 */
function hyphenJoined(sentence: readonly Token[], index: number): boolean {
  const token = sentence[index];
  if (token === undefined) return false;
  const joined = (left: Token | undefined, hyphen: Token | undefined, right: Token | undefined) =>
    left !== undefined &&
    right !== undefined &&
    hyphen?.text === '-' &&
    left.end === hyphen.start &&
    hyphen.end === right.start;
  return (
    joined(sentence[index - 2], sentence[index - 1], token) ||
    joined(token, sentence[index + 1], sentence[index + 2])
  );
}

/** The second word of "face to face", "door to door": a noun said twice around "to", no infinitive. */
function reduplicated(sentence: readonly Token[], index: number): boolean {
  const word = sentence[index]?.text.toLowerCase();
  return (
    word !== undefined &&
    sentence[index - 1]?.text.toLowerCase() === 'to' &&
    sentence[index - 2]?.text.toLowerCase() === word
  );
}

/**
 * The tense of the clause a date phrase at `at` sits in, from the language
 * layer: the verb group before the phrase in its sentence (or, when the phrase
 * opens the sentence, the one after it) is future when it has "will", "would",
 * "shall", or "is to", "expected to", "scheduled for"; past otherwise.
 */
function tenseAt(tokens: readonly Token[], at: number): Tense {
  const tense = clauseTenseAt(tokens, at);
  if (tense !== 'past') return tense;
  const word = wordsAround(tokens, at);
  return isDeadline(word) || isEventsMonth(word) ? 'planned' : tense;
}

/** The phrase's first word (`0`) and those before (`-1`) and after it in its sentence; none across a sentence's end. */
type WordAt = (offset: number) => Token | undefined;

function wordsAround(tokens: readonly Token[], at: number): WordAt {
  const index = firstStartingAtOrAfter(tokens, (token) => token.start, at);
  const here = tokens[index];
  return (offset) => {
    const token = tokens[index + offset];
    return here !== undefined && token !== undefined && token.sentence === here.sentence ? token : undefined;
  };
}

/** Nouns of an event that is held on a date: "the G20 meeting in November", "the election in November". */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  'summit meeting conference election elections vote referendum forum session assembly visit'.split(' '),
);
const MONTH_WORD = new RegExp(String.raw`^(?:${FULL_MONTH})$`, 'u');

/**
 * Whether a month alone is the month of an event its noun names right before it ("an invitation to the G20 meeting
 * in November", "the SCO Summit in Uzbekistan in September", "should she win the election in November"): told in a
 * past clause, such a month later in the year than the report is more often the one to come than last year's (the
 * past clause tells of the invitation or the plan, not of the event), so it is read as what was planned.
 */
function isEventsMonth(same: WordAt): boolean {
  if (!MONTH_WORD.test(same(0)?.text ?? '')) return false;
  // A month with its day or year is no month alone.
  const next = same(1);
  if (next !== undefined && /^\d/u.test(next.text)) return false;
  if (same(-1)?.text.toLowerCase() !== 'in') return false;
  // The event's noun right before "in", or before a place of its own ("the SCO Summit in Uzbekistan in September").
  const noun = same(-2);
  if (noun !== undefined && EVENT_NOUNS.has(noun.text.toLowerCase())) return true;
  return (
    same(-2)?.pos === 'PROPN' &&
    same(-3)?.text.toLowerCase() === 'in' &&
    EVENT_NOUNS.has(same(-4)?.text.toLowerCase() ?? '')
  );
}

/**
 * Whether the day a phrase at `at` names is a deadline: "the Thursday deadline", "Thursday's deadline", "a
 * deadline of Friday", "until Thursday to agree". A deadline is set before it falls, so a verb in the past
 * ("gave Kyiv until Thursday to agree", "set a Friday deadline") tells when it was set, not which side of the
 * report it falls: the nearer such day, as for what was planned ("were due to meet on Wednesday").
 */
function isDeadline(word: WordAt): boolean {
  if (word(0) === undefined) return false;
  const possessive = /^[’']s$/u.test(word(1)?.text ?? '');
  if (word(possessive ? 2 : 1)?.lemma === 'deadline') return true;
  const before = word(-1)?.text.toLowerCase();
  if (/^(?:of|on|by)$/u.test(before ?? '') && word(-2)?.lemma === 'deadline') return true;
  if (!/^(?:until|till|to)$/u.test(before ?? '')) return false;
  if (word(1)?.text.toLowerCase() === 'to' && before !== 'to') return true;
  // "the talks were postponed until Tuesday", "adjourned to Monday": a day things were put off to, set before it.
  return [-2, -3, -4].some((offset) => POSTPONING_LEMMAS.has(word(offset)?.lemma ?? ''));
}

/** Verbs of putting off, whose "until" or "to" names a day set ahead: "postponed until Tuesday". */
const POSTPONING_LEMMAS: ReadonlySet<string> = new Set([
  'postpone',
  'adjourn',
  'delay',
  'defer',
  'pause',
  'suspend',
  'extend',
  'reschedule',
  'move',
  'push',
]);

/** `tenseAt` before a deadline is told apart: the clause's verb group alone. */
function clauseTenseAt(tokens: readonly Token[], at: number): Tense {
  const index = firstStartingAtOrAfter(tokens, (token) => token.start, at);
  const here = tokens[index];
  if (here === undefined) return 'past';
  // The clause around the phrase, within its sentence: a verb it attaches to is never far from it, and looking
  // no further keeps the work per phrase the same in any paragraph.
  const from = Math.max(0, index - CLAUSE_TOKENS);
  // Quotation marks are left out: a scare-quoted word sits inside its verb group, not after it ("would now be
  // "hammered out" on Sunday").
  const sentence = tokens
    .slice(from, index + CLAUSE_TOKENS)
    .filter((token) => token.sentence === here.sentence && !QUOTATION_MARK_TOKEN.test(token.text));
  const position = sentence.indexOf(here);
  const before = sentence.slice(0, position);
  // "Friday’s planned talks": an event still to come when the words were written ("ahead of Friday’s meeting" is
  // below, with every event "ahead of" names).
  const possessive = /^[’']s$/u.test(sentence[position + 1]?.text ?? '');
  if (possessive && UPCOMING.has(sentence[position + 2]?.lemma ?? '')) return 'future';
  // "could meet as early as Thursday", "as early as the beginning of January": the earliest a thing may yet happen.
  const partOf = /^the (?:beginning|start|middle|end) of$/u.test(
    before
      .slice(-3)
      .map((token) => token.text.toLowerCase())
      .join(' '),
  )
    ? 3
    : 0;
  if (
    before
      .slice(before.length - partOf - 3, before.length - partOf)
      .map((token) => token.text.toLowerCase())
      .join(' ') === 'as early as'
  )
    return 'future';
  // "ahead of Trump's meeting on Friday at the White House": an event "ahead of" names, the phrase inside its
  // noun phrase (no verb between), is still to come.
  const aheadAt = before.findLastIndex(
    (token, i) => token.lemma === 'ahead' && before[i + 1]?.text.toLowerCase() === 'of',
  );
  if (
    aheadAt !== -1 &&
    position - aheadAt <= 8 &&
    before
      .slice(aheadAt + 2)
      .every(
        (token) =>
          (token.pos !== 'VERB' && token.pos !== 'AUX' && token.pos !== 'PUNCT') ||
          /^[’']$/u.test(token.text),
      )
  )
    return 'future';
  // The verb the phrase attaches to: the nearest before it, or the first after it when none comes before.
  // ("It will be recalled that on Friday, Peskov said …": a phrase that opens a clause of its own after "that"
  // attaches to that clause's verb, after it.)
  let opener = before.length - 1;
  // "on when in August the visit would take place": the phrase's own preposition does not open a clause.
  while (opener >= 0 && /^(?:on|at|by|in|during|last|this|early|late)$/iu.test(before[opener]?.text ?? ''))
    opener -= 1;
  // ("after an attempt in February collapsed": a clause a conjunction opens after the last verb, its own verb
  // after the phrase with no break between, holds the phrase, whatever the verb before says.)
  const lastVerbBefore = before.findLastIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const openerAfterVerb = before.findLastIndex(
    (token, i) => i > lastVerbBefore && CLAUSE_OPENER.test(token.text),
  );
  const ownVerbAfter = () => {
    for (const token of sentence.slice(position + 1)) {
      if (token.pos === 'PUNCT' && !/^[’'-]$/u.test(token.text)) return false;
      if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    }
    return false;
  };
  const opensClause =
    (opener >= 0 && CLAUSE_OPENER.test(before[opener]?.text ?? '')) ||
    (openerAfterVerb !== -1 && ownVerbAfter());
  // ("will hold separate phone calls on Monday": "calls", read as a verb, is the object of "hold", a noun.)
  const isVerb = (token: Token, i: number) =>
    (token.pos === 'VERB' || token.pos === 'AUX') &&
    !hyphenJoined(sentence, i) &&
    !reduplicated(sentence, i) &&
    !objectReadAsVerb(sentence, i);
  // "fighting since a Ukrainian incursion in August": a phrase of a noun after "since" is in the past,
  // whatever the clause's verb ("would retake") says.
  const afterVerb = before.findLastIndex(isVerb);
  if (before.slice(afterVerb + 1).some((token) => token.text.toLowerCase() === 'since')) return 'past';
  // "…, according to a Russian presidential aide on Sunday", "according to reporting in October": the day the
  // source spoke, which is over; a gerund in the source's noun phrase ("reporting", "citing") is no verb of the
  // clause. (Not past an aside's comma: "set to commence, according to most accounts, on Monday morning".)
  const accordingAt = before.findLastIndex(
    (token, i) => token.text.toLowerCase() === 'according' && before[i + 1]?.text.toLowerCase() === 'to',
  );
  if (
    accordingAt !== -1 &&
    before
      .slice(accordingAt + 2)
      .every(
        (token) =>
          token.pos !== 'PUNCT' &&
          (!(token.pos === 'VERB' || token.pos === 'AUX') || /ing$/iu.test(token.text)),
      )
  )
    return 'past';
  let verbIndex = opensClause ? -1 : before.findLastIndex(isVerb);
  // "are to hold talks over three days starting on Monday": a participle with no auxiliary of its own
  // ("starting", not "are starting") tells no tense; the verb group its phrase hangs on does.
  // ("could end sooner than expected, possibly by May": a comparison's verb tells no tense either; nor a
  // participle after its noun with its agent, "will host a summit organized by Ukraine in early August".)
  while (
    verbIndex > 0 &&
    sentence[verbIndex]?.pos === 'VERB' &&
    ((/ing$/iu.test(sentence[verbIndex]?.text ?? '') && sentence[verbIndex - 1]?.pos !== 'AUX') ||
      // "until being inaugurated in January": a group of a participle's own ("being", "having") tells none either.
      /^(?:being|having)$/iu.test(sentence[verbIndex - 1]?.text ?? '') ||
      /^(?:than|as)$/iu.test(sentence[verbIndex - 1]?.text ?? '') ||
      participleAfterNoun(sentence, verbIndex))
  ) {
    const ownAuxiliary = /^(?:being|having)$/iu.test(sentence[verbIndex - 1]?.text ?? '') ? 1 : 0;
    const earlier = before.slice(0, verbIndex - ownAuxiliary).findLastIndex(isVerb);
    if (earlier === -1) break;
    verbIndex = earlier;
  }
  if (verbIndex === -1) {
    const after = sentence.findIndex((token, i) => i > position && isVerb(token, i));
    if (after === -1) return 'past';
    verbIndex = after;
  }
  // The verb group: the verb and the auxiliaries, particles and adverbs right before it ("will be held", "is to meet").
  let first = verbIndex;
  // "is due to meet", "is likely to meet": the adjective belongs to the group.
  while (
    first > 0 &&
    (['AUX', 'PART', 'ADV', 'VERB'].includes(sentence[first - 1]?.pos ?? '') ||
      FUTURE_VERBS.has(sentence[first - 1]?.lemma ?? '') ||
      futureAuxiliaryTakenForNoun(sentence, first - 1))
  )
    first -= 1;
  // Forward too, for a phrase that opens its sentence ("On Tuesday, the delegations are expected to meet"),
  // and the word after the group: "are scheduled for Friday" ends in "for".
  let last = verbIndex;
  const inGroup = (token: Token | undefined) =>
    token !== undefined && (['AUX', 'PART', 'VERB'].includes(token.pos) || FUTURE_VERBS.has(token.lemma));
  while (last + 1 !== position && inGroup(sentence[last + 1])) last += 1;
  const group = sentence.slice(first, last + 2);
  // "Moscow has proposed that Kyiv take part in new talks on Monday": a verb in its base form in a clause that a
  // verb of proposing opens with "that" is what is to be done.
  const thatAt = sentence.slice(0, verbIndex).findLastIndex((token) => token.text.toLowerCase() === 'that');
  const head = sentence[verbIndex];
  // The verb of proposing right before "that", or before its listener ("proposed to the Russian side that").
  let proposer = thatAt - 1;
  while (
    proposer > 0 &&
    proposer > thatAt - 6 &&
    ['ADP', 'DET', 'ADJ', 'PROPN', 'NOUN'].includes(sentence[proposer]?.pos ?? '')
  )
    proposer -= 1;
  const proposing =
    MANDATIVE_VERBS.has(sentence[thatAt - 1]?.lemma ?? '') ||
    (sentence[thatAt - 1]?.pos !== 'VERB' &&
      sentence[proposer + 1]?.pos === 'ADP' &&
      MANDATIVE_VERBS.has(sentence[proposer]?.lemma ?? ''));
  if (
    thatAt > 0 &&
    proposing &&
    head?.pos === 'VERB' &&
    // "take part", or in the passive "be held": the base form.
    ((head.text.toLowerCase() === head.lemma && first === verbIndex) ||
      (first === verbIndex - 1 && sentence[first]?.text.toLowerCase() === 'be')) &&
    !sentence.slice(thatAt + 1, first).some((token) => token.pos === 'VERB' || token.pos === 'AUX')
  )
    return 'future';
  if (
    group.some(
      (token, i) =>
        (token.pos === 'AUX' && FUTURE_AUXILIARIES.has(token.text.toLowerCase())) ||
        futureAuxiliaryTakenForNoun(sentence, first + i),
    )
  )
    return 'future';
  // "Putin may meet Zelensky on Friday", "talks could resume as early as Friday", "another attempt should be
  // made on Tuesday": "may", "might", "could", "should" or "must" before a verb that is not "have" (a possible
  // past) nor "not" ("could not agree on Friday" is the past's).
  if (
    group.some(
      (token, i) =>
        /^(?:may|might|could|should|must)$/iu.test(token.text) &&
        group[i + 1] !== undefined &&
        group[i + 1]?.lemma !== 'have' &&
        group[i + 1]?.lemma !== 'not',
    )
  )
    return 'future';
  // "is expected to meet", "are scheduled for", "agreed to meet", "is to meet".
  const leadsOn = group.some(
    (token, i) =>
      (FUTURE_VERBS.has(token.lemma) || token.lemma === 'be') &&
      (group[i + 1]?.lemma === 'to' || (group[i + 1]?.lemma === 'for' && token.lemma !== 'be')),
  );
  // "broken off to continue on Wednesday", "the agreement for officials to meet on Tuesday": an infinitive's
  // event is seen from another time, its governing verb's, which may lie either side of the report. In the
  // passive too: "to be followed by a meeting in August", "had to be agreed in October".
  const infinitive = group.some(
    (token, i) =>
      token.pos === 'PART' &&
      token.lemma === 'to' &&
      (group[i + 1]?.pos === 'VERB' || (group[i + 1]?.pos === 'AUX' && group[i + 1]?.lemma === 'be')),
  );
  // "Switzerland is planning a peace summit for June 15", "Kyiv plans talks on Monday": a plan told in the present
  // looks forward ("set" is left out: its past is its present).
  const presentPlan =
    group.some((token) => token.pos === 'VERB' && PLAN_VERBS.has(token.lemma) && !/ed$/iu.test(token.text)) &&
    !group.some((token) => token.pos === 'AUX' && /^(?:was|were|had)$/iu.test(token.text));
  if (!leadsOn && presentPlan) return 'future';
  // "he is expected in New Delhi around March 28", "the talks are planned in Geneva on Friday": a plan told in the
  // present passive looks forward too; "was expected in New Delhi on March 28" is a plan told in the past.
  const passiveAuxiliary = group.find(
    (token) => token.pos === 'AUX' && /^(?:is|are|am|was|were)$/iu.test(token.text),
  );
  if (
    !leadsOn &&
    passiveAuxiliary &&
    group.some((token) => token.pos === 'VERB' && PLAN_VERBS.has(token.lemma))
  )
    return /^(?:was|were)$/iu.test(passiveAuxiliary.text) ? 'planned' : 'future';
  // "the forum, which runs until Sunday": a state in the present that lasts until a day lasts into the future.
  const untilPhrase = /^(?:until|till)$/iu.test(before.at(-1)?.text ?? '');
  const present =
    group.some(
      (token) =>
        (token.pos === 'AUX' && /^(?:is|are|am)$/iu.test(token.text)) ||
        (token.pos === 'VERB' && token.text.toLowerCase() !== token.lemma && /[^s]s$/iu.test(token.text)),
    ) && !group.some((token) => /ed$/iu.test(token.text) || /^(?:was|were|had)$/iu.test(token.text));
  if (!leadsOn && untilPhrase && present) return 'future';
  // "the forum, which opens on Monday", "Macron travels Tuesday to Ukraine": an event of a timetable (a start, an
  // end, a journey, a meeting) told in the simple present is still to come. ("Heads" and "runs" are left out: "who
  // heads the council, on Friday rejected …" leads a body, told in the present, beside a past event.)
  const scheduled = group.some(
    (token) =>
      token.pos === 'VERB' &&
      SCHEDULE_LEMMAS.has(token.lemma) &&
      token.text.toLowerCase() !== token.lemma &&
      /[^s]s$/iu.test(token.text),
  );
  if (!leadsOn && present && scheduled) return 'future';
  // "Trump and Putin meet in Alaska on Friday", "the talks resume on Monday": the same in the plural, a bare base
  // form with no auxiliary, particle or "to" of its own (a base form after "did", "to" or a modal is caught above or
  // tells the past), is a timetable's too; only of the verbs no noun shares a form with ("the start", "a visit",
  // "an end" the tagger may take for verbs).
  const pluralScheduled =
    head?.pos === 'VERB' &&
    BASE_FORM_SCHEDULE_LEMMAS.has(head.lemma) &&
    head.text.toLowerCase() === head.lemma &&
    sentence.slice(first, verbIndex).every((token) => token.pos === 'ADV') &&
    !['AUX', 'PART'].includes(sentence[first - 1]?.pos ?? '') &&
    !/^(?:to|did|do|does)$/iu.test(sentence[first - 1]?.text ?? '');
  if (!leadsOn && pluralScheduled) return 'future';
  // "the conference, which is being held Thursday and Friday", "the leaders are meeting on Monday": an arrangement
  // told in the present progressive is still to come.
  const progressive =
    present &&
    group.some((token) => token.pos === 'AUX' && /^(?:is|are|am)$/iu.test(token.text)) &&
    group.some((token) => /ing$/iu.test(token.text) && (token.pos === 'VERB' || token.pos === 'AUX'));
  if (!leadsOn && progressive) return 'future';
  // "if he goes back to the Oval Office in November", "when the second round of talks is held on Thursday": a
  // condition or a time to come is told in the present. The subordinator opens the group's own clause: no verb
  // or punctuation between them, and a subject of a few words at most.
  const clauseStart = sentence
    .slice(0, first)
    .findLastIndex((token) => token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT');
  const conditional = sentence
    .slice(Math.max(clauseStart + 1, first - 8), first)
    .some((token) => /^(?:if|unless|once|when|after|before|until|till)$/iu.test(token.text));
  if (!leadsOn && conditional && present) return 'future';
  // "Should Trump win the Nov. 5 election, …": a condition by inversion, before its comma, is a time to come.
  const opening = tokens[tokens.findIndex((token) => token.sentence === here.sentence)];
  if (
    opening?.text === 'Should' &&
    !tokens.some((token) => token.sentence === here.sentence && token.start < at && token.text === ',')
  )
    return 'future';
  // "are said to have passed it on in December": a perfect infinitive tells of what is over.
  const perfectInfinitive = group.some(
    (token, i) =>
      token.pos === 'PART' &&
      token.lemma === 'to' &&
      group[i + 1]?.lemma === 'have' &&
      group[i + 2]?.pos === 'VERB' &&
      /(?:ed|en)$/iu.test(group[i + 2]?.text ?? ''),
  );
  if (!leadsOn) return infinitive && !perfectInfinitive ? 'planned' : 'past';
  // "were due to meet", "was expected to": a plan told in the past.
  return group.some((token) => token.pos === 'AUX' && /^(?:was|were)$/iu.test(token.text))
    ? 'planned'
    : 'future';
}

/** Parses a yyyy-MM-dd day at midnight UTC; throws a RangeError for anything else. */
function parseDay(value: string, field: string): UTCDate {
  return new UTCDate(dayTime(value, field));
}

/**
 * A `yyyy-MM-dd` day's time, checked once per day: an article's paragraphs all
 * ask for the same day, and parsing and checking it took 3 % of a compile.
 */
const dayTime = memoizeByText((value: string, field: string): number => {
  const day = parseISO(value, { in: utc });
  if (!isValid(day) || format(day, DAY_FORMAT) !== value) {
    throw new RangeError(`${field} must be a yyyy-MM-dd day, got "${value}"`);
  }
  return day.getTime();
});

/**
 * Whether a past day at `start`–`end` is no day anything was said on, though its sentence tells of the past: the day
 * a span began ("Since his May 7 inauguration he has travelled to China, and he is expected in Uzbekistan on
 * Sunday"), or an event's day set before its noun ("the February 24 invasion"). What is to come later in the
 * sentence counts from publication, not from it.
 */
function namesNoSaying(tokens: readonly Token[], start: number, end: number): boolean {
  const first = firstStartingAtOrAfter(tokens, (token) => token.start, start);
  const after = tokens[firstStartingAtOrAfter(tokens, (token) => token.start, end)];
  if (after !== undefined && after.sentence === tokens[first]?.sentence && after.pos === 'NOUN') return true;
  for (let index = first - 1; index >= Math.max(0, first - 3); index -= 1) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== tokens[first]?.sentence) return false;
    if (token.text.toLowerCase() === 'since') return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
  }
  return false;
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
  const tokens = context.tokens ?? analyse(text).tokens;
  const found = MATCHERS.flatMap(({ pattern, needs, resolve }) =>
    matchesNeeding(text, pattern, needs).flatMap((match) => {
      const groups: Groups = match.groups ?? {};
      if (context.years === false && groups['unit']?.toLowerCase() === 'year') return [];
      const index = match.index + (groups['lead']?.length ?? 0);
      const tense = tenseAt(tokens, index);
      const period = resolve(groups, anchor, tense);
      return period === undefined ? [] : [{ match, groups, resolve, index, tense, period }];
    }),
  );
  const sentenceOf = (at: number) =>
    tokens[firstStartingAtOrAfter(tokens, (token) => token.end, at + 1)]?.sentence ?? -1;
  // What is to come, in a sentence that says on which past day it was said, counts from that day: the first
  // such day of each sentence, found in one pass in text order.
  const saidOnBySentence = new Map<number, { index: number; day: UTCDate }>();
  for (const other of [...found].sort((a, b) => a.index - b.index)) {
    const sentence = sentenceOf(other.index);
    if (
      other.tense === 'past' &&
      other.period.precision === 'day' &&
      isAfter(anchor.published, other.period.start) &&
      !saidOnBySentence.has(sentence) &&
      !namesNoSaying(tokens, other.index, other.match.index + other.match[0].length)
    )
      saidOnBySentence.set(sentence, { index: other.index, day: other.period.start });
  }
  const candidates: ResolvedDate[] = found.map(({ match, groups, resolve, index, tense, period }) => {
    const said = tense === 'future' ? saidOnBySentence.get(sentenceOf(index)) : undefined;
    // Only a day named before the phrase: "will meet on Saturday, he said Friday" still counts from publication.
    const saidOn = said !== undefined && said.index < index ? said.day : undefined;
    const resolved =
      saidOn === undefined ? period : (resolve(groups, { ...anchor, saidOn }, tense) ?? period);
    return {
      phrase: match[0].slice(index - match.index),
      index,
      start: format(resolved.start, DAY_FORMAT),
      end: format(resolved.end, DAY_FORMAT),
      precision: resolved.precision,
    };
  });
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
  chosen.push(...resolveAnaphoricDates(text, chosen, context.earlierDay, anchor.published));
  return inMonthNamedBefore(chosen.sort((a, b) => a.index - b.index));
}

/** A day of the month alone: "on the 29th". */
const DAY_OF_MONTH_ALONE = /^the \d{1,2}(?:st|nd|rd|th)$/u;

/**
 * "in Moscow from June 28-30. There he met on the 28th with …, then on the 29th …": a day of the month alone after
 * a date of the paragraph that named its month is in that month, not in the publication's.
 */
function inMonthNamedBefore(dates: ResolvedDate[]): ResolvedDate[] {
  let month: string | undefined;
  return dates.map((date) => {
    const alone = DAY_OF_MONTH_ALONE.test(date.phrase);
    if (alone && month !== undefined) {
      const [year, monthIndex, dayOfMonth] = [
        Number(month.slice(0, 4)),
        Number(month.slice(5, 7)) - 1,
        Number(date.phrase.replace(/\D/gu, '')),
      ];
      if (dayExists(year, monthIndex, dayOfMonth)) {
        const day = format(calendarDay(year, monthIndex, dayOfMonth), DAY_FORMAT);
        return { ...date, start: day, end: day };
      }
    }
    // The month of a day or days the phrase names with their month ("June 28-30", "28 June").
    const oneMonth = date.start.slice(0, 7) === date.end.slice(0, 7);
    if (
      !alone &&
      oneMonth &&
      (date.precision === 'day' || date.precision === 'span') &&
      MONTH_NAME.test(date.phrase)
    )
      month = date.start.slice(0, 7);
    return date;
  });
}
