import { splitSentences } from '../compile/text';

/** Longest title made from a sentence, in characters. */
const MAX_TITLE = 120;
/** A title shorter than this many words says too little to stop at a clause break. */
const MIN_TITLE_WORDS = 6;
/** Where a long sentence can be cut into a title: a comma, a dash, or a word that starts a new clause. */
const CLAUSE_BREAK =
  /, | [—–] | -- |; | (?:and|but|while|as|in|with|after|before|because|which|who|that|according) /gu;

/**
 * A title for a copy without a headline, from its first sentence: the whole
 * sentence when it is short, else the sentence up to its first clause break
 * after a few words ("US and NATO officials believe … his original
 * demands"), else its first words and an ellipsis. The editors mark such a
 * title as theirs (`titleIsEditorial`) and are asked to check it.
 */
export function titleFromFirstSentence(paragraph: string): string {
  const sentence = (splitSentences(paragraph)[0]?.text ?? paragraph).trim();
  const withoutStop = sentence.replace(/[.!?]$/u, '');
  if (withoutStop.length <= MAX_TITLE) return withoutStop;
  for (const match of withoutStop.matchAll(CLAUSE_BREAK)) {
    const head = withoutStop.slice(0, match.index);
    if (head.length > MAX_TITLE) break;
    if (head.split(' ').length >= MIN_TITLE_WORDS) return head;
  }
  const cut = withoutStop.slice(0, MAX_TITLE + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_TITLE);
  return `${words.replace(/[,;:—–-]+$/u, '')}…`;
}
