/**
 * The compiler's language layer: sentence boundaries, parts of speech and
 * lemmas from wink-nlp with its English lite model, with every token's offset
 * in the paragraph (wink's tokens are lossless: their preceding spaces and
 * values give the text back).
 *
 * Chosen over compromise after measuring both on the development set's
 * paragraphs (README, "The language layer"): wink tags a paragraph in about
 * 0.25 ms against compromise's 20 ms and more, and its lemmas let one lexicon
 * of reporting verbs cover every inflection ("stressed", "emphasises").
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as printed. */
  text: string;
  /** Offset of the token in the paragraph. */
  start: number;
  end: number;
  /** Universal part of speech (`VERB`, `AUX`, `PROPN`, `NOUN`, `PUNCT`, …). */
  pos: string;
  /** Lower-case base form ("concluded" → "conclude"). */
  lemma: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
}

let engine: WinkMethods | undefined;

/** The model loads once per process (about 100 ms), on the first paragraph that needs it. */
function nlp(): WinkMethods {
  engine ??= winkNLP(model, ['sbd', 'pos']);
  return engine;
}

/** Letters with no decomposition to an ASCII base, by what an English reader takes them for. */
const ASCII_BASE: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 's',
  æ: 'a',
  Æ: 'A',
  œ: 'o',
  Œ: 'O',
};

/**
 * The text with each letter outside ASCII as an ASCII letter, one UTF-16 unit for one, so offsets hold: the
 * English model splits a name at a letter it does not know ("Erdoğan" as "Erdo", "ğ", "an"), and a name in
 * pieces is no name and no subject.
 */
function asciiLetters(text: string): string {
  return text.replace(/[^\u0000-\u007f]/gu, (char) => {
    if (!/\p{L}/u.test(char)) return char;
    const base = ASCII_BASE[char] ?? char.normalize('NFD')[0] ?? char;
    const letter = /^[A-Za-z]$/u.test(base) ? base : char === char.toLowerCase() ? 'x' : 'X';
    // A letter beyond the Basic Multilingual Plane is two units: two letters keep the offsets.
    return char.length === 2 ? letter.repeat(2) : letter;
  });
}

/** A word that ends in a possessive "’s" or "'s", and the word before it. */
const POSSESSIVE = /^(.*\p{L})([’']s)$/u;

/**
 * A word and its possessive as two tokens, as the model gives "Ukraine’s General Staff". The model keeps an
 * unknown word it has met before a comma ("It is Ukraine’s, he said") whole from then on, in every later
 * paragraph of the process: without this, how a paragraph is read would depend on what the process read before
 * it (an article compiled alone, or after others in a worker).
 */
function withPossessiveApart(token: Token): Token[] {
  const match = POSSESSIVE.exec(token.text);
  if (match === null) return [token];
  const word = match[1] ?? '';
  const owner = {
    ...token,
    text: word,
    end: token.start + word.length,
    lemma: word.toLowerCase(),
  };
  const mark = match[2] ?? '';
  return [owner, { ...token, text: mark, start: owner.end, pos: 'PART', lemma: mark.toLowerCase() }];
}

/** Whether the token at `at` is a hyphen joining the words either side, with no space: "secretary-general", "Anne-Claire". */
export function joinsWords(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at];
  return hyphen?.text === '-' && tokens[at - 1]?.end === hyphen.start && tokens[at + 1]?.start === hyphen.end;
}

/**
 * Whether a word the model reads as a verb is the object of the verb before it, a noun: the end of a noun
 * phrase right after that verb ("will hold several international telephone calls"), or a plural right after
 * it ("to support calls for peace talks": no finite verb follows another with nothing between). Or a plural
 * that ends a compound right after a preposition ("through phone calls", "amid the peace talks"): a subject
 * and its verb there would need a determiner of their own, and a verb in -s a singular subject
 * ("after the meeting the ministry says" has two determiners, and is a clause).
 */
export function objectReadAsVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== 'VERB') return false;
  let head = at - 1;
  while (['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[head]?.pos ?? '')) head -= 1;
  if (head < at - 1 && tokens[head]?.pos === 'VERB') return true;
  const inflected = /s$/u.test(token.text) && token.text.toLowerCase() !== token.lemma;
  if (inflected && tokens[at - 1]?.pos === 'VERB') return true;
  // The compound: nouns and adjectives, a determiner only first, right after the preposition.
  const compound = tokens.slice(head + 1, at);
  return (
    inflected &&
    tokens[head]?.pos === 'ADP' &&
    compound.some((word) => word.pos === 'NOUN') &&
    compound.every((word, index) => word.pos !== 'DET' || index === 0)
  );
}

/** Tokens and sentences of one paragraph, with offsets into it. */
export function analyse(text: string): Analysis {
  const wink = nlp();
  const its = wink.its;
  const doc = wink.readDoc(asciiLetters(text));
  // Each property once for the whole paragraph, then cut by the sentences' token spans: asked of each
  // sentence's tokens in turn, wink builds four collections per sentence (a third of this function's time).
  const all = doc.tokens();
  /* eslint-disable @typescript-eslint/unbound-method -- wink's `its` helpers are plain functions, passed to `out` by design */
  const values = all.out(its.value);
  const spaces = all.out(its.precedingSpaces);
  const pos = all.out(its.pos);
  // wink's typings declare `its.lemma` with the model add-ons' signature, which `out` does not accept.
  const lemmas = all.out(its.lemma as unknown as typeof its.value);
  // wink's typings give a span as numbers; for a sentence it is its first and last token's index.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const [sentenceIndex, [from, to]] of spans.entries()) {
    let first = -1;
    for (let index = from; index <= to; index += 1) {
      const value = values[index] ?? '';
      offset += (spaces[index] ?? '').length;
      if (first === -1) first = offset;
      const token: Token = {
        // The paragraph's own letters, not the ASCII ones the model read.
        text: text.slice(offset, offset + value.length),
        start: offset,
        end: offset + value.length,
        pos: pos[index] ?? 'X',
        lemma: (lemmas[index] ?? value).toLowerCase(),
        sentence: sentenceIndex,
      };
      tokens.push(...withPossessiveApart(token));
      offset += value.length;
    }
    if (first !== -1) sentences.push({ start: first, end: offset });
  }
  return { tokens, sentences };
}
