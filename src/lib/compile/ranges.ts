/**
 * Lookups by position in a paragraph's findings (mentions, dates, quotes),
 * sorted by where they start: by halving, so that the work per sentence or
 * per quote does not grow with the number of findings in the paragraph.
 */

/** The index of the first item starting at or after `at` (the length if none). */
export function firstStartingAtOrAfter<T>(
  items: readonly T[],
  startOf: (item: T) => number,
  at: number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = items[middle];
    if (item !== undefined && startOf(item) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items that start in [from, to). */
export function startingWithin<T>(
  items: readonly T[],
  startOf: (item: T) => number,
  from: number,
  to: number,
): T[] {
  return items.slice(
    firstStartingAtOrAfter(items, startOf, from),
    firstStartingAtOrAfter(items, startOf, to),
  );
}

/** Where a span starts: the key of the lookups above for anything that has a start. */
export const startOf = (span: { start: number }): number => span.start;

/** The spans, sorted by start, that start in [from, to). */
export function spansStartingWithin<T extends { start: number }>(
  spans: readonly T[],
  from: number,
  to: number,
): T[] {
  return startingWithin(spans, startOf, from, to);
}

/** A copy sorted by start, for the lookups above. */
export function sortedByStart<T>(items: readonly T[], startOf: (item: T) => number): T[] {
  return [...items].sort((a, b) => startOf(a) - startOf(b));
}

/**
 * A test of whether a range overlaps any of the spans, in logarithmic time:
 * the spans sorted by start, with the furthest end reached so far.
 */
export function overlapsAny(spans: readonly { start: number; end: number }[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const span of sorted) furthest.push(Math.max(furthest.at(-1) ?? -1, span.end));
  return (range: { start: number; end: number }): boolean => {
    const last = firstStartingAtOrAfter(sorted, (span) => span.start, range.end) - 1;
    return last >= 0 && (furthest[last] ?? -1) > range.start;
  };
}

/** The index of the first of sorted offsets at or after `at`, by halving. */
export function firstAtOrAfter(offsets: readonly number[], at: number): number {
  return firstStartingAtOrAfter(offsets, (offset) => offset, at);
}
