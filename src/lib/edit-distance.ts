/**
 * How far apart two words are, in edits: the editor's "close matches" for an
 * id that names nothing, and the search page's "did you mean".
 */

/** editDistance's working rows, grown to the longest word met. */
let tableRows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(32),
  new Int32Array(32),
  new Int32Array(32),
];

/**
 * Edits (insert, delete, substitute, swap two neighbours) from one word to
 * another: optimal string alignment, so "lavorv" is one edit from "lavrov".
 * With a `limit`, it stops as soon as the words are known to be further
 * apart, and gives `limit + 1`: "did you mean" measures a typed word against
 * every known word (a thousand and more), and wants only those one or two
 * edits away.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const columns = b.length + 1;
  // Three rows of the table: the one before the last (for swaps), the last, and the one being filled;
  // reused from call to call, so measuring against a thousand words allocates next to nothing.
  if (tableRows[0].length < columns)
    tableRows = [new Int32Array(columns), new Int32Array(columns), new Int32Array(columns)];
  let [beforeLast, last, current] = tableRows;
  for (let column = 0; column < columns; column++) last[column] = column;
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    let rowLeast = row;
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(
        (last[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (last[column - 1] ?? 0) + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        best = Math.min(best, (beforeLast[column - 2] ?? 0) + 1);
      current[column] = best;
      rowLeast = Math.min(rowLeast, best);
    }
    // No later row can come back under the limit: each of its cells is one of this row's, or of the
    // row before (which was no lower), plus at least nothing, or one.
    if (rowLeast > limit) return limit + 1;
    [beforeLast, last, current] = [last, current, beforeLast];
  }
  // Every row stayed within the limit somewhere, yet the last cell may not have.
  return Math.min(last[columns - 1] ?? 0, limit + 1);
}
