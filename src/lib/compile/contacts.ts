import type { Party } from '../../schemas/party';
import type { Person } from '../../schemas/person';
import type { Mention } from './mentions';
import type { ResolvedDate } from './relative-dates';
import { sortedByStart, startingWithin } from './ranges';
import { splitSentences } from './text';

export type ContactKind = 'call' | 'visit' | 'meeting' | 'statement';

/** A diplomatic contact outside the rounds that an article reports: a call, a visit, a meeting, a statement. */
export interface ContactSighting {
  kind: ContactKind;
  date: ResolvedDate;
  /** People who took part, in order of mention (for a statement, who made it). */
  people: string[];
  /** The parties those people speak for. */
  parties: string[];
  /** The person the article gives as the source of the report ("according to … İbrahim Kalin"), if any. */
  reportedBy?: string;
  /** The sentence that reports it, as printed. */
  sentence: string;
}

/** Words that say what kind of contact a clause reports; the first that matches wins. */
const KIND_CUES: [ContactKind, RegExp][] = [
  ['call', /\b(?:phone call|three-way call|call with|phoned)\b/u],
  ['visit', /\b(?:travell?ed to|visited|visit to|trip to)\b/u],
  ['meeting', /\b(?:met|meeting with|talks with)\b/u],
  ['statement', /\b(?:said|says|told|wrote|warned|warning|announced|weighed in)\b/u],
];

/** A speech verb right after a name, or after an apposition ("Medinsky, head of the delegation, told"): that person speaks. */
const SPEAKS_NEXT =
  /^(?:,[^,.;“"]{1,80},)?\s*(?:[^.,;“"]{0,20}\s)?(?:said|says|told|wrote|warned|warning|announced|weighed in)\b/u;
/** "spoke to" or "spoke with" someone: a call, when a person of the parties follows. */
const SPOKE_TO = /\bspoke (?:to|with)\s/gu;
/** "spoke to both A and B": one call with each, never a three-way call. */
const SPOKE_TO_BOTH = /\bspoke (?:to|with)\s+both\s/u;
/** Where the source of a report is named: who comes after it reported the contact, and took no part in it. */
const ACCORDING_TO = /\baccording to\s/u;

/** Party kinds whose people's words count as diplomatic statements: the sides and those who mediate. */
const SPEAKING_KINDS = new Set<Party['kind']>(['negotiating-party', 'mediator']);

/** Splits a sentence where a new clause with its own subject starts (", and he spoke to …"). */
function clauses(text: string, offset: number): { text: string; start: number }[] {
  const result: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/,\s+(?:and|but)\s+|;\s+/gu)) {
    result.push({ text: text.slice(start, match.index), start: offset + start });
    start = match.index + match[0].length;
  }
  result.push({ text: text.slice(start), start: offset + start });
  return result;
}

/**
 * Finds the contacts a paragraph reports: clauses with a date pinned to a
 * day or a week, people of the parties (not journalists), and a word that
 * says what happened. Meetings the paragraph already links to a round are
 * left to the round. A statement counts only when a person of a negotiating
 * party or a mediator is the one speaking, so commentary about them does not
 * crowd the timeline. "He" in a later clause is the sentence's first actor.
 */
export function findContacts(
  text: string,
  dates: readonly ResolvedDate[],
  mentions: readonly Mention[],
  linkedToRound: boolean,
  people: ReadonlyMap<string, Person>,
  parties: ReadonlyMap<string, Party>,
): ContactSighting[] {
  const isActor = (mention: Mention) =>
    mention.kind === 'person' &&
    !mention.inQuote &&
    (people.get(mention.id)?.roles.some((role) => role.kind !== 'reporter') ?? false);
  const byStart = sortedByStart(mentions, (mention) => mention.start);
  const mentionsWithin = (from: number, to: number) =>
    startingWithin(byStart, (mention) => mention.start, from, to);
  const datesInOrder = sortedByStart(dates, (date) => date.index);
  return splitSentences(text).flatMap((sentence) => {
    const sentenceEnd = sentence.start + sentence.text.length;
    const firstActor = mentionsWithin(sentence.start, sentenceEnd).find(isActor);
    return clauses(sentence.text, sentence.start).flatMap((clause): ContactSighting[] => {
      const end = clause.start + clause.text.length;
      const date = startingWithin(datesInOrder, (candidate) => candidate.index, clause.start, end).find(
        (candidate) => candidate.precision === 'day' || candidate.precision === 'week',
      );
      if (date === undefined) return [];
      const spokeToActor = [...clause.text.matchAll(SPOKE_TO)].some((match) => {
        const after = clause.start + match.index + match[0].length;
        return mentionsWithin(after, after + 30).some(isActor);
      });
      const kind = spokeToActor ? 'call' : KIND_CUES.find(([, cue]) => cue.test(clause.text))?.[0];
      if (kind === undefined || (kind === 'meeting' && linkedToRound)) return [];
      // The source of the report ("according to Turkish presidential spokesman İbrahim Kalin") took no part.
      const sourceAt = ACCORDING_TO.exec(clause.text);
      const reportedFrom = sourceAt === null ? end : clause.start + sourceAt.index;
      const reporter = mentionsWithin(reportedFrom, end).find(isActor);
      const inClause = mentionsWithin(clause.start, Math.min(end, reportedFrom));
      let actors = inClause.filter(isActor);
      if (kind === 'statement')
        actors = actors.filter((mention) => SPEAKS_NEXT.test(text.slice(mention.end, mention.end + 120)));
      else if (
        firstActor &&
        /(?<![\p{L}])(?:he|she)(?![\p{L}])/u.test(clause.text) &&
        !actors.includes(firstActor)
      ) {
        actors = [firstActor, ...actors];
      }
      const actorIds = unique(actors.map((mention) => mention.id));
      if (actorIds.length === 0) return [];
      const partiesOf = (ids: readonly string[]) =>
        unique(
          ids.flatMap(
            (id) => people.get(id)?.roles.flatMap((role) => (role.party ? [role.party] : [])) ?? [],
          ),
        );
      if (
        kind === 'statement' &&
        !partiesOf(actorIds).some((id) => SPEAKING_KINDS.has(parties.get(id)?.kind ?? 'other'))
      )
        return [];
      const sighting = (ids: string[]): ContactSighting => ({
        kind,
        date,
        people: ids,
        parties: partiesOf(ids),
        ...(reporter === undefined ? {} : { reportedBy: reporter.id }),
        sentence: sentence.text.trim(),
      });
      // A statement has one maker: "Lavrov said …, while Zelensky said …" is two statements.
      if (kind === 'statement') return actorIds.map((id) => sighting([id]));
      const [caller, ...called] = actorIds;
      if (kind === 'call' && caller !== undefined && called.length > 1 && SPOKE_TO_BOTH.test(clause.text))
        return called.map((other) => sighting([caller, other]));
      return [sighting(actorIds)];
    });
  });
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
