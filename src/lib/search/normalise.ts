import { withoutDiacritics } from './aliases';

/**
 * Word forms for matching what a reader typed against what texts write:
 * case, diacritics and the usual transliteration variants aside.
 */

/** Lower case, without diacritics: "Çavuşoğlu" → "cavusoglu", "İbrahim" → "ibrahim". */
export function foldForMatching(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}

/** A text's words, folded; hyphens and apostrophes inside a word keep it whole ("no-fly", "Russia's"). */
export function wordsOf(text: string): string[] {
  return (foldForMatching(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
    word.replace(/['’]s$/u, ''),
  );
}

/**
 * A key under which transliterations of one name meet: Zelenskiy, Zelenskyy
 * and Zelensky; Lavrow and Lavrov; Kuleba and Kouleba. Used only to measure
 * how far a typed word is from a known one, never shown.
 */
export function transliterationKey(word: string): string {
  return foldForMatching(word)
    .replace(/w/gu, 'v')
    .replace(/ou/gu, 'u')
    .replace(/kh/gu, 'h')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/(?:iy|yy|ii|ij|yi)$/u, 'y')
    .replace(/(.)\1+/gu, '$1');
}

/** editDistance's working rows, grown to the longest word met. */
let tableRows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(32),
  new Int32Array(32),
  new Int32Array(32),
];

/**
 * Edits (insert, delete, substitute, swap two neighbours) from one word to
 * another: optimal string alignment. With a `limit`, it stops as soon as the
 * words are known to be further apart, and gives `limit + 1`: "did you mean"
 * measures a typed word against every known word (a thousand and more), and
 * wants only those one or two edits away.
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
  return last[columns - 1] ?? 0;
}
