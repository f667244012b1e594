/**
 * How texts are compared where spelling should not matter: case, and the
 * diacritics some outlets write and others leave out ("Erdoğan" and
 * "Erdogan", "İbrahim" and "Ibrahim"). One rule for the compiler (names,
 * status words, the gold set) and for the search page (queries against names
 * and pages), so that what one calls the same name the other does too.
 */

/** A text without its diacritics, case kept: "İbrahim Kalın" → "Ibrahim Kalin", "Erdoğan" → "Erdogan". */
export function withoutDiacritics(text: string): string {
  // NFKD parts a letter from its marks (İ into I and a dot above); the dotless ı has none to drop.
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i');
}

/**
 * A text with each letter's diacritics dropped where the bare letter takes the same room, so that every offset
 * still points at the same place of the text: "Élysée Palace" → "Elysee Palace" (a letter whose bare form is
 * longer or shorter, and every other character, is kept).
 */
export function withoutDiacriticsInPlace(text: string): string {
  return text.replace(/\P{ASCII}/gu, (character) => {
    const bare = withoutDiacritics(character);
    return bare.length === character.length ? bare : character;
  });
}

/** Lower case, without diacritics: "Çavuşoğlu" → "cavusoglu", "İbrahim" → "ibrahim". */
export function foldForComparison(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}
