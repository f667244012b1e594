/**
 * The noun phrase a sentence opens with, read from the language layer's tokens: the subject that
 * "he" or "it" next refers to when the compiler cannot say who or what it is ("The chancellor said …",
 * "Ukraine’s General Staff posted …").
 */
import { CALENDAR_WORDS, PERSON_NOUNS } from './attribution-words';
import { joinsWords, type Token } from './language';
import { startingWithin } from './ranges';

/** Where the phrase is, its head word, and where the subject's words end: at its clause's verb. */
export interface OpeningPhrase {
  start: number;
  end: number;
  head: Token;
  subjectEnd: number;
}

/**
 * The noun phrase a sentence opens with, when it is its subject: one thing or person with a determiner
 * ("The chancellor", "Putin’s spokesman", "Ukraine’s General Staff", "their Turkish host") before the
 * clause's verb, perhaps after an opening phrase and its comma ("On Tuesday, the chancellor …"), an adverb,
 * an "of" phrase or a clause set off by commas ("Putin’s spokesman, asked about a summit, said").
 */
export function openingNounPhrase(
  paragraphTokens: readonly Token[],
  sentenceStart: number,
  sentenceEnd: number,
): OpeningPhrase | undefined {
  const tokens = startingWithin(paragraphTokens, (token) => token.start, sentenceStart, sentenceEnd);
  const isVerb = (token: Token | undefined) => token?.pos === 'VERB' || token?.pos === 'AUX';
  let from = 0;
  const comma = tokens.findIndex((token) => token.text === ',');
  if (
    comma > 0 &&
    (tokens[0]?.pos === 'ADP' || tokens[0]?.pos === 'ADV' || tokens[0]?.pos === 'SCONJ') &&
    !tokens.slice(0, comma).some(isVerb)
  )
    from = comma + 1;
  // "On Friday the UAE Foreign Ministry announced": a day before the subject, with no comma after it.
  if (
    from === 0 &&
    /^(?:on|in)$/iu.test(tokens[0]?.text ?? '') &&
    CALENDAR_WORDS.test(tokens[1]?.text ?? '') &&
    tokens[2]?.pos === 'DET'
  )
    from = 2;
  // "Later the president said": an adverb before the subject.
  while (tokens[from]?.pos === 'ADV' && from < tokens.length - 1) from += 1;
  const first = tokens[from];
  const second = tokens[from + 1];
  const determined =
    (first?.pos === 'DET' && /^(?:the|this)$/iu.test(first.text)) ||
    (first?.pos === 'PRON' && /^(?:his|her|their|its)$/iu.test(first.text)) ||
    (first?.pos === 'PROPN' && second?.pos === 'PART' && /^[’']s$/u.test(second.text));
  if (first === undefined || !determined) return undefined;
  // The noun phrase runs to its first preposition, adverb, comma or verb: "The head of the Russian delegation".
  let end = from + 1;
  // "secretary-general" is one word.
  const joined = (at: number) => joinsWords(tokens, at);
  while (
    end < tokens.length &&
    (joined(end) ||
      joined(end - 1) ||
      (!isVerb(tokens[end]) && !/^(?:ADP|ADV|PUNCT)$/u.test(tokens[end]?.pos ?? '')))
  )
    end += 1;
  const head = tokens[end - 1];
  // The tagger reads "chief" in "the UN chief" as an adjective.
  const noun =
    head?.pos === 'NOUN' || head?.pos === 'PROPN' || (head?.pos === 'ADJ' && PERSON_NOUNS.has(head.lemma));
  if (head === undefined || end - 1 === from || !noun) return undefined;
  // One: "the negotiators said" is no "he", "the talks ended" no "it".
  if (head.text.toLowerCase() !== head.lemma && /s$/u.test(head.text)) return undefined;
  let next = end;
  while (tokens[next]?.pos === 'ADV') next += 1;
  if (tokens[next]?.text !== 'of' && tokens[next]?.text !== ',' && !isVerb(tokens[next])) return undefined;
  // The subject's words run to its clause's verb: "The head of the Russian delegation Vladimir Medinsky said".
  const verb = tokens.slice(next).find(isVerb);
  return { start: first.start, end: head.end, head, subjectEnd: verb?.start ?? head.end };
}
