/**
 * The candidates of a sentence, the words that may name a quote's speaker: those made from words that
 * refer back ("he", "the 72-year-old", "the ministry"), and how candidates stand in a list.
 */
import { sameSpeaker, type Candidate } from './attribution-types';
import { firstAtOrAfter } from './ranges';

/** A candidate for each match of a referring word outside the quotations, with what it must refer back to. */
export function backReferences(
  text: string,
  pattern: RegExp,
  outside: (start: number, end: number) => boolean,
  constraint: (
    match: RegExpExecArray,
  ) => Pick<Candidate, 'office' | 'body' | 'epithet' | 'document'> = () => ({}),
): Candidate[] {
  return [...text.matchAll(pattern)]
    .filter((match) => outside(match.index, match.index + match[0].length))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      speaker: 'pronoun' as const,
      label: match[0],
      ...constraint(match),
    }));
}

/**
 * An epithet cut before a verb it took for its noun: "the 72-year-old told reporters" is "the 72-year-old", as
 * "the 72-year-old diplomat told" is the whole.
 */
export function beforeVerb(text: string, candidate: Candidate, verbs: readonly number[]): Candidate {
  const verb = verbs[firstAtOrAfter(verbs, candidate.start + 1)];
  if (verb === undefined || verb >= candidate.end) return candidate;
  const end = text.slice(0, verb).trimEnd().length;
  return { ...candidate, end, label: text.slice(candidate.start, end) };
}

/**
 * "According to him, “…”": "him" or "her" after "according to" refers back as "he" does. (Not a candidate
 * everywhere: "told him" and "asked her" name the one spoken to.)
 */
export function objectPronoun(phrase: string, end: number): Candidate | undefined {
  const pronoun = phrase.trim();
  // "According to him", and "In his words".
  if (!/^(?:him|her|his)$/u.test(pronoun)) return undefined;
  return { start: end - pronoun.length, end, speaker: 'pronoun', label: pronoun };
}

/** The candidates listed before one ("Podolyak, Kuleba, and" before "Arakhamia"), the nearest first. */
export function listedBefore(
  text: string,
  candidate: Candidate,
  candidates: readonly Candidate[],
): Candidate[] {
  const listed: Candidate[] = [];
  let next = candidate;
  for (let index = candidates.indexOf(candidate) - 1; index >= 0; index -= 1) {
    const other = candidates[index];
    if (other === undefined || other.end > next.start) continue;
    if (!LIST_SEPARATOR.test(text.slice(other.end, next.start))) break;
    listed.push(other);
    next = other;
  }
  return listed;
}

/** The candidates listed after one ("and Kuleba" after "Podolyak"), the nearest first. */
function listedAfter(text: string, candidate: Candidate, candidates: readonly Candidate[]): Candidate[] {
  const listed: Candidate[] = [];
  let last = candidate;
  for (let index = candidates.indexOf(candidate) + 1; index < candidates.length; index += 1) {
    const other = candidates[index];
    if (other === undefined || other.start < last.end) continue;
    if (!LIST_SEPARATOR.test(text.slice(last.end, other.start))) break;
    listed.push(other);
    last = other;
  }
  return listed;
}

/**
 * The other people a person candidate is listed with ("Putin and Erdogan", "Kuleba, Cavusoglu and
 * Lavrov"), before it or after it: who share its place in the sentence. A list has "and" or "or" in it:
 * "During his talks with Kuleba, Cavusoglu said" and "Ukraine's foreign minister, Dmytro Kuleba," are none.
 */
export function listedWith(
  text: string,
  candidate: Candidate,
  candidates: readonly Candidate[],
): Candidate[] {
  if (typeof candidate.speaker === 'string') return [];
  const own = candidate.speaker;
  const list = [
    ...listedBefore(text, candidate, candidates).toReversed(),
    candidate,
    ...listedAfter(text, candidate, candidates),
  ];
  const joined = list.some((item, index) => {
    const next = list[index + 1];
    return next !== undefined && /\s(?:and|or)\s/u.test(text.slice(item.end, next.start));
  });
  if (!joined) return [];
  return list.filter(
    (other) =>
      other !== candidate &&
      isPersonCandidate(other) &&
      typeof other.speaker !== 'string' &&
      !sameSpeaker(other.speaker, own),
  );
}

/**
 * Whether a person candidate is listed with a personal pronoun ("he and Zelensky had held talks", "Zelensky and
 * she"): the pair is two people, and the pronoun stands for someone else, whom a later "he" goes on with.
 */
export function listedWithPronoun(text: string, candidate: Candidate): boolean {
  return (
    PRONOUN_AND.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)) ||
    AND_PRONOUN.test(text.slice(candidate.end, candidate.end + 12))
  );
}

const PRONOUN_AND = /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|I|me)\s+and\s+$/u;
const AND_PRONOUN = /^\s+and\s+(?:he|she|him|her|I|me)(?![\p{L}])/u;

/** Between two items of a list: a comma, "and" or "or". */
const LIST_SEPARATOR = /^(?:,|,?\s+(?:and|or))\s+$/u;

/** Whether a candidate is a party of the knowledge (a state, a body, an alliance). */
export function isPartyCandidate(candidate: Candidate): boolean {
  return typeof candidate.speaker !== 'string' && candidate.speaker.type === 'party';
}

/** A person of the knowledge or one it lacks, named. */
export function isPersonCandidate(candidate: Candidate): boolean {
  return (
    typeof candidate.speaker !== 'string' &&
    (candidate.speaker.type === 'person' || candidate.speaker.type === 'named')
  );
}

/** The candidate nearest the end of the list, preferring people and unnamed sources over parties named in passing. */
export function nearestSpeaker(candidates: readonly Candidate[]): Candidate | undefined {
  return (
    candidates.findLast(
      (candidate) => typeof candidate.speaker === 'string' || candidate.speaker.type !== 'party',
    ) ?? candidates.at(-1)
  );
}
