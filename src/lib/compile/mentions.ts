import type { Party } from '../../schemas/party';
import type { Person } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import { placeOrParty } from './place-or-party';
import { escapeRegExp } from './text';

export type EntityKind = 'person' | 'party' | 'place';

/** A span of a paragraph that names a known entity. */
export interface Mention {
  kind: EntityKind;
  id: string;
  /** The words as printed, title excluded ("Sergey Lavrov", "Zelenksky", "Moscow"). */
  text: string;
  /** Offset of the name in the paragraph. */
  start: number;
  end: number;
  /** The title printed before a person's name, if any ("Russian Foreign Minister"); it is part of the same mention. */
  title?: string;
  /** True when the mention sits inside a quotation. */
  inQuote: boolean;
}

interface Candidate {
  kind: EntityKind;
  id: string;
  /** True for a surname derived from the name rather than listed as an alias: it may be shared. */
  implicit: boolean;
}

/** Capitalised words that start a clause rather than a title ("While Russian President …"). */
const CLAUSE_WORDS = new Set(
  'A An And As At After Also Asked Before But During For From He However I If In Instead It Meanwhile Now On Since She So That The Then These They This Those Though To Under We What When Whether While Why With Without Yet'.split(
    ' ',
  ),
);

/** Lowercase words that occur inside titles ("Pentagon press secretary", "Ambassador to the US"). */
const TITLE_WORDS = new Set(
  'of to the for press secretary spokesman spokeswoman spokesperson presidential minister foreign prime negotiator ambassador director chancellor president head chief senior deputy adviser advisor envoy leader general'.split(
    ' ',
  ),
);
const TITLE_CONNECTORS = new Set(['of', 'to', 'the', 'for']);

/**
 * Finds the people, parties and places a text names, from the names and
 * aliases in the knowledge. Built once per build; `find` runs per paragraph.
 */
export class EntityMatcher {
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly pattern: RegExp;

  constructor(people: readonly Person[], parties: readonly Party[], places: readonly Place[]) {
    const add = (name: string, candidate: Candidate) => {
      const list = this.candidates.get(name) ?? [];
      if (!list.some((other) => other.kind === candidate.kind && other.id === candidate.id))
        list.push(candidate);
      this.candidates.set(name, list);
    };
    for (const person of people) {
      for (const name of [person.name, ...person.aliases])
        add(name, { kind: 'person', id: person.id, implicit: false });
    }
    for (const party of parties) {
      for (const name of [party.name, ...party.aliases])
        add(name, { kind: 'party', id: party.id, implicit: false });
    }
    for (const place of places) {
      for (const name of [place.name, ...place.aliases])
        add(name, { kind: 'place', id: place.id, implicit: false });
    }
    // A surname alone names a person too; several people may share one, so these resolve per article.
    for (const person of people) {
      const surname = person.name.split(' ').at(-1);
      if (surname === undefined || surname === person.name) continue;
      if (
        this.candidates.get(surname)?.some((candidate) => !candidate.implicit && candidate.kind === 'person')
      )
        continue;
      add(surname, { kind: 'person', id: person.id, implicit: true });
    }
    // Longest names first, so "Recep Tayyip Erdogan" wins over "Erdogan" at the same place.
    const names = [...this.candidates.keys()].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
  }

  /**
   * Finds the mentions in one paragraph. `quoted` are the paragraph's
   * quotation spans; `peopleSoFar` are the people the article has named in
   * full before, which settles a surname that several known people share.
   */
  find(
    text: string,
    quoted: readonly { start: number; end: number }[],
    peopleSoFar: ReadonlySet<string>,
  ): Mention[] {
    const mentions: Mention[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const resolved = this.resolve(match[0], text, start, end, peopleSoFar);
      if (resolved === undefined) continue;
      mentions.push({
        kind: resolved.kind,
        id: resolved.id,
        text: match[0],
        start,
        end,
        inQuote: quoted.some((span) => start >= span.start && end <= span.end),
      });
    }
    return absorbTitles(text, mentions);
  }

  private resolve(
    name: string,
    text: string,
    start: number,
    end: number,
    peopleSoFar: ReadonlySet<string>,
  ): { kind: EntityKind; id: string } | undefined {
    const candidates = this.candidates.get(name) ?? [];
    const people = candidates.filter((candidate) => candidate.kind === 'person');
    if (people.length === 1 && people[0]) return people[0];
    if (people.length > 1) {
      const known = people.filter((candidate) => peopleSoFar.has(candidate.id));
      return known.length === 1 ? known[0] : undefined;
    }
    const party = candidates.find((candidate) => candidate.kind === 'party');
    const place = candidates.find((candidate) => candidate.kind === 'place');
    // "the Russian language" names a language, not the state or its people.
    if (party && /^\s+language\b/u.test(text.slice(end))) return undefined;
    if (party && place) return placeOrParty(text, start, end) === 'place' ? place : party;
    // A name the rule reads as a place ("a Washington-based think tank") with no place of that name is no party either.
    if (party && /^-based\b/u.test(text.slice(end))) return undefined;
    return party ?? place;
  }
}

/**
 * Joins the title printed before a person's name to the person's mention
 * ("Russian Foreign Minister Sergey Lavrov" is one mention of Lavrov), and
 * drops the party and place names inside that title.
 */
function absorbTitles(text: string, mentions: Mention[]): Mention[] {
  const titles: { start: number; end: number }[] = [];
  const titled = mentions.map((mention) => {
    if (mention.kind !== 'person') return mention;
    const titleStart = findTitleStart(text, mention.start);
    if (titleStart === mention.start) return mention;
    titles.push({ start: titleStart, end: mention.start });
    return { ...mention, title: text.slice(titleStart, mention.start).trim() };
  });
  return titled.filter(
    (mention) =>
      mention.kind === 'person' ||
      !titles.some((title) => mention.start >= title.start && mention.end <= title.end),
  );
}

/** Walks back from a name over the words of its title; returns where the title starts (the name's start if none). */
function findTitleStart(text: string, nameStart: number): number {
  const before = text.slice(0, nameStart);
  const tokens = [...before.matchAll(/\S+/gu)].map((match) => ({ word: match[0], start: match.index }));
  let titleStart = nameStart;
  let firstIndex = tokens.length;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    if (token === undefined) break;
    // Only words right before the name, with nothing but a space between.
    if (before.slice(token.start + token.word.length, titleStart).trim() !== '') break;
    // A word that ends a clause ("Donbas.", "leader,") ends the title too.
    if (/[.,;:!?)\]”"]$/u.test(token.word) && !/^(?:\p{Lu}\.)+$/u.test(token.word)) break;
    const isCapitalised = /^\p{Lu}[\p{L}\p{N}.’'&-]*$/u.test(token.word) && !CLAUSE_WORDS.has(token.word);
    const isTitleWord = TITLE_WORDS.has(token.word);
    if (!isCapitalised && !isTitleWord) break;
    titleStart = token.start;
    firstIndex = index;
  }
  // A title starts with a content word: "the Russian President" is titled "Russian President".
  while (firstIndex < tokens.length) {
    const token = tokens[firstIndex];
    if (token === undefined || !TITLE_CONNECTORS.has(token.word)) break;
    firstIndex += 1;
    const next = tokens[firstIndex];
    titleStart = next === undefined ? nameStart : next.start;
  }
  return titleStart;
}
