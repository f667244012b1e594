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

/** Edits (insert, delete, substitute, swap two neighbours) from one word to another: optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const distance: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  const at = (row: number, column: number) => distance[row]?.[column] ?? Number.POSITIVE_INFINITY;
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(at(row - 1, column) + 1, at(row, column - 1) + 1, at(row - 1, column - 1) + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        best = Math.min(best, at(row - 2, column - 2) + 1);
      const line = distance[row];
      if (line) line[column] = best;
    }
  }
  return at(a.length, b.length);
}
