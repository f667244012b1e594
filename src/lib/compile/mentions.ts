import type { Party } from '../../schemas/party';
import type { Person } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import { editDistance } from '../edit-distance';
import { foldForComparison, withoutDiacritics, withoutDiacriticsInPlace } from '../fold';
import { placeOrParty } from './place-or-party';
import { overlapsAny } from './ranges';
import { TITLE_ABBREVIATION, escapeRegExp, surnameOf, textAfter } from './text';
import { OFFICE_WORDS, TITLE_CONNECTORS } from './titles';

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
  /**
   * For a spelling the knowledge lacks that is within one or two edits of a
   * person's surname or alias ("Medinski" for Medinsky): the name it is close
   * to and how far, so ingest and review can offer it as an alias.
   */
  likelyAliasOf?: { name: string; distance: number };
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

/** Lowercase words that occur inside titles ("Pentagon press secretary", "Ambassador to the US", "his counterpart"). */
/** After a nationality's word, what makes it a language's name: "language", "as a co-official language". */
const LANGUAGE_AFTER =
  /^(?:-speaking\b|\s+(?:language\b|as\s+(?:an?|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}language\b))/u;
/** Before it, a verb of speaking or a language: "speak Russian", "whose language is Russian". */
const SPOKEN_BEFORE = /(?<![\p{L}])(?:speaks?|speaking|spoke|spoken|language\s+(?:is|was))\s+$/u;
const TITLE_WORDS: ReadonlySet<string> = new Set([...OFFICE_WORDS, 'of', 'to', 'the', 'for', 'his', 'her']);
/** " of Ukraine" right after a titled name: the rest of the title, whose country the match must still name. */
const TITLE_COUNTRY = /^ of (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?![\p{L}’'])/u;
/**
 * After a nationality or a city, the capitalised rest of a news organisation's name ("Ukrainian News Agency",
 * "the Washington Post", "the Kyiv Independent", "The Moscow Times").
 */
const MEDIA_NAME =
  /^ (?:(?:\p{Lu}[\p{L}-]+ ){0,2}(?:News Agency|Agency|News|Broadcasting \p{Lu}[\p{L}-]+|Television|Radio|Post|Times|Independent|Herald|Tribune|Journal|Gazette|Telegraph|Chronicle|Observer|Insider|Pravda|Today)(?![\p{L}])|\d{1,2}(?![\p{N}]))/u;
/** Shorter names are too easily one edit from a common word or another name. */
const MISSPELT_MIN_LENGTH = 6;

/**
 * Finds the people, parties and places a text names, from the names and
 * aliases in the knowledge. Built once per build; `find` runs per paragraph.
 */
export class EntityMatcher {
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly pattern: RegExp;
  /** Each person's first name, folded, for the spellings articles give it ("Mikhail" for Mykhailo). */
  private readonly firstNames = new Map<string, string>();
  /** One-word names of people (surnames and aliases) long enough to recognise misspelt, folded. */
  private readonly surnames: { folded: string; name: string; id: string }[] = [];
  /** Every one-word name of a person, however short: with the person's first name, one edit still says who. */
  private readonly shortSurnames: { folded: string; name: string; id: string }[] = [];
  /** Every one-word name of a person (surnames and aliases, short ones too), folded. */
  private readonly oneWordNames = new Set<string>();

  constructor(people: readonly Person[], parties: readonly Party[], places: readonly Place[]) {
    const addSpelling = (name: string, candidate: Candidate) => {
      const list = this.candidates.get(name) ?? [];
      if (!list.some((other) => other.kind === candidate.kind && other.id === candidate.id))
        list.push(candidate);
      this.candidates.set(name, list);
    };
    // A name as the knowledge writes it, and without its diacritics, as many outlets print it
    // ("Türkiye" and "Turkiye", "Mevlüt Çavuşoğlu" and "Mevlut Cavusoglu").
    const add = (name: string, candidate: Candidate) => {
      addSpelling(name, candidate);
      const plain = withoutDiacritics(name);
      if (plain !== name) addSpelling(plain, candidate);
    };
    for (const person of people) {
      for (const name of [person.name, ...person.aliases])
        add(name, { kind: 'person', id: person.id, implicit: false });
      const first = person.name.split(' ')[0];
      if (first !== undefined && first !== person.name)
        this.firstNames.set(person.id, foldForComparison(first));
      const single = [person.name.split(' ').at(-1) ?? '', ...person.aliases].filter(
        (name) => !name.includes(' ') && name.length >= MISSPELT_MIN_LENGTH,
      );
      for (const name of new Set(single))
        this.surnames.push({ folded: foldForComparison(name), name, id: person.id });
      for (const name of [person.name.split(' ').at(-1) ?? '', ...person.aliases]) {
        if (name.includes(' ')) continue;
        this.oneWordNames.add(foldForComparison(name));
        this.shortSurnames.push({ folded: foldForComparison(name), name, id: person.id });
      }
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
      const surname = surnameOf(person.name);
      if (surname === undefined) continue;
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
    const inQuote = spanFinder(quoted);
    // Matched without diacritics, which every name has a spelling without: "the Élysée Palace" is the knowledge's
    // "Elysée Palace", as "Elysee Palace" is.
    for (const match of withoutDiacriticsInPlace(text).matchAll(this.pattern)) {
      const end = match.index + match[0].length;
      // "Interfax-Ukraine": joined to a capitalised word no name of the knowledge matches, it is part of another name.
      const joined = /(\p{Lu}[\p{L}]*)-$/u.exec(text.slice(Math.max(0, match.index - 30), match.index));
      if (joined?.[1] !== undefined && !this.candidates.has(joined[1])) continue;
      const resolved = this.resolve(match[0], text, match.index, end, peopleSoFar);
      if (resolved === undefined) continue;
      const start =
        resolved.kind === 'person' ? this.firstNameStart(text, match.index, resolved.id) : match.index;
      mentions.push({
        kind: resolved.kind,
        id: resolved.id,
        text: text.slice(start, end),
        start,
        end,
        inQuote: inQuote(start, end),
      });
    }
    return absorbTitles(
      text,
      [...mentions, ...this.misspelt(text, quoted, mentions, peopleSoFar)].sort((a, b) => a.start - b.start),
    );
  }

  /**
   * Capitalised words no name of the knowledge matches that are one edit from
   * a person's surname or alias ("Medinski"), or two for a long one or one
   * after the person's own first name ("Mihailo Podoleac"): that person,
   * flagged as a likely alias. A word close to two people's names, a
   * word that is a name of any entity, or one after a first name that is not
   * the person's ("Olena Zelenska") names nobody. A shorter surname is too easily
   * one edit from another word, unless the article has named its person
   * (`peopleSoFar`): "Ibrahim Kalin … ¶ “…,” Kalyn said".
   */
  private misspelt(
    text: string,
    quoted: readonly { start: number; end: number }[],
    found: readonly Mention[],
    peopleSoFar: ReadonlySet<string> = new Set(),
  ): Mention[] {
    const mentions: Mention[] = [];
    const taken = overlapsAny(found);
    // The surnames a misspelling may be of: the long ones, and the short ones of people the article has named.
    const surnames = [
      ...this.surnames,
      ...this.shortSurnames.filter(
        (surname) => peopleSoFar.has(surname.id) && surname.name.length < MISSPELT_MIN_LENGTH,
      ),
    ];
    for (const match of text.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}[\p{Ll}’'-]{4,}(?![\p{L}\p{N}])/gu)) {
      const start = match.index;
      // "President Zelenski’s adviser": the possessive is no part of the name.
      const name = match[0].replace(/[’'](?:s)?$/u, '');
      const end = start + name.length;
      if (name.length < 5 || taken({ start, end })) continue;
      if (this.candidates.has(name)) continue;
      const word = foldForComparison(name);
      const allowed = word.length >= 9 ? 2 : 1;
      // With the person's own first name before it ("Mihailo Podoleac", "Dmitry Koliba"), two edits for any length:
      // two words close to one person's two names are that person.
      // Two edits only where a capitalised word before could be the person's first name.
      const reach =
        allowed < 2 && /\p{Lu}[\p{L}’'-]+ $/u.test(text.slice(Math.max(0, start - 30), start)) ? 2 : allowed;
      const close = surnames
        .filter((surname) => surname.folded[0] === word[0])
        .map((surname) => ({ ...surname, distance: editDistance(word, surname.folded, reach) }))
        .filter(
          // (Distance 0 is the name with some of its diacritics and not others, "Cavusoğlu": no pattern holds it.)
          (surname) =>
            surname.distance <= allowed ||
            (surname.distance <= 2 && this.firstNameStart(text, start, surname.id) !== start),
        );
      const ids = new Set(close.map((surname) => surname.id));
      const [best] = close.sort((a, b) => a.distance - b.distance);
      if (best === undefined || ids.size !== 1) continue;
      // "Olena Zelenska" is not Volodymyr Zelensky: a first name before it must be the person's own
      // (a title is no first name: "President Zelenski").
      const wordBefore = /(\p{Lu}[\p{L}’'-]+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
      if (
        this.firstNameStart(text, start, best.id) === start &&
        wordBefore !== undefined &&
        !TITLE_WORDS.has(wordBefore.toLowerCase()) &&
        !CLAUSE_WORDS.has(wordBefore)
      )
        continue;
      const nameStart = this.firstNameStart(text, start, best.id);
      mentions.push({
        kind: 'person',
        id: best.id,
        text: text.slice(nameStart, end),
        start: nameStart,
        end,
        inQuote: quoted.some((span) => nameStart >= span.start && end <= span.end),
        ...(best.distance > 0 ? { likelyAliasOf: { name: best.name, distance: best.distance } } : {}),
      });
    }
    return mentions;
  }

  /**
   * Whether one word alone may be a known person's name in another spelling ("Kalyn" for Kalin, "Çavuşoglu"
   * for Çavuşoğlu, "Ushkakov" for Ushakov) or their first name ("Vladimir said"): within two edits of a known
   * surname or alias, or within one of a known first name. Such a word names no new person.
   */
  nearKnownWord(word: string): boolean {
    const folded = foldForComparison(word);
    return (
      [...this.oneWordNames].some((name) => name[0] === folded[0] && editDistance(folded, name, 2) <= 2) ||
      [...this.firstNames.values()].some(
        (first) => first[0] === folded[0] && editDistance(folded, first, 1) <= 1,
      )
    );
  }

  /**
   * The known person a full name the knowledge lacks is too near to be anyone else, yet too far to be
   * matched as a misspelling: their own first name in any spelling, and a surname their surname opens or
   * that is three edits from it ("Mikhail Podolyakkata", copy that ran two words together). Whom such a
   * name means is uncertain, so it names no new person.
   */
  nearKnownPerson(name: string): string | undefined {
    const words = name.trim().split(/\s+/u).map(foldForComparison);
    const [first] = words;
    const last = words.at(-1);
    if (words.length < 2 || first === undefined || last === undefined) return undefined;
    const near = new Set([
      ...this.surnames
        .filter(
          (surname) =>
            surname.folded[0] === last[0] &&
            (last.startsWith(surname.folded) || editDistance(last, surname.folded, 3) <= 3) &&
            this.sameFirstName(first, surname.id),
        )
        .map((surname) => surname.id),
      // "Ibrahim Kalyn": a surname too short to be taken as misspelt alone, one edit off, after the first name.
      ...this.shortSurnames
        .filter(
          (surname) =>
            surname.folded[0] === last[0] &&
            editDistance(last, surname.folded, 1) <= 1 &&
            this.sameFirstName(first, surname.id),
        )
        .map((surname) => surname.id),
    ]);
    const [id, other] = near;
    return other === undefined ? id : undefined;
  }

  /** Whether a word is a person's first name in another spelling: within two edits (three for seven letters or more). */
  private sameFirstName(word: string, id: string): boolean {
    const known = this.firstNames.get(id);
    if (known === undefined) return false;
    const allowed = known.length >= 7 ? 3 : 2;
    return word[0] === known[0] && editDistance(word, known, allowed) <= allowed;
  }

  /**
   * Where a person's name starts when the word before a surname is their first
   * name in another spelling ("Mikhail Podolyak", "Aleksandr Lukashenko",
   * "Volodymr Zelenskiy"): within two edits of the knowledge's (three for a
   * name of seven letters or more), by a fold
   * that ignores case and diacritics.
   */
  private firstNameStart(text: string, start: number, id: string): number {
    const known = this.firstNames.get(id);
    const before = /(?<![\p{L}])(\p{Lu}[\p{L}’'-]+) $/u.exec(text.slice(Math.max(0, start - 30), start));
    if (known === undefined || before === null || before[1] === undefined) return start;
    // Transliterations of longer names differ more ("Aleksandr", "Alexander"); the surname has named the person already.
    return this.sameFirstName(foldForComparison(before[1]), id) ? start - before[0].length : start;
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
    // "the Russian language", "Russian as a co-official language", "where people speak Russian": a language,
    // not the state or its people.
    if (party && LANGUAGE_AFTER.test(textAfter(text, end))) return undefined;
    if (party && SPOKEN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
    // "Ukrainian News Agency", "the Russian Broadcasting Company", "Russia 24", "the Kyiv Independent": the name of
    // a news organisation or a channel, not the state.
    if (party && MEDIA_NAME.test(textAfter(text, end))) return undefined;
    if (party && place) return placeOrParty(text, start, end) === 'place' ? place : party;
    // A name the rule reads as a place ("a Washington-based think tank") with no place of that name is no party either.
    if (party && /^-based\b/u.test(textAfter(text, end))) return undefined;
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
    // "President Volodymyr Zelensky of Ukraine": the country after a titled name finishes the title.
    const after = TITLE_COUNTRY.exec(text.slice(mention.end, mention.end + 40));
    if (after !== null) titles.push({ start: mention.end, end: mention.end + after[0].length });
    return { ...mention, title: text.slice(titleStart, mention.start).trim() };
  });
  const inTitle = spanFinder(titles);
  return titled.filter((mention) => mention.kind === 'person' || !inTitle(mention.start, mention.end));
}

/**
 * A test of whether a range lies within one of `spans`, for ranges asked in
 * order of their start (a paragraph's matches): one pass over the spans, in
 * order of theirs, so a paragraph of many names and many quotations stays linear.
 */
function spanFinder(
  spans: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  // The furthest end of the spans that start at or before the range asked about.
  let reach = -1;
  return (start, end) => {
    for (; next < sorted.length && (sorted[next]?.start ?? Infinity) <= start; next += 1) {
      const span = sorted[next];
      if (span !== undefined && span.end > reach) reach = span.end;
    }
    return end <= reach;
  };
}

/** The most words a title before a name has ("the Head of the Office of the President of Ukraine" has ten). */
const MAX_TITLE_WORDS = 12;
/** Longer than any word of a title: a run of characters with no space is read no further. */
const MAX_WORD_LENGTH = 64;

/** The words right before `position`, nearest first: at most `MAX_TITLE_WORDS`, read backwards from it. */
function wordsRightBefore(text: string, position: number): { word: string; start: number }[] {
  const tokens: { word: string; start: number }[] = [];
  let at = position;
  while (tokens.length < MAX_TITLE_WORDS) {
    let end = at;
    while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
    let start = end;
    while (start > 0 && end - start <= MAX_WORD_LENGTH && !/\s/u.test(text.charAt(start - 1))) start -= 1;
    if (start === end || end - start > MAX_WORD_LENGTH) break;
    tokens.push({ word: text.slice(start, end), start });
    at = start;
  }
  return tokens;
}

/**
 * Leaves out the parties and places named in the title of a person the
 * knowledge lacks ("Kremlin spokesman Dmitry Peskov", "Russian Deputy Defence
 * Minister Alexander Fomin"): the mentions that may act in the paragraph. The
 * title is no speaker, participant or round's party of its own, though the
 * paragraph still mentions it (the compiled article keeps both lists).
 */
export function withoutTitleMentions(
  text: string,
  mentions: readonly Mention[],
  names: readonly { start: number }[],
): Mention[] {
  const titles = names.map((name) => ({ start: findTitleStart(text, name.start), end: name.start }));
  return mentions.filter(
    (mention) =>
      mention.kind === 'person' ||
      !titles.some(
        (title) => title.start < title.end && mention.start >= title.start && mention.end <= title.end,
      ),
  );
}

/** Walks back from a name over the words of its title; returns where the title starts (the name's start if none). */
function findTitleStart(text: string, nameStart: number): number {
  const tokens = wordsRightBefore(text, nameStart);
  let taken = 0;
  for (const token of tokens) {
    // A word that ends a clause ("Donbas.", "leader,") ends the title too.
    // ("U.S." and "Maj." do not: "Ukrainian commander Maj. Serhii Volyna" is all title before the name.)
    if (
      /[.,;:!?)\]”"]$/u.test(token.word) &&
      !/^(?:\p{Lu}\.)+$/u.test(token.word) &&
      !TITLE_ABBREVIATION.test(token.word)
    )
      break;
    const isCapitalised = /^\p{Lu}[\p{L}\p{N}.’'&-]*$/u.test(token.word) && !CLAUSE_WORDS.has(token.word);
    const isTitleWord = TITLE_WORDS.has(token.word);
    if (!isCapitalised && !isTitleWord) break;
    taken += 1;
  }
  // A title starts with a content word: "the Russian President" is titled "Russian President".
  while (taken > 0 && TITLE_CONNECTORS.has(tokens[taken - 1]?.word ?? '')) taken -= 1;
  return taken === 0 ? nameStart : (tokens[taken - 1]?.start ?? nameStart);
}
