import { UTCDate } from '@date-fns/utc';
import { addDays, format, parseISO } from 'date-fns';

/** What one calendar event needs. */
export interface CalendarEvent {
  uid: string;
  /** First and last day, `yyyy-MM-dd` (all-day event). */
  start: string;
  end: string;
  summary: string;
  description: string;
  location?: string;
  url: string;
}

function compactDay(day: string, offsetDays = 0): string {
  return format(addDays(new UTCDate(parseISO(`${day}T00:00:00Z`)), offsetDays), 'yyyyMMdd');
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11). Any line break, a bare CR included, becomes `\n`: a raw
 * CR would end the content line early. Other control characters, which TEXT may not hold, go.
 */
function escapeText(value: string): string {
  return value
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/gu, '');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = '';
      // Continuation lines start with a space, which counts toward their 75 octets.
      limit = 74;
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * An iCalendar file (RFC 5545) of all-day events. `stamp` is the DTSTAMP of
 * every event: a fixed value derived from the content, so two builds of the
 * same content give the same bytes.
 */
export function toICalendar(events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talks Tracker//Rounds of negotiations//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Talks Tracker: rounds of negotiations',
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${compactDay(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compactDay(event.start)}`,
      // DTEND of an all-day event is the day after the last one.
      `DTEND;VALUE=DATE:${compactDay(event.end, 1)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.location === undefined ? [] : [`LOCATION:${escapeText(event.location)}`]),
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
