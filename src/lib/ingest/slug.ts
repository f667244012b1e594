/** An article's file name and URL: never changes once published, so it is made once, here. */
import anyAscii from 'any-ascii';

/** Longest slug, in characters. */
export const MAX_SLUG = 80;
/** Words of the headline a slug keeps at most: enough to tell stories of a day apart. */
const MAX_HEADLINE_WORDS = 8;
/** Words a slug does not end on ("…-talks-of" reads cut off). */
const TRAILING_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** A valid slug: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * Words of a text for a slug: lowercase ASCII, diacritics dropped, other
 * scripts transliterated ("Переговоры" → "peregovory"), apostrophes closed
 * up ("Russia’s" → "russias").
 */
function slugWords(text: string): string[] {
  return (
    text
      .normalize('NFC')
      // Letters and digits only: a symbol or an emoji would become a word ("€" → "EUR"), where it should part words.
      .replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => anyAscii(word))
      .toLowerCase()
      .replace(/['’]/gu, '')
      .split(/[^a-z0-9]+/u)
      .filter((word) => word !== '')
  );
}

/** The outlet in a slug: "The Hill" → "the-hill", "Antiwar.com" → "antiwar" (the domain ending says nothing). */
export function outletSlug(outlet: string): string {
  return slugWords(outlet.replace(/\.(?:com|org|net|co\.uk|news)$/iu, '')).join('-');
}

/**
 * The slug of a new article: its publication day, its outlet and the first
 * words of its headline (`2022-03-20-cnn-us-and-nato-officials-struggle-to-decipher-status`),
 * at most 80 characters, cut at a word and never on a word like "of".
 */
export function articleSlug(publishedDay: string, outlet: string, headline: string): string {
  // An outlet of symbols alone leaves no words: the slug goes without that part.
  const prefix = [publishedDay, outletSlug(outlet)].filter((part) => part !== '');
  const words: string[] = [];
  for (const word of slugWords(headline).slice(0, MAX_HEADLINE_WORDS)) {
    if ([...prefix, ...words, word].join('-').length > MAX_SLUG) break;
    words.push(word);
  }
  while (words.length > 1 && TRAILING_WORDS.has(words.at(-1) ?? '')) words.pop();
  return [...prefix, ...words].join('-');
}
