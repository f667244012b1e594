/** Text helpers shared by the compile step: how quotes, white space and names are compared. */
import { editDistance } from '../edit-distance';
import { foldForComparison } from '../fold';
import { ATTRIBUTING_VERBS } from './speech-verbs';

const DOUBLE_QUOTES = /[“”„‟″«»]/gu;
const SINGLE_QUOTES = /[‘’‚‛′]/gu;

/**
 * Folds typographic quote marks to straight ones and collapses white space:
 * the only differences a citation may have from its article.
 */
export function normaliseForCitation(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(/\s+/gu, ' ').trim();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Phrases as one alternation, grouped by their first word: at each position the
 * engine tries each first word once instead of every phrase (a list of hundreds of
 * roles all opening with "the" cost a compile 2 % alone). Phrases keep their order
 * within a group and groups the order of their first phrase, so with phrases sorted
 * longest first the longest phrase at a position still wins. `source` turns a piece
 * of a phrase into pattern source.
 */
export function groupedAlternation(
  phrases: readonly string[],
  source: (piece: string) => string = escapeRegExp,
): string {
  const tailsByHead = new Map<string, string[]>();
  for (const phrase of phrases) {
    const space = phrase.indexOf(' ');
    const head = space < 0 ? phrase : phrase.slice(0, space);
    const tails = tailsByHead.get(head) ?? [];
    tails.push(space < 0 ? '' : phrase.slice(space));
    tailsByHead.set(head, tails);
  }
  return [...tailsByHead]
    .map(([head, tails]) => `${source(head)}(?:${tails.map(source).join('|')})`)
    .join('|');
}

/**
 * Where a word starts and where it ends, for case-insensitive Unicode patterns (flags `iu`) in place of
 * `\b`. Under `iu`, `\b` counts the long s (ſ) and the Kelvin sign (K) as word characters, and V8 compiles
 * it into a look both ways that keeps its scan from skipping to where a match can begin: `/\bin person\b/iu`
 * took eight times as long as `/\bin person\b/u`. Said one way round with the same characters, the boundary
 * means the same and the scan stays fast. `WORD_START` only right before a word character of the pattern,
 * `WORD_END` only right after one.
 */
const WORD_CHARACTER = String.raw`[0-9A-Z_a-z\u017F\u212A]`;
/** A quotation mark that the language layer gives as a token of its own. */
export const QUOTATION_MARK_TOKEN = /^[“”"‘’']$/u;

export const WORD_START = `(?<!${WORD_CHARACTER})`;
export const WORD_END = `(?!${WORD_CHARACTER})`;

/**
 * Every match of a global pattern in a text; none, without running the pattern, when the text lacks
 * `needs`: something every match contains (a head word, a month's name), with the pattern's case flags.
 * A literal is found much faster than a pattern that may start at any word fails at each of them.
 */
export function matchesNeeding(text: string, pattern: RegExp, needs: RegExp | undefined): RegExpExecArray[] {
  return needs === undefined || needs.test(text) ? [...text.matchAll(pattern)] : [];
}

/**
 * A test of whether a text ends with a match of `pattern` (a pattern that ends in `$`), said as a look back
 * from the end. V8 tries a pattern that ends in `$` at every position of the text: a case-insensitive one
 * with alternatives took 7 µs on the 256 characters before a name, where the look back, tried at the end
 * only, takes 0.03 µs. The same texts pass; for `test` only, since the match is empty, and only for a pattern
 * whose alternatives are all inside a group (`a|b$` would become `(?<=a|b)$`, which `a` alone no longer passes).
 */
export function endingWith(pattern: RegExp): RegExp {
  if (!pattern.source.endsWith('$') || pattern.source.endsWith('\\$') || pattern.global || pattern.sticky)
    throw new Error(`endingWith needs a pattern that ends in $, not global nor sticky: ${String(pattern)}`);
  return new RegExp(`(?<=${pattern.source.slice(0, -1)})$`, pattern.flags);
}

/**
 * Whether a text ends with one of `prepositions`, perhaps with "the" after it ("talks with the "): the
 * word after it is inside a phrase. The preposition is the first group of a match.
 */
export function endingWithPreposition(prepositions: readonly string[]): RegExp {
  return endingWith(new RegExp(String.raw`(?<![\p{L}])(${prepositions.join('|')})\s+(?:the\s+)?$`, 'u'));
}

/** Words of a text, lowercased, diacritics and punctuation removed. */
export function words(text: string): string[] {
  return foldForComparison(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The known values closest to an unknown one, best first: what the editor probably meant. */
export function closestMatches(unknown: string, known: Iterable<string>, limit = 3): string[] {
  return (
    [...known]
      .map((candidate) => ({ candidate, distance: editDistance(unknown, candidate) }))
      // A typo changes a letter or two; further than a third of the word is another word.
      .filter(({ candidate, distance }) => distance <= Math.max(2, Math.floor(candidate.length / 3)))
      .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
      .slice(0, limit)
      .map(({ candidate }) => candidate)
  );
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

/**
 * Splits a paragraph into sentences: at ., ? or ! followed by a space and a
 * capital or an opening quote, but not after common abbreviations (U.S.,
 * Gen., Maj., Mr.) or inside a quotation.
 * @param quotations the paragraph's quotations, in order, where they are known: a quotation whose opening mark
 *   the copy left out is one all the same. Without them, the marks alone say where quotations are.
 */
export function splitSentences(
  text: string,
  quotations?: readonly { start: number; end: number }[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // "Details: According to Blinken, …": the label a house style opens a paragraph with is no word of its sentence.
  const label = HOUSE_LABEL.exec(text);
  if (label !== null) {
    sentences.push({ text: label[1] ?? '', start: 0 });
    start = label[0].length;
  }
  let inQuote = false;
  let quote = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    // Without the quotations, the marks say where they are; with them, the stop's place does (below).
    if (quotations === undefined) {
      if (char === '“') inQuote = true;
      else if (char === '”') inQuote = false;
      else if (char === '"') inQuote = !inQuote;
    }
    // Compared, not matched: a pattern tested on every character was a fifth of this function's time.
    if (char !== '.' && char !== '?' && char !== '!') continue;
    // A closing quote right after the stop belongs to this sentence.
    let end = index + 1;
    while (CLOSING_MARKS.has(text.charAt(end))) end += 1;
    if (quotations !== undefined) {
      while (quote < quotations.length && (quotations[quote]?.end ?? 0) <= index) quote += 1;
      inQuote = quote < quotations.length && (quotations[quote]?.start ?? Infinity) < index;
      // "“… kept saying: ‘Let’s meet.’ They …,” he said": a stop inside a quotation, even before the closing mark
      // of a quote within it, ends no sentence; only one whose marks close the quotation itself does.
      if (inQuote && end < (quotations[quote]?.end ?? 0)) continue;
    }
    if (inQuote && end === index + 1) continue;
    // "“Is this a negotiation?” Kuleba asked.": the attribution after a question or exclamation in quotes is the same sentence.
    if (char !== '.' && end > index + 1) {
      ATTRIBUTION_AFTER.lastIndex = end;
      if (ATTRIBUTION_AFTER.test(text)) continue;
    }
    // Read where the stop is, never as a copy of the rest: the split stays linear in the paragraph.
    NEXT_SENTENCE_START.lastIndex = end;
    if (!NEXT_SENTENCE_START.test(text)) continue;
    // The abbreviations are a few letters long: the last 16 characters before the stop decide.
    if (ABBREVIATION_END.test(text.slice(Math.max(start, index - 16), index + 1))) continue;
    sentences.push({ text: text.slice(start, end), start });
    SPACES.lastIndex = end;
    SPACES.test(text);
    start = SPACES.lastIndex;
    index = start - 1;
    inQuote = false;
  }
  if (start < text.length) sentences.push({ text: text.slice(start), start });
  return sentences;
}

/**
 * A label that opens a paragraph in a house style (Ukrainska Pravda's "Details:", "Background:"), before a
 * sentence of its own. ("Quote: “…”" lines are read as quotes of the source line before them, label and all.)
 */
const HOUSE_LABEL = /^((?:Details|Background|Update|Context|Reference):)\s+(?=[\p{Lu}“"])/u;
/** Marks that close a sentence's quotation or parenthesis after its stop. */
const CLOSING_MARKS = new Set(['”', '"', '’', "'", ')', ']']);
/** What starts the next sentence after a stop: white space, then a capital, a digit or an opening quote. */
const NEXT_SENTENCE_START = /\s+[“"‘'(\p{Lu}\p{N}]/uy;
const SPACES = /\s*/uy;
/**
 * A name of up to four words, a lower-case pronoun, or none, then a verb of saying: the attribution of the
 * quote before it ("“Why?” Zelensky explained", "“Who will sit?” he asked").
 */
const ATTRIBUTION_AFTER = new RegExp(
  String.raw`\s+(?:(?:he|she|they|we)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,4})(?:${ATTRIBUTING_VERBS.join('|')})(?![\p{L}])`,
  'uy',
);
/** Titles and ranks shortened before a name: "Mr.", "Gen.", "Maj. Serhii Volyna", "Lt. Col. …". */
const TITLE_ABBREVIATIONS = 'Mr|Mrs|Ms|Dr|Prof|Gen|Maj|Col|Lt|Capt|Sgt|Cmdr|Adm|Brig|Sen|Rep|Gov|Pres';
/** A word that is one of them, stop included: it goes on to a name, and neither ends a sentence nor a title. */
export const TITLE_ABBREVIATION = new RegExp(`^(?:${TITLE_ABBREVIATIONS})\\.$`, 'u');
const ABBREVIATION_END = new RegExp(
  String.raw`(?:\b\p{Lu}\.){1,3}$|\b(?:${TITLE_ABBREVIATIONS}|St|No|Feb|Jan|Aug|Sept|Oct|Nov|Dec)\.$`,
  'u',
);

/**
 * The text right before `start`, at most about `size` characters and
 * starting at a word: what a rule that looks at the words before a name
 * reads, in time that does not grow with the paragraph.
 */
export function wordsBefore(text: string, start: number, size = 256): string {
  const from = Math.max(0, start - size);
  const window = text.slice(from, start);
  if (from === 0) return window;
  const space = window.search(/\s/u);
  return space < 0 ? '' : window.slice(space);
}

/** The text right after `end`, at most `size` characters: what a rule that looks at the words after a name reads. */
export function textAfter(text: string, end: number, size = 64): string {
  return text.slice(end, end + size);
}

/** FNV-1a's offset basis and prime (32-bit), for hashes fed one character code at a time (`fnv1a`). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit: a fast hash that is the same on every run and machine. */
export function fnv1a(text: string, seed = 0): number {
  let value = (FNV_OFFSET ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, FNV_PRIME) >>> 0;
  }
  return value;
}

/** Words after a surname that are not part of it: "Robert F. Kennedy Jr." is a Kennedy. */
const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV', 'V', 'VI']);

/**
 * A person's surname: the last word of the name that is not a suffix ("Jr.",
 * "Sr.", "III"), or undefined for a name of one word. A suffix is no surname:
 * taken as one, "Sammy Davis Jr. said" would be a Kennedy speaking.
 */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  while (words.length > 1 && NAME_SUFFIXES.has(words.at(-1) ?? '')) words.pop();
  return words.length > 1 ? words.at(-1) : undefined;
}
