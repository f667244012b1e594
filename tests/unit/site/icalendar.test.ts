import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../../src/lib/site/icalendar';
import { roundCalendar } from '../../../src/lib/site/rounds-export';
import { corpus } from '../../helpers/corpus';

const { model } = corpus();
const ics = roundCalendar(model, 'https://talks-tracker.example.org/');

describe('rounds.ics', () => {
  it('parses as iCalendar with one event per round', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(
      model.rounds.map((round) => `${round.id}@talks-tracker.example.org`),
    );
    const istanbul = events.find((event) => event.uid.startsWith('2022-03-29-istanbul'));
    expect(istanbul?.startDate.toString()).toBe('2022-03-29');
    // All-day events end the day after their last day.
    expect(istanbul?.endDate.toString()).toBe('2022-03-30');
    expect(istanbul?.location).toBe('Dolmabahçe Palace');
    expect(istanbul?.component.getFirstPropertyValue('url')).toBe(
      'https://talks-tracker.example.org/rounds/2022-03-29-istanbul/',
    );
  });

  it('follows RFC 5545: CRLF lines of at most 75 octets, required properties present', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => /^[^ ]/u.test(line) && !/^[A-Z-]+[;:]/u.test(line))).toEqual([]);
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Talks Tracker//Rounds of negotiations//EN',
    ]);
    const events = ics.split('BEGIN:VEVENT').slice(1);
    for (const event of events) {
      for (const property of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:', 'URL:'])
        expect(event).toContain(property);
    }
  });

  it('escapes text and folds long lines without splitting a character', () => {
    const text = toICalendar(
      [
        {
          uid: 'a@b',
          start: '2022-03-29',
          end: '2022-03-29',
          summary: 'Talks; Istanbul, Dolmabahçe',
          description: 'ä'.repeat(100),
          url: 'https://example.org/',
        },
      ],
      '2022-03-29',
    );
    expect(text).toContain('SUMMARY:Talks\\; Istanbul\\, Dolmabahçe');
    const parsed = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(parsed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('description')).toBe('ä'.repeat(100));
  });

  it('keeps a bare CR or a control character in a text from breaking its content line', () => {
    const text = toICalendar(
      [
        {
          uid: 'a@b',
          start: '2022-03-29',
          end: '2022-03-29',
          summary: 'Talks\rresume\u0007 today',
          description: 'One\r\ntwo\nthree',
          url: 'https://example.org/',
        },
      ],
      '2022-03-29',
    );
    // Every CR starts a CRLF line break, and nothing else in the file is a control character.
    expect(text.match(/\r(?!\n)/gu)).toBeNull();
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\u0000-\u001F\u007F]/u);
    const event = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe('Talks\nresume today');
    expect(event?.getFirstPropertyValue('description')).toBe('One\ntwo\nthree');
  });

  it('is the same for the same content', () => {
    expect(roundCalendar(model, 'https://talks-tracker.example.org/')).toBe(ics);
  });
});
