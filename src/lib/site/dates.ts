import { UTCDate } from '@date-fns/utc';
import { format, getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { DatePrecision } from '../compile/relative-dates';
import { memoizeByText } from '../memoize';

/** A calendar day as a UTC date: days are dates, not instants, so no zone may shift them. */
export function day(value: string): UTCDate {
  return new UTCDate(parseISO(`${value}T00:00:00Z`));
}

/** "10 March 2022". */
export const formatDay = memoizeByText((value: string): string => format(day(value), 'd MMMM yyyy'));

/** "10 Mar 2022": a day where space is short. */
export const formatShortDay = memoizeByText((value: string): string => format(day(value), 'd MMM yyyy'));

/** "March 2022", from `2022-03`. */
export const formatMonth = memoizeByText((month: string): string => format(day(`${month}-01`), 'MMMM yyyy'));

/** A span for readers: "10 March 2022", "29–30 March 2022", "14–28 March 2022", "28 February – 3 March 2022". */
export const formatDayRange = memoizeByText((start: string, end: string): string => {
  if (start === end) return formatDay(start);
  const [from, to] = [day(start), day(end)];
  if (format(from, 'yyyy-MM') === format(to, 'yyyy-MM'))
    return `${format(from, 'd')}–${format(to, 'd MMMM yyyy')}`;
  if (format(from, 'yyyy') === format(to, 'yyyy'))
    return `${format(from, 'd MMMM')} – ${format(to, 'd MMMM yyyy')}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
});

/** A date as precise as its source: "10 March 2022", "week of 7 March 2022", "February 2022". */
export function formatWithPrecision(start: string, end: string, precision: DatePrecision): string {
  if (precision === 'day') return formatDayRange(start, end);
  if (precision === 'week') return `week of ${formatDay(start)}`;
  if (precision === 'month') return format(day(start), 'MMMM yyyy');
  return `between ${formatDayRange(start, end)}`;
}

/**
 * What a date expression of an article resolves to, for readers: a day with
 * its weekday, since articles name days by weekday ("Thursday, 10 March
 * 2022"), any other period as precise as its source (`formatWithPrecision`).
 */
export const describeResolvedDate = memoizeByText(
  (start: string, end: string, precision: DatePrecision): string => {
    if (precision === 'day' && start === end) return format(day(start), 'EEEE, d MMMM yyyy');
    return formatWithPrecision(start, end, precision);
  },
);

/** The `datetime` value for a `<time>` of that precision: `2022-03-10`, `2022-W10`, `2022-03`. */
export function machineDate(start: string, precision: DatePrecision): string {
  if (precision === 'week') {
    const date = day(start);
    return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
  }
  if (precision === 'month') return start.slice(0, 7);
  return start;
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
