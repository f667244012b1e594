/**
 * The grammar of the paragraph whose quotes are being attributed: its
 * tokens, where its sentences start, its speech verbs, and what they tell of
 * a candidate speaker's place in its sentence (the subject of a verb; or the
 * object, the owner or an apposition inside someone else's phrase, and so
 * no speaker). Made once per paragraph; what the article said before is the
 * attributor's (attribution.ts), not this.
 */
import {
  CALENDAR_WORDS,
  NAME_OF,
  NATIONALITY_WORD,
  OBJECT_OF,
  OPENING_CLAUSE,
  OPENING_PHRASE,
  PARTY_BODIES,
  OFFICE_INITIALISMS,
  PERSON_HEADS,
  HOLDER_OF_BODY,
  PERSON_NOUNS,
  PERSON_OF,
  PHRASE_PREPOSITION,
  QUOTED_ALONE,
  QUOTED_AS,
  SPEAKING_FOR_PARTY,
  SPEAKING_NOUNS,
  SPEECH_VERBS,
  SUBORDINATOR_BEFORE,
  TITLED_OBJECT,
} from './attribution-words';
import { sameSpeaker, type Candidate, type Speaker } from './attribution-types';
import { isPersonCandidate, listedWithPronoun, nearestSpeaker } from './candidates';
import { joinsWords, type Token } from './language';
import { firstAtOrAfter, firstStartingAtOrAfter, spansStartingWithin, startOf } from './ranges';
import { OFFICE_WORDS, TITLE_CONNECTORS } from './titles';
import { INVERTING_VERBS } from './speech-verbs';
import { endingWith, QUOTATION_MARK_TOKEN } from './text';

/**
 * What may stand between a name and the comma after it: nothing, or a short insertion in brackets, such as a
 * US lawmaker's party and state ("Sen. Lindsey Graham (R-S.C.), a close Trump ally, said").
 */
const BRACKETED_AFTER_NAME = /^\s*(?:\([^()]{1,30}\)\s*)?$/u;
/** Up to five words of a title between "and" and a name: capitalised, or "of" and "the". */
const TITLE_WORDS_BETWEEN = String.raw`(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,5}`;
/** What joins a name to the one before in a list, titles between: " and Foreign Minister ". */
const JOINED_NAME = new RegExp(String.raw`^\s+(?:and|or)\s+${TITLE_WORDS_BETWEEN}$`, 'u');
/** What joins two speakers who speak together, titles between: " and Russian President ". */
const JOINED_BY_AND = new RegExp(String.raw`^\s+and\s+${TITLE_WORDS_BETWEEN}$`, 'u');
/** "was quoted as", "was quoted by Russian news agencies as", "has been cited by TASS as", before the participle. */
const QUOTED_PASSIVE =
  /(?<![\p{L}])(?:was|were|is|are|been)\s+(?:quoted|cited)\s+(?:by\s+[^,;“”"]{1,60}?\s+)?as\s+$/u;
/** A description set off by commas right after a name, up to the verb: ", a member of the Ukrainian delegation, ". */
const SET_OFF_DESCRIPTION = /^,\s[^,;:“”"]{1,80},\s*$/u;
/** A form of "be" right before a verb ("was told by"): a passive, whose agent follows. */
const BE_BEFORE = endingWith(/(?<![\p{L}])(?:was|were|is|are|be|been|being)\s+(?:\p{L}+ly\s+)?$/u);
/**
 * A pronoun, a capitalised name of up to three words, or a description opened by an article right after a comma,
 * before a verb: ", he ", ", Dmitry Peskov ", ", the spokesperson ".
 */
const FINAL_ATTRIBUTION_SUBJECT =
  /,\s+(?:he|she|they|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}|(?:[Tt]he|an?|one)\s+(?:[\p{L}’'.-]+\s+){1,4})\s*(?:\p{Ll}+ly\s+)?$/u;
/** The word a possessive owns, an adjective or two before it allowed: "’s premier", "’s new foreign minister". */
const OWNED_WORD = new RegExp(
  `^[’']s\\s+(?:\\p{Ll}+\\s+){0,2}?(\\p{L}+)(?=\\s+(?:(?:\\p{Ll}+ly|also|then|later|again|further|too)\\s+)?(?:${SPEECH_VERBS}|called|stressed|emphasi[sz]ed|accused|rejected|welcomed|critici[sz]ed|announced|confirmed|reiterated|expressed)(?![\\p{L}]))`,
  'u',
);
/** A label that opens a line before a colon: "Original title:", "UPDATE:". */
const LEADING_LABEL = /^\p{Lu}[\p{L} ]{0,24}:\s+/u;
/** What opens a clause of its own right before its subject, adverbs allowed between: ", and once again". */
const CLAUSE_OPENER_BEFORE = /(?:;|,\s+(?:but|and|while|whereas|yet))(?<words>(?:\s+\p{Ll}+){0,2})\s+$/u;

/** What the attributor found in the paragraph before it reads its sentences. */
export interface ParagraphReading {
  text: string;
  tokens: readonly Token[];
  /** Where the paragraph's sentences start, in order. */
  sentenceStarts: readonly number[];
  /** Offsets of the paragraph's speech verbs, in order. */
  verbs: readonly number[];
  /** Whether a span of the paragraph lies outside its quotations. */
  outsideQuotations?: (start: number, end: number) => boolean;
  /** Whether a span lies in a known name (a person, party or place of the knowledge) of the paragraph. */
  inKnownName?: (span: { start: number; end: number }) => boolean;
}

/** One paragraph's grammar, and the current sentence's candidate speakers. */
export class ParagraphGrammar {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentenceStarts: readonly number[];
  readonly verbs: readonly number[];
  readonly outsideQuotations: (start: number, end: number) => boolean;
  readonly inKnownName: (span: { start: number; end: number }) => boolean;
  /** The candidate speakers of the sentence being read, set as each sentence comes. */
  sentenceCandidates: readonly Candidate[] = [];

  constructor(reading: ParagraphReading) {
    this.text = reading.text;
    this.tokens = reading.tokens;
    this.sentenceStarts = reading.sentenceStarts;
    this.verbs = reading.verbs;
    this.outsideQuotations = reading.outsideQuotations ?? (() => true);
    this.inKnownName = reading.inKnownName ?? (() => false);
  }

  /**
   * "A top Putin aide and head of the Russian delegation, Vladimir Medinsky, said": the name set off by commas
   * right before the verb is the subject the description before it describes, when no person opens the
   * clause ("Podolyak, an adviser to the Ukrainian president, Volodymr Zelenskiy, said" is Podolyak's).
   */
  nameSetOff(text: string, clause: readonly Candidate[], verbAt: number): Candidate | undefined {
    return clause.findLast(
      (candidate) =>
        isPersonCandidate(candidate) &&
        /^,\s*$/u.test(text.slice(candidate.end, verbAt)) &&
        this.setOffBefore(text, candidate.start) &&
        !clause.some(
          (other) => other.start < candidate.start && isPersonCandidate(other) && !this.ownsOrIsObject(other),
        ),
    );
  }

  /**
   * Whether a comma sets off a name, right before it or before its title ("…, Leonid Slutsky,", "…, Chairman of
   * the State Duma Committee on International Affairs Leonid Slutsky,"): words with no verb between.
   */
  private setOffBefore(text: string, start: number): boolean {
    const before = text.slice(Math.max(0, start - 120), start);
    const comma = before.lastIndexOf(',');
    if (comma === -1) return false;
    const title = before.slice(comma + 1);
    if (/^\s*$/u.test(title)) return true;
    const from = start - title.length;
    return (
      /^\s+\p{Lu}[\p{L}’'.\s-]*\s$/u.test(title) &&
      title.trim().split(/\s+/u).length <= 12 &&
      !spansStartingWithin(this.tokens, from, start).some(
        (token) => token.pos === 'VERB' || token.pos === 'AUX',
      )
    );
  }

  /** "Medinsky and Arakhamia said": a person joined to another by "and" speaks with them, not alone. */
  joint(candidate: Candidate, candidates: readonly Candidate[]): boolean {
    // "Russia and Ukraine said in a joint statement", "Kyiv and Moscow both described": two parties too.
    const isParty = (other: Candidate) => typeof other.speaker !== 'string' && other.speaker.type === 'party';
    const sameKind = isPersonCandidate(candidate)
      ? isPersonCandidate
      : isParty(candidate)
        ? isParty
        : undefined;
    if (sameKind === undefined) return false;
    if (sameKind === isPersonCandidate && listedWithPronoun(this.text, candidate)) return true;
    return candidates.some(
      (other) =>
        other !== candidate &&
        sameKind(other) &&
        (JOINED_BY_AND.test(this.text.slice(other.end, candidate.start)) ||
          JOINED_BY_AND.test(this.text.slice(candidate.end, other.start))),
    );
  }

  /**
   * The token after a short aside set off by commas that opens at `index` (", for his part,", ", in turn,"):
   * up to four words, none a verb; `index` itself when none opens there.
   */
  pastAside(index: number): number {
    if (this.tokens[index]?.text !== ',') return index;
    for (let next = index + 1; next <= index + 5; next += 1) {
      const token = this.tokens[next];
      if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX') return index;
      if (token.text === ',') return next > index + 1 ? next + 1 : index;
      if (token.pos === 'PUNCT') return index;
    }
    return index;
  }

  /**
   * The token after a relative clause set off by commas that opens at `index` (", who was in India on a visit,"):
   * up to twenty tokens with no other punctuation and no quotation mark; `index` itself when none opens there.
   */
  pastRelativeClause(index: number): number {
    if (this.tokens[index]?.text !== ',' || !/^(?:who|which)$/iu.test(this.tokens[index + 1]?.text ?? ''))
      return index;
    for (let next = index + 2; next <= index + 21; next += 1) {
      const token = this.tokens[next];
      if (token === undefined) return index;
      if (token.text === ',') return next + 1;
      // (A hyphen inside a word, "two-day", ends nothing.)
      if ((token.pos === 'PUNCT' && token.text !== '-') || QUOTATION_MARK_TOKEN.test(token.text))
        return index;
    }
    return index;
  }

  /** Whether only auxiliaries and adverbs stand between two offsets ("has", "had already", nothing at all). */
  onlyAuxiliariesBetween(from: number, to: number): boolean {
    if (/^\s?$/u.test(this.text.slice(from, to))) return true;
    const between = spansStartingWithin(this.tokens, from, to);
    return (
      between.length > 0 &&
      between.length <= 3 &&
      between.every((token) => token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART')
    );
  }

  /** Whether a candidate comes before the first verb of its sentence: the sentence's grammatical subject. */
  opensSentence(candidate: Candidate, sentenceStart: number, sentenceEnd: number): boolean {
    const verb = this.tokens
      .slice(firstStartingAtOrAfter(this.tokens, startOf, sentenceStart))
      .find((token) => token.start >= sentenceStart && (token.pos === 'VERB' || token.pos === 'AUX'));
    return candidate.start < Math.min(verb?.start ?? sentenceEnd, sentenceEnd);
  }

  /**
   * Whether a clause of its own, with a verb, follows the speech verb at `verbAt` before the next comma
   * ("Peskov said he would rather not answer, since …"): words it reports, so no attribution set off by
   * commas ("the Kremlin said on Tuesday,") that names only the channel.
   */
  clauseAfterVerb(text: string, verbAt: number): boolean {
    const comma = text.indexOf(',', verbAt);
    if (comma === -1) return false;
    return this.tokens.some(
      (token) => token.start > verbAt && token.end <= comma && (token.pos === 'VERB' || token.pos === 'AUX'),
    );
  }

  /**
   * Whether the speech verb at `verbAt` is in a reporting clause that ends the sentence after a comma, its
   * subject a pronoun or a name right before it ("…, he said in a post.", "…, Peskov told reporters."), and
   * no quotation after it: the clause frames the whole sentence.
   */
  endsSentenceAsAttribution(text: string, verbAt: number, sentenceEnd: number): boolean {
    if (/[“”"]/u.test(text.slice(verbAt, sentenceEnd))) return false;
    return FINAL_ATTRIBUTION_SUBJECT.test(text.slice(Math.max(0, verbAt - 40), verbAt));
  }

  /**
   * A person other than `subject` who is the subject of a later clause of the sentence, one of its own after
   * "; " or ", and", ", but", ", while" … (adverbs between: ", and once again Lavrov sidestepped"), with a
   * verb right after the name: not a name the clause's words report ("said that Lavrov would come").
   */
  otherClauseSubject(
    text: string,
    subject: { speaker: Speaker },
    sentenceEnd: number,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    return candidates.find((candidate) => {
      if (!isPersonCandidate(candidate) || typeof candidate.speaker === 'string') return false;
      if (candidate.end > sentenceEnd || sameSpeaker(candidate.speaker, subject.speaker)) return false;
      const opener = CLAUSE_OPENER_BEFORE.exec(
        text.slice(Math.max(0, candidate.start - 60), candidate.start),
      );
      if (opener === null) return false;
      // Only adverbs after the conjunction: ", but that Lavrov had made no commitment" is reported words.
      const words = opener.groups?.['words'] ?? '';
      const between = this.tokens.filter(
        (token) => token.start >= candidate.start - words.length - 1 && token.end <= candidate.start,
      );
      if (between.some((token) => token.pos !== 'ADV')) return false;
      const next = this.tokens.find((token) => token.start >= candidate.end);
      return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV');
    });
  }

  /**
   * A speech verb in the passive ("Macron was told by Putin that …", "Putin was called “…” by Biden"): its
   * subject heard the words or is described by them, so the speaker is the agent after "by", else nobody
   * (a holder that takes the subject's place). "X was quoted as saying" keeps X: it is the words' speaker.
   */
  passiveAgent(text: string, verbAt: number, candidates: readonly Candidate[]): Candidate | undefined {
    const verb = /^\p{L}+/u.exec(text.slice(verbAt, verbAt + 30))?.[0] ?? '';
    if (verb.endsWith('ing') || /^(?:quoted|cited|reported)$/u.test(verb)) return undefined;
    if (!BE_BEFORE.test(text.slice(0, verbAt))) return undefined;
    const sentenceEnd = this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, verbAt + 1)] ?? text.length;
    // The agent of this verb, not of a later one: "Who sits on the delegation has not been disclosed, while Ukraine
    // may be represented by Kyrylo Budanov" names no one who disclosed anything. (A verb inside a quotation,
    // "was called “the man who kills” by Biden", is no later verb.)
    const verbEnd = verbAt + verb.length;
    const laterVerbBefore = (at: number) =>
      spansStartingWithin(this.tokens, verbEnd, at).some(
        (token) =>
          token.end <= at &&
          (token.pos === 'VERB' || token.pos === 'AUX') &&
          this.outsideQuotations(token.start, token.end),
      );
    const agent = spansStartingWithin(candidates, verbAt, sentenceEnd).find(
      (candidate) =>
        /(?<![\p{L}])by\s+(?:the\s+)?$/u.test(
          text.slice(Math.max(0, candidate.start - 8), candidate.start),
        ) && !laterVerbBefore(candidate.start),
    );
    return (
      agent ?? { start: verbAt, end: verbAt + verb.length, speaker: 'group', label: verb, passive: true }
    );
  }

  /**
   * "the talks with Kyiv continue": a party after a preposition is the object of a phrase, no verb's subject;
   * but "with Moscow saying …" makes it the subject of the participle.
   */
  partyAfterPreposition(candidate: Candidate): boolean {
    if (typeof candidate.speaker === 'string' || candidate.speaker.type !== 'party') return false;
    const preposition = PHRASE_PREPOSITION.exec(
      this.text.slice(Math.max(0, candidate.start - 20), candidate.start),
    );
    if (preposition === null) return false;
    return !(
      preposition[1] === 'with' &&
      /^\s+\p{L}+ing(?![\p{L}])/u.test(this.text.slice(candidate.end, candidate.end + 30))
    );
  }

  /** Whether the next word after `at`, adverbs skipped, is a verb: what follows a clause's subject. */
  verbFollows(at: number): boolean {
    let index = firstStartingAtOrAfter(this.tokens, startOf, at);
    while (this.tokens[index]?.pos === 'ADV') index += 1;
    const pos = this.tokens[index]?.pos;
    return pos === 'VERB' || pos === 'AUX';
  }

  /**
   * True for a person who owns the subject or sits in a phrase inside it, and
   * so is not the one speaking: "Putin's spokesman", "a spokesman for
   * Zelensky", "the office of Zelensky". A party's body speaks for the party
   * ("Russia's defence ministry said"), so a party keeps its place.
   */
  ownsOrIsObject(candidate: Candidate): boolean {
    // "the office of the president": an office in a phrase is not the subject either.
    const office = candidate.speaker === 'pronoun' && candidate.office !== undefined;
    // "the head of the Ukrainian delegation", "Russia’s ambassador to the US": a party inside a person's
    // description is not the one speaking.
    if (
      typeof candidate.speaker !== 'string' &&
      candidate.speaker.type === 'party' &&
      (PERSON_OF.test(this.text.slice(Math.max(0, candidate.start - 40), candidate.start)) ||
        this.ofNamedPerson(candidate))
    )
      return true;
    // "Poland’s premier said": a party that owns a word for a person is not the one speaking.
    if (
      typeof candidate.speaker !== 'string' &&
      candidate.speaker.type === 'party' &&
      PERSON_NOUNS.has(
        OWNED_WORD.exec(this.text.slice(candidate.end, candidate.end + 40))?.[1]?.toLowerCase() ?? '',
      )
    )
      return true;
    // "Before Russia-Ukraine talks, Ukrainian president demanded …": a party in a phrase that opens the sentence,
    // closed by a comma, is no subject either.
    if (!office && typeof candidate.speaker !== 'string' && candidate.speaker.type === 'party')
      return this.inOpeningPhrase(candidate);
    if (!office && typeof candidate.speaker === 'string') return false;
    const after = this.text.slice(candidate.end, candidate.end + 3);
    const before = this.text.slice(Math.max(0, candidate.start - 12), candidate.start);
    // "… in a meeting with Swiss leaders, saying …": a source after a preposition is in its phrase, no subject;
    // but "with one official calling the talks “…”" makes it the subject of the participle right after it.
    if (typeof candidate.speaker !== 'string' && candidate.speaker.type === 'unnamed')
      return (
        OBJECT_OF.test(before) &&
        !/^\s+\p{Ll}+ing(?![\p{L}])/u.test(this.text.slice(candidate.end, candidate.end + 30))
      );
    // "the readiness of Ukrainian President Volodymyr Zelenskiy": a common noun's preposition before the title
    // ("Director of National Intelligence Avril Haines" is a title of its own).
    const sentenceStart =
      this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, candidate.start + 1) - 1] ?? 0;
    const leading = this.text.slice(Math.max(sentenceStart, candidate.start - 80), candidate.start);
    // ("The head of the Ukrainian Foreign Ministry Dmitry Kuleba said": a body's office, then its holder.)
    const beforeTitle =
      TITLED_OBJECT.test(leading) &&
      !PERSON_NOUNS.has(HOLDER_OF_BODY.exec(leading)?.groups?.['office'] ?? '');
    const inOpening = this.inOpeningPhrase(candidate);
    // "The moderator, addressing Zelensky, said": the object of a participle set off by commas.
    const participleObject =
      /,\s+\p{Ll}+ing\s+(?:the\s+|his\s+|her\s+)?$/u.test(
        this.text.slice(Math.max(0, candidate.start - 30), candidate.start),
      ) && /^\s*,/u.test(this.text.slice(candidate.end, candidate.end + 3));
    return (
      /^[’']s\s/u.test(after) ||
      // "Pope Francis’ envoy": the possessive of a name that ends in "s".
      (/s$/u.test(this.text.slice(candidate.start, candidate.end)) && /^[’']\s/u.test(after)) ||
      OBJECT_OF.test(before) ||
      beforeTitle ||
      inOpening ||
      participleObject ||
      this.joinedToObject(candidate)
    );
  }

  /**
   * Whether a name is joined by "and" or "or" to an object before it, titles between: "the meeting of
   * Lavrov and Foreign Minister Kuleba" has both in the phrase. (No comma before "and": ", and" may open a
   * clause with a subject of its own.)
   */
  private joinedToObject(candidate: Candidate): boolean {
    const previous = this.sentenceCandidates.findLast((other) => other.end <= candidate.start);
    return (
      previous !== undefined &&
      typeof previous.speaker !== 'string' &&
      JOINED_NAME.test(this.text.slice(previous.end, candidate.start)) &&
      this.ownsOrIsObject(previous)
    );
  }

  /**
   * Whether a person is named right after a verb or a preposition as its object ("challenged Vladimir Putin",
   * "asked the Russian leader", "spoke to Putin"), titles and determiners between; not the subject of a verb that follows a quote or a
   * comma ("“…,” asked Putin").
   */
  verbObject(candidate: Candidate): boolean {
    let index = firstStartingAtOrAfter(this.tokens, startOf, candidate.start) - 1;
    // "invited Ukrainian President Volodymyr Zelensky": a title before the name, when the name is the candidate.
    const titleWord = (token: Token | undefined) =>
      token !== undefined &&
      (OFFICE_WORDS.has(token.text.toLowerCase()) || NATIONALITY_WORD.test(token.text));
    while (
      index >= 0 &&
      (['DET', 'ADJ'].includes(this.tokens[index]?.pos ?? '') || titleWord(this.tokens[index]))
    )
      index -= 1;
    const verb = this.tokens[index];
    // "spoke to Vladimir Putin", "a call with Putin": a preposition's object, as a verb's.
    if (verb?.pos === 'ADP') return true;
    if (verb === undefined || verb.pos !== 'VERB') return false;
    // "the Kremlin said Putin told Scholz …": a name between two verbs of saying is the second's subject, in
    // the clause the first reports. (Not before another verb: in "the Kremlin said Putin had used the call to
    // inform …" whose words they are depends on whom the reader takes to speak.)
    let next = firstStartingAtOrAfter(this.tokens, startOf, candidate.end);
    while (this.tokens[next]?.pos === 'ADV') next += 1;
    const nextVerb = this.tokens[next];
    if (this.verbs.includes(verb.start) && nextVerb !== undefined && this.verbs.includes(nextVerb.start))
      return false;
    return !(
      INVERTING_VERBS.has(verb.text.toLowerCase()) &&
      /[,”"]\s*$/u.test(this.text.slice(Math.max(0, verb.start - 3), verb.start))
    );
  }

  /** "Unlike Medinsky, Arakhamia was upbeat": whether a candidate is the object of a phrase that opens the sentence, closed by a comma. */
  private inOpeningPhrase(candidate: Candidate): boolean {
    const sentenceStart =
      this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, candidate.start + 1) - 1] ?? 0;
    // "Original title: Before Russia-Ukraine talks, …": a label before a colon opens no phrase of the sentence.
    const opening = this.text.slice(sentenceStart, candidate.start).replace(LEADING_LABEL, '');
    const untilComma = /^[^,;:“”"]{0,60},/u.exec(this.text.slice(candidate.end, candidate.end + 61));
    if (untilComma === null) return false;
    if (OPENING_PHRASE.test(opening)) return true;
    if (!OPENING_CLAUSE.test(opening)) return false;
    const commaAt = candidate.end + untilComma[0].length;
    const verbBeforeComma = spansStartingWithin(this.tokens, candidate.end, commaAt).some(
      (token) => token.pos === 'VERB' || token.pos === 'AUX',
    );
    // "In a call with Putin, Macron said": no verb between the name and the comma.
    if (!verbBeforeComma) return true;
    // "since Trump won the election,": a clause of its own, unless its verb is a speech verb ("While Kuleba said, “…”").
    return (
      SUBORDINATOR_BEFORE.test(opening) && !this.verbs.some((verb) => verb >= candidate.end && verb < commaAt)
    );
  }

  /**
   * Whether a party follows a person's name and "of", "from" or "at": "Podolyak of the Ukrainian delegation",
   * "Ned Price of the State Department" describe the person, whom the knowledge may lack ("Charap of …").
   */
  private ofNamedPerson(candidate: Candidate): boolean {
    const preposition = NAME_OF.exec(this.text.slice(Math.max(0, candidate.start - 12), candidate.start));
    if (preposition === null) return false;
    const nameEnd = candidate.start - preposition[0].length;
    const token = this.tokens[firstStartingAtOrAfter(this.tokens, startOf, nameEnd) - 1];
    // ("Officials from Moscow", capitalised at a sentence's start, are no name.)
    return (
      token !== undefined &&
      token.pos === 'PROPN' &&
      !SPEAKING_NOUNS.has(token.text.toLowerCase()) &&
      /^\s*$/u.test(this.text.slice(token.end, nameEnd))
    );
  }

  /**
   * The subject a person owning it or named inside it belongs to: the source
   * right before "for" or "of" ("a spokesman for Zelensky" is the spokesman),
   * or the name an apposition describes ("Kalin, Erdogan's spokesman, said"),
   * else someone the sentence does not name ("Putin's spokesman"), who holds
   * the subject's place so that no one else is taken for it.
   */
  headOf(inner: Candidate, others: readonly Candidate[], verbAt: number): Candidate {
    // "an aide to Macron": a source whose description holds the name.
    const holder = others.findLast(
      (other) => other !== inner && other.start <= inner.start && inner.end <= other.end,
    );
    if (holder !== undefined) return holder;
    const head = others.at(-1);
    // ("the adviser to Ukrainian President Volodymyr Zelenskyy": the inner name's title may come between.)
    if (
      head !== undefined &&
      /^\s+(?:for|of|to|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u.test(
        this.text.slice(head.end, inner.start),
      )
    )
      return head;
    // "Podolyak, an adviser to Zelensky, said", "Kalin, Erdogan's spokesman, said": the inner name is in an
    // apposition to the subject, set off by commas and closed right before the verb.
    // The subject's own words may follow the apposition up to the verb: "Podolyak, adviser to President
    // Zelenskyy, in a tweet said", "…, offered few details beyond saying".
    if (
      head !== undefined &&
      /^(?:\s*\([^()]{1,30}\))?,[^,;“”"]+,\s*(?:[^,;“”"]{1,60}\s)?$/u.test(this.text.slice(head.end, verbAt))
    )
      return head;
    return { start: inner.start, end: inner.end, speaker: 'group', label: inner.label };
  }

  /**
   * Whether the word right after an inverted verb is a name the compiler does not know ("said Umerov, standing
   * next to Arakhamia", "said Yermak after talking to Zelensky"): the subject, whom no later name replaces.
   */
  unknownAfter(verbEnd: number, candidates: readonly Candidate[]): boolean {
    const first = firstStartingAtOrAfter(this.tokens, startOf, verbEnd);
    const token = this.tokens[first];
    if (token === undefined || token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
    if (!/^\s+$/u.test(this.text.slice(verbEnd, token.start))) return false;
    if (
      this.inKnownName(token) ||
      CALENDAR_WORDS.test(token.text) ||
      OFFICE_WORDS.has(token.text.toLowerCase())
    )
      return false;
    // The run of capitalised and title words after the verb: "said Kremlin spokesman Dmitry Peskov" holds a name,
    // and so does "said Ukraine's Deputy Minister of Defence Serhiy Kyslytsya", through a possessive and a
    // connector between capitalised words.
    let end = token.end;
    for (let index = first + 1; index < this.tokens.length; index += 1) {
      const next = this.tokens[index];
      if (next === undefined || next.start - end > 1) break;
      const connects =
        (/^[’']s$/u.test(next.text) && next.start === end) ||
        (TITLE_CONNECTORS.has(next.text) && /^\p{Lu}/u.test(this.tokens[index + 1]?.text ?? ''));
      if (!connects && !/^\p{Lu}/u.test(next.text) && !OFFICE_WORDS.has(next.text.toLowerCase())) break;
      end = next.end;
    }
    return !candidates.some((candidate) => candidate.start < end && token.start < candidate.end);
  }

  /**
   * True for a name inside an apposition to the one before it, set off by
   * commas before the verb: "Podolyak, adviser to President Zelenskyy and
   * another negotiator, in a tweet said" is Podolyak's, "Kuleba, speaking
   * after meeting Lavrov, said" Kuleba's.
   */
  inApposition(
    candidate: Candidate,
    earlier: readonly Candidate[],
    verbAt: number,
    quoteEnd?: number,
  ): boolean {
    const comma = this.text.lastIndexOf(',', candidate.start);
    // The comma that closes the apposition; or none right after a quote, where a name and a description by its
    // article run on to the verb (copy that drops it: "“…,” Oleg Nikolenko, a spokesperson for the ministry said").
    // (Elsewhere such a comma ends an opening phrase: "After the call with Lukashenko, the leader of Belarus said".)
    const droppedComma =
      quoteEnd !== undefined &&
      /^(?:a|an|the)\s/u.test(this.text.slice(candidate.start, candidate.end)) &&
      this.text.slice(comma + 1, candidate.start).trim() === '';
    if (comma === -1 || !(this.text.slice(candidate.end, verbAt).includes(',') || droppedComma)) return false;
    // The comma that opens the apposition closes a name: "Podolyak, adviser to … Zelensky and another …, said".
    return earlier.some(
      (name) =>
        name.end <= comma &&
        BRACKETED_AFTER_NAME.test(this.text.slice(name.end, comma)) &&
        (!droppedComma || /^[\s,]*$/u.test(this.text.slice(quoteEnd, name.start))),
    );
  }

  /** "Medinsky was quoted by Russian news agencies as saying": the one quoted, the name right before "was". */
  quotedPassive(
    text: string,
    verbAt: number,
    from: number,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    const passive = QUOTED_PASSIVE.exec(text.slice(Math.max(from, verbAt - 120), verbAt));
    if (passive === null) return undefined;
    const beAt = verbAt - passive[0].length;
    return (
      candidates.findLast(
        (candidate) => candidate.end <= beAt && /^\s*$/u.test(text.slice(candidate.end, beAt)),
      ) ??
      // "Mykhailo Podolyak, a member of the Ukrainian delegation, was quoted by …": a description set off by commas
      // between the name and "was"; a name inside the description is not the one quoted.
      candidates.findLast(
        (candidate) => candidate.end <= beAt && SET_OFF_DESCRIPTION.test(text.slice(candidate.end, beAt)),
      )
    );
  }

  /**
   * The one a "quoted … as saying" or "cited … as telling" at `verbAt` quotes:
   * the agency that quotes passes the words on, it does not speak them. A
   * pronoun object is resolved as a subject "he" is; an object the compiler
   * cannot name holds the place, so the agency is not taken for the speaker.
   */
  quotedAs(verbAt: number, candidates: readonly Candidate[]): Candidate | undefined {
    const after = this.text.slice(verbAt, verbAt + 160);
    const match = QUOTED_AS.exec(after) ?? QUOTED_ALONE.exec(after);
    const object = match?.groups?.['object'];
    if (match === null || object === undefined) return undefined;
    // "Medinsky was quoted by Russian news agencies as saying": the agency after "by" quotes the subject.
    if (/^by\s/u.test(object)) return undefined;
    const start = verbAt + match[0].indexOf(object, match[0].search(/\s/u));
    const end = start + object.length;
    if (/^(?:him|her)$/iu.test(object)) return { start, end, speaker: 'pronoun', label: object };
    const inside = spansStartingWithin(candidates, start, end).filter((candidate) => candidate.end <= end);
    return nearestSpeaker(inside) ?? { start, end, speaker: 'group', label: object };
  }

  /** True when the word after a candidate is a common noun it modifies ("Putin aide"). */
  modifiesNoun(candidate: Candidate): boolean {
    const first = firstStartingAtOrAfter(this.tokens, startOf, candidate.end);
    const next = this.tokens[first];
    if (typeof candidate.speaker !== 'string' && candidate.speaker.type === 'party') {
      // "the Ukrainian presidency confirmed", "Russia’s defence ministry said": a party before one of its bodies
      // is that party speaking; before a person ("Ukraine’s chief negotiator", "Ukrainian presidential
      // adviser") it says whose the person is.
      let index = first + (/^[’']s$/u.test(next?.text ?? '') ? 1 : 0);
      let head: Token | undefined;
      // ("the Polish PM", "a Ukrainian MP": an office's initialism is a person's noun as well.)
      while (
        this.tokens[index] !== undefined &&
        (((this.tokens[index]?.pos === 'ADJ' || this.tokens[index]?.pos === 'NOUN') &&
          /^\p{Ll}/u.test(this.tokens[index]?.text ?? '')) ||
          OFFICE_INITIALISMS.has(this.tokens[index]?.text ?? '')) &&
        !this.verbs.includes(this.tokens[index]?.start ?? -1)
      ) {
        head = this.tokens[index];
        index += 1;
        // "the Kremlin’s press-service": a hyphen joins the words of one noun.
        if (joinsWords(this.tokens, index)) index += 1;
      }
      if (next === undefined || next.start - candidate.end > 1 || head === undefined) return false;
      // "the Kremlin chief", "the NATO chief": the language layer may tag "chief" an adjective.
      if (head.pos !== 'NOUN' && !PERSON_HEADS.has(head.text) && !OFFICE_INITIALISMS.has(head.text))
        return false;
      return !PARTY_BODIES.has(head.text) && !SPEAKING_FOR_PARTY.has(head.text);
    }
    return (
      next !== undefined &&
      next.start - candidate.end <= 1 &&
      (next.pos === 'NOUN' || PERSON_HEADS.has(next.text)) &&
      /^\p{Ll}/u.test(next.text) &&
      this.verbs[firstAtOrAfter(this.verbs, next.start)] !== next.start
    );
  }

  /** Whether the words in [from, to) are a short sentence whose one verb reports speech ("Medinsky told reporters."). */
  attributionAlone(from: number, to: number): boolean {
    const tokens = this.tokens.filter(
      (token) => token.start >= from && token.end <= to && token.pos !== 'PUNCT',
    );
    const verbs = tokens.filter((token) => token.pos === 'VERB' || this.verbs.includes(token.start));
    return tokens.length <= 8 && verbs.length === 1 && this.verbs.includes(verbs[0]?.start ?? -1);
  }

  /** True when a speech verb of the paragraph starts in [from, to). */
  verbBetween(from: number, to: number): boolean {
    const at = this.verbs[firstAtOrAfter(this.verbs, from)];
    return at !== undefined && at < to;
  }
}
