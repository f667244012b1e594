import { UTCDate } from '@date-fns/utc';
import { format, isValid, parse } from 'date-fns';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

/** "March 29, 2022", "29 March 2022", "Mar. 29, 2022", "2022-03-29", "2022/03/29": a day with its year. */
const WRITTEN_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<m1>${MONTHS})\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+(?<m2>${MONTHS}),?\\s+(?<y2>\\d{4})|(?<y3>\\d{4})[-/](?<m3>\\d{2})[-/](?<d3>\\d{2}))(?![\\d])`,
  'gu',
);

/** A month's name or abbreviation as a number, 1 to 12. */
function monthNumber(name: string): number {
  const wanted = name.slice(0, 3).toLowerCase();
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(wanted) + 1
  );
}

function dayOf(year: string, month: number, day: string): string | undefined {
  const date = parse(`${year}-${month}-${day}`, 'yyyy-M-d', new UTCDate(0));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : undefined;
}

/**
 * Where a copy states a day, year and all ("March 29, 2022", "2022/03/29"):
 * the words and their line. A publication date the editor gives is exact only
 * when the copy says it; otherwise it is inferred.
 */
export function statedDay(
  blocks: readonly { text: string; line: number }[],
  day: string,
): { words: string; line: number } | undefined {
  for (const block of blocks)
    for (const match of block.text.matchAll(WRITTEN_DAY)) {
      const { m1, d1, y1, d2, m2, y2, y3, m3, d3 } = match.groups ?? {};
      const found =
        y1 !== undefined && m1 !== undefined && d1 !== undefined
          ? dayOf(y1, monthNumber(m1), d1)
          : y2 !== undefined && m2 !== undefined && d2 !== undefined
            ? dayOf(y2, monthNumber(m2), d2)
            : y3 !== undefined && m3 !== undefined && d3 !== undefined
              ? dayOf(y3, Number(m3), d3)
              : undefined;
      if (found === day) return { words: match[0], line: block.line };
    }
  return undefined;
}
