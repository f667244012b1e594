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

/**
 * Finds a quote in an article: verbatim, apart from typographic quote marks
 * and white space. Returns the first paragraph that contains it, or undefined.
 */
export function locateQuote(
  paragraphs: readonly ArticleParagraph[],
  quote: string,
): LocatedQuote | undefined {
  const wanted = normaliseForCitation(quote);
  if (wanted === '') return undefined;
  for (const paragraph of paragraphs) {
    const { normalised, offsets } = normaliseWithOffsets(paragraph.text);
    const at = normalised.indexOf(wanted);
    if (at === -1) continue;
    const start = offsets[at] ?? 0;
    const end = (offsets[at + wanted.length - 1] ?? start) + 1;
    return { paragraph, printed: paragraph.text.slice(start, end) };
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
