import { UTCDate } from '@date-fns/utc';
import { isValid, lightFormat, parse } from 'date-fns';

/*
 * Reading a query as a day. A module of its own because date-fns' parser is
 * most of the search page's script: the page loads it only for a query with
 * a digit in it.
 */

/** Formats a reader may write a day in; those without a year are tried in each year of the coverage. */
const DAY_FORMATS_WITH_YEAR = [
  'yyyy-MM-dd',
  'd MMMM yyyy',
  'MMMM d yyyy',
  'MMMM d, yyyy',
  'd MMM yyyy',
  'MMM d yyyy',
];
const DAY_FORMATS_WITHOUT_YEAR = ['d MMMM', 'MMMM d', 'd MMM', 'MMM d', 'do MMMM', 'MMMM do'];

/**
 * `yyyy-MM-dd` of a day parsed in UTC, with date-fns' `lightFormat`: its
 * `format` would bring every formatter (and its locale) into this module.
 */
function isoDay(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/**
 * The days a query names, `yyyy-MM-dd`, when the whole query is a date:
 * "2022-03-29", "29 March 2022", "March 29". Without a year, the day in each
 * year the coverage spans, newest first. Parsed in UTC with date-fns.
 */
export function daysNamed(query: string, years: readonly number[]): string[] {
  const text = query.trim().replace(/\s+/gu, ' ');
  const parsedIn = (formats: readonly string[], reference: Date) =>
    formats.map((pattern) => parse(text, pattern, reference)).find((date) => isValid(date));
  const withYear = parsedIn(DAY_FORMATS_WITH_YEAR, new UTCDate(2000, 0, 1));
  if (withYear !== undefined) return [isoDay(withYear)];
  return years.flatMap((year) => {
    const day = parsedIn(DAY_FORMATS_WITHOUT_YEAR, new UTCDate(year, 0, 1));
    return day === undefined ? [] : [isoDay(day)];
  });
}
