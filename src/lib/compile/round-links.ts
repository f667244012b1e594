import { differenceInCalendarDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { Round } from '../../schemas/round';
import type { Mention } from './mentions';
import type { ResolvedDate } from './relative-dates';
import { SPEECH_VERBS } from './attribution-words';
import { sortedByStart, startingWithin } from './ranges';
import { endingWith, splitSentences, WORD_END, WORD_START } from './text';

/** A round as the linker sees it: its days, the places that point to it, the people who were there. */
export interface RoundWindow {
  id: string;
  /** First and last day, `yyyy-MM-dd`; an ongoing round lasts until the next one starts. */
  start: string;
  end: string;
  format: Round['format'];
  /** The round's place and every place it lies in (Antalya, Turkey). */
  places: ReadonlySet<string>;
  /** Delegation heads and participants. */
  people: ReadonlySet<string>;
}

/** What the linker knows beside the paragraph. */
export interface RoundContext {
  rounds: readonly RoundWindow[];
  /** Places that are countries: too wide to rule a round out, and shared by rounds. */
  countries: ReadonlySet<string>;
  /** The article's reference day (`yyyy-MM-dd`): its dateline's, or its publication's. */
  day: string;
}

/** Why a paragraph is linked to a round. */
export interface RoundLink {
  round: string;
  /** The cues that matched, in words a reader can check ("date: “on Thursday” is 2022-03-10"). */
  reasons: string[];
  /**
   * Where the paragraph speaks of the round in words other than a date or a
   * person (its talk of talks, how they met, its place), as offsets in the
   * paragraph, most telling first: what the article page may make a link to the round.
   */
  words: TextSpan[];
}

/** A span of a paragraph's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Phrases that say how the parties met, by format. */
const FORMAT_CUES: Record<Round['format'], RegExp> = {
  'video-link': new RegExp(
    String.raw`${WORD_START}(?:video[ -]?(?:link|conference|call)s?${WORD_END}|by video${WORD_END}|videoconferenc)`,
    'iu',
  ),
  'phone-call': new RegExp(`${WORD_START}(?:phone call|three-way call|call with|phoned)${WORD_END}`, 'iu'),
  'foreign-ministers': new RegExp(`${WORD_START}foreign ministers?${WORD_END}`, 'iu'),
  'in-person': new RegExp(`${WORD_START}(?:in person|face-to-face)${WORD_END}`, 'iu'),
};

/** Words that say a sentence is about negotiating, so a place or a date alone is not enough. */
const TALK_CUES = new RegExp(
  String.raw`${WORD_START}(?:talks|negotiat\w*|met|meet|meeting|meetings|round|rounds|delegations?|summit)${WORD_END}`,
  'giu',
);

/**
 * A reporting verb just before a date: the date says when someone spoke ("Ned Price said Thursday",
 * "told CNN in an interview Sunday"), not when the parties met, so it places no sentence on a round.
 * Only words between the verb and the date, within the clause (no comma, semicolon or full stop).
 * The verbs are the quote attributor's (`SPEECH_VERBS`), with "announced" and "interview".
 */
const SPOKE_ON = endingWith(
  new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS}|announced|interview)(?![\\p{L}])[^,;.!?]{0,40}$`, 'iu'),
);

/** "The talks", "the peace negotiations": a sentence about the talks in hand, not talks in general. */
const DEFINITE_TALKS = new RegExp(`${WORD_START}the (?:peace )?(?:talks|negotiations)${WORD_END}`, 'iu');

/** Whether a date in a sentence is when someone spoke, by the words just before it. */
export function isWhenSomeoneSpoke(sentence: string, dateOffset: number): boolean {
  // The verb and the 40 characters after it are all the rule reads: 100 before the date hold them.
  return SPOKE_ON.test(sentence.slice(Math.max(0, dateOffset - 100), dateOffset));
}

/** Only dates pinned to a day or a week place a sentence on a round; a month or "nearly two weeks" is too loose. */
function isPrecise(date: ResolvedDate): boolean {
  return date.precision === 'day' || date.precision === 'week';
}

/**
 * Links one paragraph to the rounds it is about. Each sentence is read on
 * its own: it points to a round when one of its dates falls in the round
 * and something else agrees (a place, a format, a participant, or talk of
 * talks), or, when it has no date, when a place or a video-link cue agrees
 * and it speaks of talks. A sentence set in another city ("traveled to Moscow
 * a week ago to meet with Putin") is not placed on a round by its date alone;
 * countries (`countries`) are too wide to rule a round out. The day someone
 * spoke ("Ned Price said Thursday") counts only when they spoke of the round
 * (`isWhenSomeoneSpoke`). A country several rounds were held in ("talks in
 * Belarus") tells them apart only by the article's day (`byCountryAlone`).
 * A paragraph about no round links to none.
 */
export function linkRounds(
  text: string,
  dates: readonly ResolvedDate[],
  mentions: readonly Mention[],
  { rounds, countries, day }: RoundContext,
): RoundLink[] {
  const reasonsByRound = new Map<string, Set<string>>();
  const wordsByRound = new Map<string, TextSpan[]>();
  const datesInOrder = sortedByStart(dates, (date) => date.index);
  const mentionsInOrder = sortedByStart(mentions, (mention) => mention.start);
  for (const sentence of splitSentences(text)) {
    const end = sentence.start + sentence.text.length;
    const sentenceDates = startingWithin(datesInOrder, (date) => date.index, sentence.start, end).filter(
      isPrecise,
    );
    const spokeOn = (date: ResolvedDate) => isWhenSomeoneSpoke(sentence.text, date.index - sentence.start);
    const ofTheTalks = DEFINITE_TALKS.test(sentence.text);
    const sentenceMentions = startingWithin(mentionsInOrder, (mention) => mention.start, sentence.start, end);
    const talkWords = [...sentence.text.matchAll(TALK_CUES)].map((match) => spanAt(sentence.start, match));
    const talks = talkWords.length > 0;
    // Each format's cue once per sentence, not once per round: most rounds share a format.
    const formatCues = new Map<Round['format'], RegExpExecArray | null>();
    const formatCue = (kind: Round['format']) => {
      if (!formatCues.has(kind)) formatCues.set(kind, FORMAT_CUES[kind].exec(sentence.text));
      return formatCues.get(kind) ?? null;
    };

    const sentenceLinks: SentenceLink[] = [];
    for (const round of rounds) {
      const reasons: string[] = [];
      const placeHits = sentenceMentions.filter(
        (mention) => mention.kind === 'place' && round.places.has(mention.id),
      );
      const format = formatCue(round.format);
      const peopleHits = sentenceMentions.filter(
        (mention) => mention.kind === 'person' && round.people.has(mention.id),
      );
      // The day someone spoke places the sentence on a round only when what they spoke of is the
      // round: it names its place, its format or one who took part, or "the talks".
      const aboutTheRound = placeHits.length > 0 || format !== null || peopleHits.length > 0 || ofTheTalks;
      const dateHits = sentenceDates.filter(
        (date) => date.start <= round.end && date.end >= round.start && (aboutTheRound || !spokeOn(date)),
      );
      for (const date of dateHits) reasons.push(`date: “${date.phrase}” is ${describeDays(date)}`);
      for (const place of placeHits) reasons.push(`place: “${place.text}”`);
      if (format) reasons.push(`format: “${format[0]}”`);
      for (const person of peopleHits) reasons.push(`participant: “${person.text}”`);

      const elsewhere = sentenceMentions.some(
        (mention) => mention.kind === 'place' && !round.places.has(mention.id) && !countries.has(mention.id),
      );
      const agrees =
        placeHits.length > 0 || format !== null || peopleHits.length > 0 || (talks && !elsewhere);
      const linked =
        dateHits.length > 0
          ? agrees
          : sentenceDates.length === 0 &&
            talks &&
            withinReach(round, day) &&
            (placeHits.length > 0 || (format !== null && round.format === 'video-link'));
      if (!linked) continue;
      if (talks && dateHits.length > 0 && reasons.length === dateHits.length) reasons.push('speaks of talks');
      sentenceLinks.push({
        round,
        reasons,
        words: [
          ...talkWords,
          ...(format === null ? [] : [spanAt(sentence.start, format)]),
          ...placeHits.map(({ start, end }) => ({ start, end })),
        ],
        countryAlone:
          dateHits.length === 0 &&
          format === null &&
          peopleHits.length === 0 &&
          placeHits.every((place) => countries.has(place.id)),
      });
    }
    for (const { round, reasons, words } of byCountryAlone(sentenceLinks, day)) {
      const all = reasonsByRound.get(round.id) ?? new Set<string>();
      for (const reason of reasons) all.add(reason);
      reasonsByRound.set(round.id, all);
      wordsByRound.set(round.id, [...(wordsByRound.get(round.id) ?? []), ...words]);
    }
  }
  return [...reasonsByRound].map(([round, reasons]) => ({
    round,
    reasons: [...reasons],
    words: wordsByRound.get(round) ?? [],
  }));
}

/** A round one sentence points to, before the sentence's links are weighed against each other. */
interface SentenceLink {
  round: RoundWindow;
  reasons: string[];
  words: TextSpan[];
  /** Linked by talk of talks in a country alone: no date, format, participant or place within it. */
  countryAlone: boolean;
}

/**
 * A sentence's links, without those that rest on a country alone when the
 * country does not tell its rounds apart. "Talks in Turkey" beside a round
 * the sentence names by its city, date, format or people is that round, not
 * every round held in Turkey. Several rounds held in the country and nothing
 * else to go by: the one under way on the article's day, or, when none of them
 * has begun by then, the first to come ("will sit down for talks in Belarus",
 * written the day before the first round); otherwise the sentence could be
 * about any of them, and it links to none.
 */
function byCountryAlone(links: readonly SentenceLink[], day: string): SentenceLink[] {
  const named = links.filter((link) => !link.countryAlone);
  if (named.length > 0) return named;
  const wide = links.filter((link) => link.countryAlone);
  if (wide.length <= 1) return wide;
  const underWay = wide.filter(({ round }) => round.start <= day && day <= round.end);
  if (underWay.length > 0) return underWay;
  if (wide.every(({ round }) => round.start > day)) {
    const first = wide.reduce((earliest, link) =>
      link.round.start < earliest.round.start ? link : earliest,
    );
    return [first];
  }
  return [];
}

/**
 * Days before a round's start and after its end within which an article's sentence without a date may be about
 * it: a month of announcements before, a season of looking back after.
 */
const REACH_BEFORE = 30;
const REACH_AFTER = 90;

/**
 * Whether an article of `day` may speak of a round by its place or format alone, without a date: talks in
 * Istanbul in an article of 2025 are other talks than the round of March 2022 there.
 */
function withinReach(round: RoundWindow, day: string): boolean {
  const at = new UTCDate(`${day}T00:00:00Z`);
  return (
    differenceInCalendarDays(new UTCDate(`${round.start}T00:00:00Z`), at) <= REACH_BEFORE &&
    differenceInCalendarDays(at, new UTCDate(`${round.end}T00:00:00Z`)) <= REACH_AFTER
  );
}

/** The span of a match in a sentence that starts at `offset` of its paragraph. */
function spanAt(offset: number, match: RegExpExecArray | RegExpMatchArray): TextSpan {
  const start = offset + (match.index ?? 0);
  return { start, end: start + match[0].length };
}

function describeDays(date: ResolvedDate): string {
  return date.start === date.end ? date.start : `${date.start} to ${date.end}`;
}
