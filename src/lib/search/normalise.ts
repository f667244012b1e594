import { foldForComparison } from '../fold';

/**
 * Word forms for matching what a reader typed against what texts write:
 * case, diacritics and the usual transliteration variants aside.
 */

/** A text's words, folded; hyphens and apostrophes inside a word keep it whole ("no-fly", "Russia's"). */
export function wordsOf(text: string): string[] {
  return (foldForComparison(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
    word.replace(/['’]s$/u, ''),
  );
}

/**
 * A key under which transliterations of one name meet: Zelenskiy, Zelenskyy
 * and Zelensky; Lavrow and Lavrov; Kuleba and Kouleba. Used only to measure
 * how far a typed word is from a known one, never shown.
 */
export function transliterationKey(word: string): string {
  return foldForComparison(word)
    .replace(/w/gu, 'v')
    .replace(/ou/gu, 'u')
    .replace(/kh/gu, 'h')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/(?:iy|yy|ii|ij|yi)$/u, 'y')
    .replace(/(.)\1+/gu, '$1');
}
