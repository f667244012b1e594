/**
 * The words an article uses to describe the people it names, so that a
 * definite description later ("the spokesman", "the Kremlin spokesman", "the
 * official") can be taken for the person it refers back to: "Kremlin spokesman
 * Dmitry Peskov said … “…,” the spokesman added" is Peskov's, not an unnamed
 * source's.
 */
import { PERSON_NOUN_ALTERNATIVES, PERSON_NOUNS, SPEECH_VERBS } from './attribution-words';
import { stateOfWord } from './countries';
import { firstStartingAtOrAfter } from './ranges';
import { endingWithPreposition, words } from './text';

/** A person the article names, as the attributor knows them. */
export interface NamedPerson<Speaker> {
  start: number;
  end: number;
  speaker: Speaker;
  label: string;
}

interface Described<Speaker> {
  speaker: Speaker;
  label: string;
  paragraph: number;
  start: number;
  words: ReadonlySet<string>;
  /** Named after a preposition ("talked to Kuleba"): someone spoken of, not one who acts in the sentence. */
  inPhrase: boolean;
}

/** What joins two names of one phrase: "with Trump and Putin", "to Macron, Scholz or Meloni". */
const JOINED_TO_NAME_BEFORE = /^(?:’s|'s)?\s*(?:,\s*|,?\s+(?:and|or)\s+)$/u;
/** A preposition right before a name. */
const PREPOSITION_BEFORE = endingWithPreposition([
  'to',
  'with',
  'from',
  'of',
  'for',
  'by',
  'about',
  'against',
  'at',
  'on',
]);

/** A possessive right after a name: the name owns what follows ("Putin's spokesman"). */
const OWNER_AFTER = /^[’']s(?![\p{L}])/u;

/** Where a description before a name starts: after the clause's last break ("…, said Kremlin spokesman Peskov"). */
const CLAUSE_OPENING = /[,;:()“”"—–]/gu;
/**
 * A description set off after a name: ", its spokesman,", ", an adviser to Zelensky,", ", Republican senator from
 * Florida,". Only a phrase opening with a lower-case word, a possessive, or capitalised words before a person's
 * noun, so ", Russia and Turkey" is not one.
 */
const APPOSITION_AFTER = new RegExp(
  String.raw`^,\s+((?:\p{Ll}|\p{Lu}[\p{L}-]*[’']s\s|(?:\p{Lu}[\p{L}.-]*\s+){1,2}(?=(?:\p{Ll}+\s+)?(?:${PERSON_NOUN_ALTERNATIVES})(?![\p{L}])))[^,.;:“”"()]{0,80}?)(?=[,.;]|$)`,
  'u',
);
/** Where reported words start inside a clause: "The spokesperson added that Abramovich …" describes no Abramovich. */
const REPORTED_WORDS_START = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS}|that)(?![\\p{L}])`, 'gu');
/** A preposition that joins an office to its holder's superior ("press secretary of", "adviser to"). */
const OWNER_PREPOSITION = /(?<![\p{L}])(?:of|to|for)\s+/giu;
/** How far before a name its description is read. */
const BEFORE = 100;
/** How many of the latest descriptions are kept: "the spokesman" refers back a paragraph at most. */
const KEPT = 50;

/** Words compared folded, with the forms of one office made one: spokesman, spokeswoman, spokesperson; defense. */
export function normalised(word: string): string {
  if (/^spokes(?:man|woman|person)$/u.test(word)) return 'spokesperson';
  if (word === 'advisor') return 'adviser';
  if (word === 'defense') return 'defence';
  return word;
}

/**
 * The folded words of a description: "press secretary" is one office with "spokesman" ("the press secretary of
 * the Russian president" after "Kremlin spokesman Dmitry Peskov"), "prime minister" one with "premier" ("the
 * Hungarian premier" after "Hungarian Prime Minister Viktor Orban").
 */
function officeWords(text: string): string[] {
  return words(
    text
      // ("the President's Office": a possessive's "s" is no word of the office.)
      .replace(/[’'](?:s)?(?![\p{L}])/gu, '')
      .replace(/(?<![\p{L}])press\s+secretary(?![\p{L}])/giu, 'spokesperson')
      .replace(/(?<![\p{L}])prime\s+minister(?![\p{L}])/giu, 'premier'),
  );
}

/**
 * A person's office and what follows the last preposition that joins it to a superior ("press secretary" and
 * "Russian President" in "press secretary of Russian President"); undefined when no person's word ends the words
 * before that preposition ("Minister of Defence" has one, "Office of the President" none).
 */
function officeAndSuperior(phrase: string): { office: string; superior: string } | undefined {
  const owner = [...phrase.matchAll(OWNER_PREPOSITION)].at(-1);
  if (owner === undefined) return undefined;
  const office = phrase.slice(0, owner.index);
  if (!PERSON_NOUNS.has(words(office).at(-1) ?? '')) return undefined;
  return { office, superior: phrase.slice(owner.index + owner[0].length) };
}

/**
 * Words a description may add that no side's or office's description needs to have said: "the Russian presidential
 * spokesman" is the one "Kremlin spokesman Dmitry Peskov" described, as "the spokesman" is; and the little words
 * between an office's ("the head of the President's Office" is "Head of the Office of the President").
 */
const UNDEMANDING = new Set(['presidential', 'of', 'the', 'to', 'for', 'and']);

/** The folded words a description requires of the person it refers back to. */
function demanded(folded: readonly string[]): string[] {
  return folded.filter((word) => !UNDEMANDING.has(word));
}

export class DescribedPeople<Speaker> {
  readonly #described: Described<Speaker>[] = [];

  /**
   * @param partyOfWord the party a folded word names ("kremlin", "russian", "moscow"), so that "the Kremlin
   * spokesman" fits "Russian President Vladimir Putin's spokesman Dmitry Peskov": one side in any of its names
   */
  constructor(private readonly partyOfWord: (word: string) => string | undefined = () => undefined) {}

  /**
   * A word as compared: an office's forms made one, a party's names made one ("party:russia"), and a state's
   * name and its demonym made one for a state the knowledge lacks ("India’s Prime Minister Narendra Modi … the
   * Indian leader").
   */
  fold(word: string): string {
    const party = this.partyOfWord(word);
    if (party !== undefined) return `party:${party}`;
    const state = stateOfWord(word);
    return state === undefined ? normalised(word) : `state:${state}`;
  }

  /**
   * Remembers how a paragraph describes each person it names: the words of the
   * clause before the name, and an apposition after it.
   */
  remember(
    text: string,
    sentenceStarts: readonly number[],
    people: readonly NamedPerson<Speaker>[],
    paragraph: number,
    verbEnds: readonly number[] = [],
  ): void {
    let previousEnd = 0;
    // Where the last name read ends, when it is in a phrase.
    let previousInPhrase: number | undefined;
    for (const person of people) {
      const sentenceStart =
        sentenceStarts[firstStartingAtOrAfter(sentenceStarts, (start) => start, person.start + 1) - 1] ?? 0;
      // "Kremlin spokesman Dmitry Peskov said that Abramovich …": words before an earlier name describe that
      // name, not a later one; but an owner's name is inside the description ("Russian President Vladimir
      // Putin's spokesman Dmitry Peskov").
      const from = Math.max(sentenceStart, person.start - BEFORE, Math.min(previousEnd, person.start));
      if (!OWNER_AFTER.test(text.slice(person.end, person.end + 3)))
        previousEnd = Math.max(previousEnd, person.end);
      const before = text.slice(from, person.start);
      const openings = [...before.matchAll(CLAUSE_OPENING)];
      const opening = openings.at(-1);
      let clause = opening === undefined ? before : before.slice(opening.index + 1);
      // "the chief Russian negotiator, Vladimir Medinsky,": a description set off before the name, ending in
      // a word for a person's role, describes it as one written before it does.
      if (opening?.[0] === ',' && clause.trim() === '') {
        const setOff = before.slice((openings.at(-2)?.index ?? -1) + 1, opening.index);
        if (PERSON_NOUNS.has(words(setOff).at(-1) ?? '')) clause = setOff;
        else {
          // "the press secretary of Russian President Vladimir Putin, Dmitry Peskov,": the office before the
          // preposition, whose holder's superior, named, ends the phrase (so the phrase is read past that name).
          const wide = text.slice(Math.max(sentenceStart, person.start - BEFORE), person.start);
          const commas = [...wide.matchAll(/,/gu)];
          const phrase = wide.slice((commas.at(-2)?.index ?? -1) + 1, commas.at(-1)?.index ?? 0);
          const split = officeAndSuperior(phrase);
          if (split !== undefined) clause = split.office;
        }
      }
      // "the press secretary of Russian President Vladimir Putin": a person's office, then a preposition and another
      // title, describes the one before the preposition; the name after it is the other title's ("Minister of
      // Defence Alexander Fomin" keeps its whole title: no person's word after "of").
      const split = officeAndSuperior(clause);
      if (split !== undefined && words(split.superior).some((word) => PERSON_NOUNS.has(word)))
        clause = split.superior;
      const reported = [...clause.matchAll(REPORTED_WORDS_START)].at(-1);
      if (reported !== undefined) clause = clause.slice(reported.index + reported[0].length);
      // "The Chinese diplomat assured Chancellor Scholz that …": a verb ends the subject, so the words
      // before it describe someone else.
      const clauseStart = person.start - clause.length;
      const verbEnd = verbEnds.findLast((end) => end > clauseStart && end <= person.start);
      if (verbEnd !== undefined) clause = text.slice(verbEnd, person.start);
      // ("the call with Putin, the Republican president wrote …": a phrase with a verb in it is a clause's subject,
      // no description of the name before it.)
      const setOff = APPOSITION_AFTER.exec(text.slice(person.end));
      // (A participle describes: "a member of the delegation negotiating with Ukraine"; so does a relative clause,
      // "who is also Putin's envoy".)
      const finiteVerbIn = (from: number, to: number) =>
        verbEnds.some(
          (end) =>
            end > from && end <= to && !/ing$/u.test(/\p{L}+$/u.exec(text.slice(from, end))?.[0] ?? ''),
        );
      const apposition =
        setOff === null ||
        (!/^,\s+(?:who|which)\s/u.test(setOff[0]) && finiteVerbIn(person.end, person.end + setOff[0].length))
          ? ''
          : (setOff[1] ?? '');
      // "the call with Trump and Putin": a name joined by "and" to one in a phrase is in that phrase too.
      const inPhrase =
        PREPOSITION_BEFORE.test(text.slice(Math.max(0, person.start - 20), person.start)) ||
        (previousInPhrase !== undefined &&
          JOINED_TO_NAME_BEFORE.test(text.slice(previousInPhrase, person.start)));
      previousInPhrase = inPhrase ? person.end : undefined;
      // "A spokesperson of Abramovich made this known": the words before a preposition describe someone else.
      const described = new Set(
        [...(inPhrase ? [] : officeWords(clause)), ...officeWords(apposition)].map((word) => this.fold(word)),
      );
      this.#described.push({
        speaker: person.speaker,
        label: person.label,
        paragraph,
        start: person.start,
        words: described,
        inPhrase,
      });
    }
    if (this.#described.length > KEPT) this.#described.splice(0, this.#described.length - KEPT);
  }

  /** Whether the article has described a person with every word of an office ("Deputy Defence Minister Alexander Fomin"). */
  describes(speaker: Speaker, office: string, same: (a: Speaker, b: Speaker) => boolean): boolean {
    const wanted = demanded(officeWords(office).map((word) => this.fold(word)));
    return this.#described.some(
      (person) => same(person.speaker, speaker) && wanted.every((word) => person.words.has(word)),
    );
  }

  /** Where the article first named a person, of those it still keeps; undefined when it has not named them. */
  firstNamed(
    speaker: Speaker,
    same: (a: Speaker, b: Speaker) => boolean,
  ): { paragraph: number; start: number } | undefined {
    const first = this.#described.find((person) => same(person.speaker, speaker));
    return first === undefined ? undefined : { paragraph: first.paragraph, start: first.start };
  }

  /** Every word the article has described a person with, folded ("party:russia", "spokesperson"). */
  wordsOf(speaker: Speaker, same: (a: Speaker, b: Speaker) => boolean): Set<string> {
    return new Set(
      this.#described
        .filter((person) => same(person.speaker, speaker))
        .flatMap((person) => [...person.words]),
    );
  }

  /** Whether the article named anyone before a paragraph: the earliest description kept is of the first named. */
  namedBefore(paragraph: number): boolean {
    const first = this.#described[0];
    return first !== undefined && first.paragraph < paragraph;
  }

  /** Whether the article has described anyone named so far with every word of a description's core. */
  describedAs(core: string): boolean {
    const wanted = demanded(officeWords(core).map((word) => this.fold(word)));
    return this.#described.some((person) => wanted.every((word) => person.words.has(word)));
  }

  /**
   * The people a description ("the Kremlin spokesman") fits, each once, the latest first: those named
   * in this paragraph before `before` or in the paragraph just before it, described with every word of
   * the description's core ("Kremlin spokesman"); `inPhrase` false leaves out those named after a preposition,
   * and `reach` sets how many paragraphs back to look (the whole article for a description no one named lately fits).
   */
  fitting(
    core: string,
    paragraph: number,
    before: number,
    same: (a: Speaker, b: Speaker) => boolean,
    inPhrase = true,
    reach = 1,
  ): { speaker: Speaker; label: string; paragraph: number; start: number }[] {
    const wanted = demanded(officeWords(core).map((word) => this.fold(word)));
    const found: Described<Speaker>[] = [];
    for (const person of this.#described.toReversed()) {
      if (person.paragraph < paragraph - reach) break;
      if (person.paragraph === paragraph && person.start >= before) continue;
      if (!inPhrase && person.inPhrase) continue;
      if (!wanted.every((word) => person.words.has(word))) continue;
      if (!found.some((other) => same(other.speaker, person.speaker))) found.push(person);
    }
    return found;
  }
}
