import { UTCDate } from '@date-fns/utc';
import { endOfISOWeek, endOfMonth, format, startOfISOWeek, startOfMonth } from 'date-fns';
import type { DatePrecision } from './relative-dates';

const day = (value: string) => new UTCDate(`${value}T00:00:00Z`);
const ymd = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * The ISO 8601 value of a resolved period, as the open data and the gold set
 * write it: a day (`2022-03-17`), an ISO week when the period lies in one
 * (`2022-W10`: "earlier this week" is that week, up to the day before
 * publication), a month when the period lies in one (`2022-02`), and any
 * other period as an interval (`2022-03-04/2022-03-11`).
 */
export function isoDateValue(start: string, end: string, precision: DatePrecision): string {
  if (precision === 'day' && start === end) return start;
  if (precision === 'week') {
    const first = startOfISOWeek(day(start));
    if (ymd(first) <= start && end <= ymd(endOfISOWeek(first))) return format(first, "RRRR-'W'II");
  }
  if (precision === 'month') {
    const first = startOfMonth(day(start));
    // "earlier this month" is that month, up to the day before publication, as a week is.
    if (ymd(first) <= start && end <= ymd(endOfMonth(first))) return format(first, 'yyyy-MM');
  }
  return `${start}/${end}`;
}
