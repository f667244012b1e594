import { editDistance } from '../edit-distance';
import { foldForComparison } from '../fold';
import { transliterationKey, wordsOf } from './normalise';
import type { SearchVocabulary, SearchWords, VocabularyEntity } from './vocabulary';

/**
 * Words that carry no subject on their own. Pagefind finds only pages with
 * every word, so a question ("what does Russia demand") would find nothing
 * with them; they are dropped when keeping them finds nothing.
 */
export const STOP_WORDS = new Set(
  (
    'a about after an and are as at be been before by did do does for from had has have how in into is it its ' +
    'of on or over said say says than that the their them they this to was were what when where which who whom ' +
    'why will with would about between during'
  ).split(' '),
);

/** Words that ask for a party's demands: "demands of Russia", "what does Ukraine want". */
const DEMAND_WORDS = new Set([
  'demand',
  'demands',
  'demanded',
  'want',
  'wants',
  'wanted',
  'position',
  'positions',
]);

/** The query's words, folded, without stop words. */
export function contentWords(query: string): string[] {
  return wordsOf(query).filter((word) => !STOP_WORDS.has(word));
}

/** Word sequences of each entity's names, folded, longest first, so "Sergey Lavrov" wins over "Lavrov". */
function nameSequences(entity: VocabularyEntity): string[][] {
  return entity.names.map(wordsOf).sort((a, b) => b.length - a.length);
}

/**
 * The pages a query names outright: the whole query (stop words and words
 * asking for demands aside) is one entity's name, surname or alias. A place
 * names the rounds held there. "demands of Russia" names Russia's page.
 */
export function entitiesNamed(query: string, vocabulary: SearchVocabulary): VocabularyEntity[] {
  const words = contentWords(query).filter((word) => !DEMAND_WORDS.has(word));
  if (words.length === 0) return [];
  const key = words.join(' ');
  return vocabulary.entities.filter((entity) => nameSequences(entity).some((name) => name.join(' ') === key));
}

/** Verbs of a "who …" question that no role title holds: "who leads the Russian delegation". */
const QUESTION_VERBS = new Set([
  'who',
  'whom',
  'leads',
  'lead',
  'led',
  'heads',
  'headed',
  'is',
  'was',
  'are',
  'were',
]);

/**
 * The people a "who …" question describes by role: every word left once the
 * question's own words go is a word of one of their role titles ("who is the
 * Turkish foreign minister" → the Turkish Foreign Minister).
 */
export function peopleDescribed(query: string, vocabulary: SearchVocabulary): VocabularyEntity[] {
  const words = wordsOf(query);
  if (words[0] !== 'who') return [];
  const wanted = words.filter((word) => !QUESTION_VERBS.has(word) && !STOP_WORDS.has(word));
  if (wanted.length === 0) return [];
  return vocabulary.entities.filter((entity) =>
    (entity.roles ?? []).some((role) => {
      const roleWords = new Set(wordsOf(role));
      return wanted.every((word) => roleWords.has(word));
    }),
  );
}

/** Whether a query asks for demands, so a party it names comes first. */
export function asksForDemands(query: string): boolean {
  return wordsOf(query).some((word) => DEMAND_WORDS.has(word));
}

/** A spelling to search instead, and the words no known word is close to. */
export interface Suggestion {
  /** The query with each unknown word replaced by the closest known one; undefined when nothing was replaced. */
  query?: string;
  /** Words neither known nor close to a known word. */
  unknown: string[];
}

/** How many edits a word of this length may be from a known one to be a typo of it. */
function editsAllowed(length: number): number {
  return length <= 4 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * "Did you mean": each content word of the query that the corpus does not
 * use is replaced by the closest word it does use (names as the site spells
 * them, then the frequent `words`), at most one or two edits away under
 * transliteration, the most frequent first on a tie.
 */
export function suggestSpelling(
  query: string,
  vocabulary: SearchVocabulary,
  { words: frequent, keys }: SearchWords,
): Suggestion {
  // The names' words, folded, as the site spells them and keyed: a few hundred, keyed here. The
  // frequent words (thousands) come keyed from the build.
  const names = new Map<string, { shown: string; key: string }>();
  for (const entity of vocabulary.entities)
    for (const name of entity.names)
      for (const word of name.split(/\s+/u)) {
        const folded = foldForComparison(word).replace(/[^\p{L}\p{N}'’-]/gu, '');
        if (folded !== '' && !names.has(folded))
          names.set(folded, {
            shown: word.replace(/[^\p{L}\p{N}'’-]/gu, ''),
            key: transliterationKey(folded),
          });
      }

  const unknown: string[] = [];
  const replacements: string[] = [];
  const words = query.trim().split(/\s+/u);
  const suggested = words.map((typed) => {
    const [folded] = wordsOf(typed);
    if (
      folded === undefined ||
      STOP_WORDS.has(folded) ||
      names.has(folded) ||
      frequent.includes(folded) ||
      /^\d+$/u.test(folded)
    )
      return typed;
    const key = transliterationKey(folded);
    // The key's length, with repeated letters collapsed: "Noooooo" is "no", two letters, too short
    // to be a misspelling of anything (by its typed length it was allowed two edits, and became "Joe").
    const allowed = editsAllowed(key.length);
    // The first closest wins a tie: names first, then the words, most frequent first.
    let best: { shown: string; distance: number } | undefined;
    const measure = (shown: string, candidateKey: string) => {
      if (Math.abs(candidateKey.length - key.length) > allowed) return;
      const distance = editDistance(key, candidateKey, allowed);
      if (distance <= allowed && (best === undefined || distance < best.distance)) best = { shown, distance };
    };
    for (const name of names.values()) measure(name.shown, name.key);
    frequent.forEach((word, index) => {
      if (!names.has(word)) measure(word, keys[index] ?? transliterationKey(word));
    });
    if (best === undefined) {
      unknown.push(typed);
      return typed;
    }
    // As the reader typed it: "Istambul" → "Istanbul", not "istanbul".
    const shown = /^\p{Lu}/u.test(typed)
      ? `${best.shown.charAt(0).toUpperCase()}${best.shown.slice(1)}`
      : best.shown;
    replacements.push(shown);
    return shown;
  });
  return replacements.length > 0 ? { query: suggested.join(' '), unknown } : { unknown };
}
