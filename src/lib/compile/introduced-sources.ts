/**
 * Delayed identification, as news ledes use it: a paragraph introduces a speaker by description and the
 * next one opens by naming them ("…, a Kremlin spokesman said on Monday. ¶ Dmitry Peskov said Moscow
 * demanded …"; "…, one of the negotiators for Ukraine said. ¶ Mykhaylo Podolyak, a senior adviser to …,
 * said …"). The description's words are then that person's, not an unnamed source's.
 *
 * Only a description of one person of a named side counts ("a negotiator" could be anyone at the table),
 * and only a person nothing contradicts: of that side, and holding that kind of role.
 */
import type { IntroducedSource } from './unnamed-sources';

/** What the compiler knows of the person a paragraph opens by naming as a speaker. */
export interface NamedSpeakerFacts {
  /** Whether the knowledge holds them. */
  known: boolean;
  /** The parties their roles or the article's description of them speak for. */
  parties: ReadonlySet<string>;
  /** The words of their offices by the knowledge, lower-cased, offices folded ("spokesperson"). */
  offices: ReadonlySet<string>;
  /** The words the article described them with, folded the same way. */
  described: ReadonlySet<string>;
}

/** Heads any official may be given ("a senior Turkish official"); never a head of state or government. */
const ANY_OFFICIAL = new Set([
  'official',
  'aide',
  'adviser',
  'advisor',
  'diplomat',
  'representative',
  'member',
]);
/** Offices an official is not: "a Russian official" is not the President. */
const LEADER_WORDS = ['president', 'prime', 'chancellor', 'premier', 'king', 'leader'];
/** A negotiator is any member of a delegation. */
const NEGOTIATOR_WORDS = ['negotiator', 'delegation', 'delegate', 'talks'];
/** Words of a description that say nothing of the role ("a senior adviser to the …"). */
const EMPTY_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'and',
  'in',
  'at',
  'on',
  'also',
  'senior',
  'chief',
  'top',
]);

/** Whether a head's kind of role fits what is known of a person's offices. */
function holdsRole(head: string, person: NamedSpeakerFacts): boolean {
  const words = new Set(
    [...person.offices, ...person.described].filter(
      (word) => !word.startsWith('party:') && !EMPTY_WORDS.has(word),
    ),
  );
  // A person the knowledge lacks, named with no description: the naming right after is all there is.
  if (words.size === 0) return !person.known;
  if (head === 'negotiator') return NEGOTIATOR_WORDS.some((word) => words.has(word));
  // Only the person's own offices: "an adviser to President Erdogan" names a leader who is someone else.
  if (ANY_OFFICIAL.has(head)) return !LEADER_WORDS.some((word) => person.offices.has(word));
  return words.has(head);
}

/**
 * The source a paragraph before introduced whom the person named now is, if exactly one fits: two
 * people introduced leave it to neither, and a person of another side or role is someone else.
 */
export function identifiedSource(
  introduced: readonly IntroducedSource[],
  person: NamedSpeakerFacts,
): IntroducedSource | undefined {
  if (introduced.length !== 1) return undefined;
  const [candidate] = introduced;
  if (candidate?.source.party === undefined) return undefined;
  if (person.known && person.parties.size === 0) return undefined;
  if (person.parties.size > 0 && !person.parties.has(candidate.source.party)) return undefined;
  return holdsRole(candidate.head, person) ? candidate : undefined;
}
