import type { ArticleParagraph } from './paragraphs';
import { normaliseForCitation, splitSentences, words } from './text';

/** Where a cited quote stands in its article. */
export interface LocatedQuote {
  paragraph: ArticleParagraph;
  /** The quote as the article prints it (its own quote marks and spacing). */
  printed: string;
}

/** Normalises like `normaliseForCitation`, keeping for each character of the result its offset in the original. */
function normaliseWithOffsets(text: string): { normalised: string; offsets: number[] } {
  let normalised = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (/\s/u.test(char)) {
      if (normalised === '' || normalised.endsWith(' ')) continue;
      normalised += ' ';
    } else {
      normalised += normaliseForCitation(char);
    }
    offsets.push(index);
  }
  return { normalised, offsets };
}

/** A letter, digit or combining mark: what words are made of. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True when the character at `index` belongs to a word: a letter or digit, or an apostrophe between two letters ("Russia’s"). */
function isWordCharAt(text: string, index: number): boolean {
  const char = text.charAt(index);
  if (WORD_CHAR.test(char)) return true;
  return (
    (char === "'" || char === '’') &&
    WORD_CHAR.test(text.charAt(index - 1)) &&
    WORD_CHAR.test(text.charAt(index + 1))
  );
}

/** True when `text` has a word boundary before `index`: the two sides are not one word. */
function isWordBoundary(text: string, index: number): boolean {
  return !(isWordCharAt(text, index - 1) && isWordCharAt(text, index));
}

/** Every place a quote stands in the paragraphs (quote marks and white space aside), in article order. */
function* occurrences(paragraphs: readonly ArticleParagraph[], quote: string) {
  const wanted = normaliseForCitation(quote);
  if (wanted === '') return;
  for (const paragraph of paragraphs) {
    const { normalised, offsets } = normaliseWithOffsets(paragraph.text);
    for (let at = normalised.indexOf(wanted); at !== -1; at = normalised.indexOf(wanted, at + 1)) {
      const start = offsets[at] ?? 0;
      const end = (offsets[at + wanted.length - 1] ?? start) + 1;
      const wholeWords = isWordBoundary(normalised, at) && isWordBoundary(normalised, at + wanted.length);
      yield { paragraph, start, end, wholeWords };
    }
  }
}

/**
 * Finds a quote in an article: verbatim, apart from typographic quote marks
 * and white space, and in whole words, so that "eutral stat" is no citation
 * of "neutral status". Returns the first paragraph that holds it, or undefined.
 */
export function locateQuote(
  paragraphs: readonly ArticleParagraph[],
  quote: string,
): LocatedQuote | undefined {
  for (const { paragraph, start, end, wholeWords } of occurrences(paragraphs, quote))
    if (wholeWords) return { paragraph, printed: paragraph.text.slice(start, end) };
  return undefined;
}

/**
 * Where a quote stands in an article only as part of longer words: the
 * paragraph, and the whole words around it, which the editor probably meant.
 */
export function locateWordFragment(
  paragraphs: readonly ArticleParagraph[],
  quote: string,
): { paragraph: ArticleParagraph; words: string } | undefined {
  for (const { paragraph, start, end } of occurrences(paragraphs, quote)) {
    const { text } = paragraph;
    let from = start;
    let to = end;
    while (from > 0 && !isWordBoundary(text, from)) from -= 1;
    while (to < text.length && !isWordBoundary(text, to)) to += 1;
    return { paragraph, words: text.slice(from, to) };
  }
  return undefined;
}

/** The sentence of an article that shares the most words with a quote: what the editor probably meant. */
export function closestPassage(paragraphs: readonly ArticleParagraph[], quote: string): string | undefined {
  const wanted = new Set(words(quote));
  let best: { text: string; score: number } | undefined;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph.text)) {
      const sentenceWords = new Set(words(sentence.text));
      const shared = [...wanted].filter((word) => sentenceWords.has(word)).length;
      // Dice coefficient: shared words against the size of both.
      const score = (2 * shared) / (wanted.size + sentenceWords.size || 1);
      if (best === undefined || score > best.score)
        best = { text: `${paragraph.id}: ${sentence.text}`, score };
    }
  }
  return best?.text;
}
