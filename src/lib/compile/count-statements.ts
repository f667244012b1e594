import { splitSentences, WORD_END, WORD_START } from './text';

/** A sentence that says how many times the parties have met: articles disagree, and the site shows each claim. */
export interface CountStatement {
  /** The count the sentence gives. */
  count: number;
  /** The sentence, as printed. */
  sentence: string;
  /**
   * What the count counts, in words: the way of meeting and the place the
   * sentence restricts it to ("in person, in Belarus"), or "all meetings".
   * Only counts with the same scope can disagree.
   */
  scope: string;
}

/** The restrictions a count sentence puts on what it counts: "in person", "by video", "in Belarus". */
function scopeOf(sentence: string): string {
  const parts: string[] = [];
  if (/\b(?:in person|face[- ]to[- ]face)\b/iu.test(sentence)) parts.push('in person');
  else if (/\b(?:by video|video link|virtually|online)\b/iu.test(sentence)) parts.push('by video');
  const place = /\b(?:in|at)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u.exec(
    sentence.replace(/^\p{Lu}/u, ''),
  );
  if (place?.[1] !== undefined) parts.push(`in ${place[1]}`);
  return parts.length > 0 ? parts.join(', ') : 'all meetings';
}

const NUMBER_WORDS: Record<string, number> = {
  once: 1,
  twice: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const MET_TIMES = new RegExp(
  String.raw`${WORD_START}met${WORD_END}[^.;]{0,60}?${WORD_START}(once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times)${WORD_END}`,
  'iu',
);

/** Finds the sentences of a paragraph that count meetings ("have met four times", "met in person three times"). */
export function findCountStatements(text: string): CountStatement[] {
  return splitSentences(text).flatMap((sentence) => {
    const match = MET_TIMES.exec(sentence.text);
    const phrase = match?.[1]?.toLowerCase();
    if (phrase === undefined) return [];
    const word = phrase.replace(/ times$/u, '');
    const count = NUMBER_WORDS[word] ?? Number.parseInt(word, 10);
    const text = sentence.text.trim();
    return Number.isNaN(count) ? [] : [{ count, sentence: text, scope: scopeOf(text) }];
  });
}
