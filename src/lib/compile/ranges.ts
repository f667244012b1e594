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

/** A copy sorted by start, for the lookups above. */
export function sortedByStart<T>(items: readonly T[], startOf: (item: T) => number): T[] {
  return [...items].sort((a, b) => startOf(a) - startOf(b));
}
