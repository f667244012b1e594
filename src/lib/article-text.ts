/** Words a reader gets through in a minute of news prose; the usual figure for adult silent reading. */
const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}

/** Joins names the way a byline does: "A, B and C". */
export function formatNameList(names: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(names);
}
