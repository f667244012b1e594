import { splitSentences } from './text';

/** A sentence that says how many times the parties have met: articles disagree, and the site shows each claim. */
export interface CountStatement {
  /** The count the sentence gives. */
  count: number;
  /** The sentence, as printed. */
  sentence: string;
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

const MET_TIMES =
  /\bmet\b[^.;]{0,60}?\b(once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times)\b/iu;

/** Finds the sentences of a paragraph that count meetings ("have met four times", "met in person three times"). */
export function findCountStatements(text: string): CountStatement[] {
  return splitSentences(text).flatMap((sentence) => {
    const match = MET_TIMES.exec(sentence.text);
    const phrase = match?.[1]?.toLowerCase();
    if (phrase === undefined) return [];
    const word = phrase.replace(/ times$/u, '');
    const count = NUMBER_WORDS[word] ?? Number.parseInt(word, 10);
    return Number.isNaN(count) ? [] : [{ count, sentence: sentence.text.trim() }];
  });
}
