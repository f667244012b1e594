/**
 * Dates that count from a day the text has just named, not from publication:
 * "On the same day", "talks a day earlier", "the following day". News copy
 * uses them right after a dated event ("Medinsky met Arakhamia on Monday. On
 * the same day, …"), so each is resolved against the latest day named before
 * it: earlier in its paragraph, or else in the paragraphs just before (the
 * caller's `earlierDay`). With no such day, "the same day" and "the next day"
 * name nothing; "a day earlier" counts back from the report's own day, as "a
 * day ago" would.
 */
import { type UTCDate, utc } from '@date-fns/utc';
import { addDays, format, parseISO } from 'date-fns';
import { WORD_END, WORD_START } from './text';

export interface DayPhrase {
  phrase: string;
  index: number;
  start: string;
  end: string;
  precision: 'day' | 'week' | 'month' | 'span';
}

const DAY_FORMAT = 'yyyy-MM-dd';

/**
 * "the same day"; "a day earlier", "two days later"; "the day before" and "the day after" only when nothing
 * follows them ("the day after the talks" counts from an event, not a day); "the next", "the following",
 * "the previous" day. Only counts of one and two: "five days earlier" is as often a round figure.
 */
const ANAPHORIC = new RegExp(
  String.raw`${WORD_START}(?:(?<same>the\s+same\s+day)|(?<count>a|one|two)\s+days?\s+(?<countWay>earlier|later)|the\s+day\s+(?<theWay>before|after)(?=\s*[,.;)]|\s*$)|the\s+(?<nextWay>next|following|previous)\s+day)${WORD_END}`,
  'giu',
);

/** How many days a phrase moves from its anchor, and whether it may count from the report's day. */
function offsetOf(groups: Partial<Record<string, string>>): { days: number; fromReport: boolean } {
  if (groups['same'] !== undefined) return { days: 0, fromReport: false };
  const way = (groups['countWay'] ?? groups['theWay'] ?? groups['nextWay'] ?? '').toLowerCase();
  const count = /^two$/iu.test(groups['count'] ?? '') ? 2 : 1;
  const back = way === 'earlier' || way === 'before' || way === 'previous';
  return { days: back ? -count : count, fromReport: back };
}

/**
 * The anaphoric day phrases of a paragraph, resolved.
 * @param found the dates already resolved in the paragraph, in any order (each phrase here must not overlap one)
 * @param earlierDay the latest day (yyyy-MM-dd) named in the paragraphs just before, if any
 * @param reportDay the day the report counts from (its dateline's or publication's)
 */
export function resolveAnaphoricDates(
  text: string,
  found: readonly DayPhrase[],
  earlierDay: string | undefined,
  reportDay: UTCDate,
): DayPhrase[] {
  const overlaps = (start: number, end: number) =>
    found.some((date) => date.index < end && start < date.index + date.phrase.length);
  return [...text.matchAll(ANAPHORIC)].flatMap((match): DayPhrase[] => {
    const end = match.index + match[0].length;
    if (overlaps(match.index, end)) return [];
    const { days, fromReport } = offsetOf(match.groups ?? {});
    const inParagraph = found
      .filter((date) => date.precision === 'day' && date.index < match.index)
      .sort((a, b) => a.index - b.index)
      .at(-1)?.start;
    const anchorDay = inParagraph ?? earlierDay;
    const anchor =
      anchorDay !== undefined ? parseISO(anchorDay, { in: utc }) : fromReport ? reportDay : undefined;
    if (anchor === undefined) return [];
    const day = format(addDays(anchor, days), DAY_FORMAT);
    return [{ phrase: match[0], index: match.index, start: day, end: day, precision: 'day' }];
  });
}
