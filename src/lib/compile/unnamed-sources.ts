import {
  CALENDAR_WORDS,
  DEFINITE,
  GENERIC_HEAD,
  GENERIC_ROLE,
  MEDIA,
  MEDIA_HEAD,
  NATIONALITY_WORD,
  ONE_OF,
  PERSON_NOUNS,
  SPEECH_AFTER,
  SPEECH_VERBS,
  UNNAMED,
  UNNAMED_HEAD,
} from './attribution-words';
import { unknownSubject, type Candidate, type Speaker, type UnnamedSource } from './attribution-types';
import { firstAtOrAfter } from './ranges';
import { INVERTING_VERBS } from './speech-verbs';
import { OFFICE_WORDS } from './titles';
import { matchesNeeding, words } from './text';

/** A verb of saying right after a description, no comma between: "a senior official said". */
const VERB_RIGHT_AFTER = new RegExp(`^\\s+(?:${SPEECH_VERBS})(?![\\p{L}])`, 'u');

/**
 * A verb of saying in the present for a plural subject, close after a description: "sources in the church say".
 * Not after "to" ("officials who wanted to say"): an infinitive is no verb of the description's own.
 */
const PLURAL_SPEECH_AFTER =
  /^[^.;“"]{0,25}?(?<![\p{L}-])(?<!(?:^|\s)to\s)(?:say|tell|add|warn|note|insist|claim|argue|believe|suggest)(?![\p{L}])/u;

/** A possessive among a description's words: "the Kremlin's", "Erdogan’s". */
const POSSESSIVE = /[’']s(?![\p{L}])/u;

/** Words near a description that keep its source unnamed on purpose: no later name is theirs. */
const ANONYMOUS =
  /(?<![\p{L}])(?:anonymity|not authori[sz]ed|declined to be (?:named|identified)|(?:asked|requested) not to be (?:named|identified)|on condition)/iu;

/** One person a paragraph introduces without a name ("a Kremlin spokesman", "one of the negotiators for Ukraine"). */
export interface IntroducedSource {
  source: UnnamedSource;
  paragraph: number;
  start: number;
  /** The description's head, singular and folded ("spokesperson", "negotiator", "official"). */
  head: string;
}

/** How many of the latest unnamed sources "the official" may refer back to. */
const RECENT_SOURCES = 50;

interface Span {
  start: number;
  end: number;
}

/** What the attributor knows of the paragraph it reads, which tells a source from a person or a name. */
export interface SourceContext {
  /** How many paragraphs the attributor has read. */
  paragraph: number;
  /** Where the paragraph's sentences start, in order. */
  sentenceStarts: readonly number[];
  /** The paragraph's names of the knowledge, whole ("Ukrainian officials" is an alias of a party). */
  knownNames: readonly Span[];
  /** The paragraph's roles that resolve to one person ("the top Ukrainian diplomat"). */
  roleSpans: readonly Span[];
  /** Whether a span lies in a known name (a person, party or place of the knowledge) of the paragraph. */
  inKnownName: (span: Span) => boolean;
  /** Where the paragraph names people, in order. */
  people: readonly number[];
  /** Where those names end. */
  nameEnds: readonly number[];
  /** Whether the language layer reads the word at an offset as an adverb ("Meanwhile, a Russian negotiator said"). */
  adverbAt: (start: number) => boolean;
  /** Whether the language layer reads the first word after an offset as a noun ("the official blog"). */
  nounAfter: (end: number) => boolean;
  /** Whether the paragraph or the one before had a person for a sentence's subject. */
  personSubjectLately: boolean;
  /** Whether an earlier paragraph of the article named a person. */
  personNamedEarlier: boolean;
  /** Whether the article has described a person it names with every word of a description's core, however long ago. */
  describedPerson: (core: string) => boolean;
  /** The people named lately whom a description's core fits ("spokesman" after "Kremlin spokesman Dmitry Peskov"), the latest first. */
  fittingPeople: (
    core: string,
    before: number,
  ) => readonly { speaker: Speaker; paragraph: number; start: number }[];
}

/**
 * A body named as a proper noun after "the" ("the Vatican", "The New York Times", "the International Committee of
 * the Red Cross"): no person's name takes the article, so a body the knowledge lacks, which the article quotes.
 */
const NAMED_BODY =
  /(?<![\p{L}])[Tt]he\s+(?:\p{Lu}[\p{L}’'.&-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*)?(?![\p{L}’'-])(?:\s+\(\p{Lu}{2,6}\))?/gu;
/** A quote and its verb right before a body's name: "“…,” said the ICRC". */
const QUOTE_AND_VERB_BEFORE = new RegExp(`[”"]\\s*(?:${[...INVERTING_VERBS].join('|')})\\s+$`, 'u');
/** A quote that opens right after a body's verb: "the Vatican said: “…”", "said in a statement that “…”". */
const QUOTE_AFTER_VERB = /^(?:\s+in\s+a\s+statement)?(?:\s*[:,]\s*|\s+that\s+)[“"]/u;
/** A body's name in capitals: "The DFA", "the ICRC". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** The small words a body's initials leave out: the "International Committee of the Red Cross" is the ICRC. */
const NOT_IN_INITIALS = new Set(['of', 'for', 'the', 'and']);
/** Words that name a person, not a body, in a capitalised name: "the Holy Father", "the South Carolina Republican". */
const PERSON_WORDS = new Set(['father', 'republican', 'democrat']);
/**
 * Heads of a state's organs ("the Presidential Administration Office", "the Center for Countering
 * Disinformation", "the Department of Defense"): such a body speaks for its state, which its name alone does not
 * say, so the compiler leaves it to no one rather than name it as a body of its own.
 */
const STATE_ORGAN_HEADS = new Set([
  'office',
  'administration',
  'council',
  'service',
  'headquarters',
  'center',
  'centre',
  'presidency',
  'chancellery',
  'cabinet',
  'government',
  'parliament',
  'department',
  'duma',
  'rada',
]);
/**
 * What a body does right after its name when the article quotes it: "the Vatican said", "The Times reported". Not
 * "claims", a noun as often ("called the Bucha claims “fake”").
 */
const BODY_SPEAKS_AFTER = new RegExp(
  `^\\s+(?:(?:also|earlier|later|then|previously)\\s+)?(?!claims)(?:${SPEECH_VERBS}|reported|announced)(?![\\p{L}])`,
  'u',
);

/**
 * The sources one article quotes without naming, in order of appearance: each description the
 * article gives is one source, and "the official" refers back to the latest source described
 * with its words ("one European defense official"), or to a person named lately who fits it.
 */
/** What puts a medium as the channel someone speaks on: "on national TV", "via state media". */
const CHANNEL_BEFORE = /(?<![\p{L}])(?:on|via|over)\s+$/u;

export class UnnamedSources {
  readonly all: UnnamedSource[] = [];
  /**
   * The bodies the article has named with "the" so far, quoted or not, the latest last: "the Red Cross said" and
   * "the ICRC said" after "the International Committee of the Red Cross" are that body, under the name the article
   * first gave it.
   */
  readonly #bodies: { description: string; words: ReadonlySet<string>; initials: readonly string[] }[] = [];
  /** The sources, the most recently referred to last: "the official" means the latest one. */
  readonly #recent: UnnamedSource[] = [];
  /** Each source's description as a set of words, made once: "the official" is compared with many. */
  readonly #describedWords = new Map<UnnamedSource, Set<string>>();
  readonly #byDescription = new Map<string, UnnamedSource>();
  readonly #byKey = new Map<string, UnnamedSource>();
  /** Where each source was last referred to: the later of it and a person described alike is meant. */
  readonly #seenAt = new Map<UnnamedSource, { paragraph: number; start: number }>();
  /** Sources introduced as one person with an indefinite description, where the article first describes them. */
  readonly #introduced = new Map<UnnamedSource, IntroducedSource>();
  /**
   * Definite descriptions the article left to no one ("The White House spokesperson, who spoke on condition of
   * anonymity, said …" after "Kremlin spokesman Dmitry Peskov"), by head and place: a later "the spokesperson" may
   * be them as well as the person named before.
   */
  readonly #leftToNoOne: { head: string; paragraph: number; start: number }[] = [];

  /**
   * @param partyOf finds the party a description names ("NATO" in "a senior NATO official")
   * @param partyOfShortName finds the party a name shortened from one of its aliases names ("Elysée")
   */
  constructor(
    private readonly partyOf: (description: string) => string | undefined,
    private readonly partyOfShortName: (name: string) => string | undefined = () => undefined,
  ) {}

  /** The source of a key, if the article has described it. */
  get(key: string): UnnamedSource | undefined {
    return this.#byKey.get(key);
  }

  /**
   * The sources a paragraph introduced as one person of a side, with an indefinite description ("a Kremlin
   * spokesman said"), who speak, and whom nothing near the description keeps anonymous on purpose.
   */
  introducedIn(paragraph: number): IntroducedSource[] {
    return [...this.#introduced.values()].filter(
      (introduced) => introduced.paragraph === paragraph && introduced.source.speaks,
    );
  }

  /** Records that a source says something, quoted or not. */
  markSpeaking(key: string): void {
    const source = this.#byKey.get(key);
    if (source) source.speaks = true;
  }

  /** Descriptions of unnamed sources in a paragraph outside its quotations, each resolved to a source of the article. */
  candidates(
    text: string,
    outside: (start: number, end: number) => boolean,
    context: SourceContext,
  ): Candidate[] {
    return [
      ...this.#described(text, outside, context),
      ...this.#media(text, outside),
      ...this.#namedBodies(text, outside, context),
    ];
  }

  /**
   * "“…,” the Vatican said", "The International Committee of the Red Cross said: “…”": a body the knowledge lacks,
   * named with "the" and quoted, is a source of the article under the name the article first gave it, as the sets
   * give it, rather than no one. Not where the name holds a name of the knowledge ("the Kremlin", "the Russian
   * Foreign Ministry"), a person's name or role ("the Pope"), a nationality or a day.
   */
  #namedBodies(
    text: string,
    outside: (start: number, end: number) => boolean,
    context: SourceContext,
  ): Candidate[] {
    return [...text.matchAll(NAMED_BODY)].flatMap((match): Candidate[] => {
      const start = match.index;
      const end = start + match[0].length;
      // ("the Vatican’s communique": the owner of a noun is no body that speaks or that a later name means.)
      if (!outside(start, end) || /[’']s$/u.test(match[0])) return [];
      const span = { start, end };
      if (context.inKnownName(span) || context.roleSpans.some((role) => role.start < end && start < role.end))
        return [];
      if (context.people.some((at) => start <= at && at < end)) return [];
      const named = match[0].split(/\s+/u).slice(1);
      // The head, the last word before "of" or "for": "the Foreign Minister" is a person, "the Ministry of Foreign
      // Affairs" a body.
      const ofAt = named.findIndex((word) => word === 'of' || word === 'for');
      const head =
        (ofAt < 0 ? named.filter((word) => !word.startsWith('(')) : named.slice(0, ofAt)).at(-1) ?? '';
      const personHead = head
        .toLowerCase()
        .split('-')
        .some((part) => OFFICE_WORDS.has(part) || PERSON_NOUNS.has(part) || PERSON_WORDS.has(part));
      if (
        personHead ||
        STATE_ORGAN_HEADS.has(head.toLowerCase()) ||
        named.some((word) => NATIONALITY_WORD.test(word) || CALENDAR_WORDS.test(word))
      )
        return [];
      // (The initials in parentheses after a name are no part of it: "The International Committee of the Red Cross
      // (ICRC)" is first described without them.)
      const description = match[0].replace(/\s*\(\p{Lu}{2,6}\)$/u, '').trim();
      const earlier = this.#earlierBody(named);
      if (earlier === undefined) this.#bodies.push(namedBody(description, named));
      // Only a verb of its own ("He continued, according to The Independent: “…”" relays another's words), and
      // only right after the quote it attributes or right before one: "The Washington Post reported that US
      // officials had urged Kyiv to “…”" may give the words of those it reports.
      // ("“…,” said the ICRC": the verb before it, right after the quote, is as much its own.)
      const inverted = QUOTE_AND_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start));
      const verb = BODY_SPEAKS_AFTER.exec(text.slice(end, end + 40));
      if (verb === null && !inverted) return [];
      const quoteBefore = /[”"]\s*$/u.test(text.slice(Math.max(0, start - 3), start));
      const quoteAfter =
        verb !== null && QUOTE_AFTER_VERB.test(text.slice(end + verb[0].length, end + verb[0].length + 40));
      if (!quoteBefore && !quoteAfter && !inverted) return [];
      // "the Elysée said": a name shortened from an alias of a party ("Elysée Palace") is that party.
      const party = this.partyOfShortName(named.join(' '));
      if (party !== undefined)
        return [{ start, end, speaker: { type: 'party', id: party }, label: description }];
      const source = this.#add(earlier ?? description, false);
      source.medium = true;
      source.body = true;
      return [{ start, end, speaker: { type: 'unnamed' as const, key: source.key }, label: description }];
    });
  }

  /** "Ukrainian television", "Russian state media": each medium one source of the article. */
  #media(text: string, outside: (start: number, end: number) => boolean): Candidate[] {
    return matchesNeeding(text, MEDIA, MEDIA_HEAD).flatMap((match): Candidate[] => {
      const end = match.index + match[0].length;
      if (!outside(match.index, end)) return [];
      // "gave an address on national TV": a medium after "on", "via" or "over" is the channel, never the speaker.
      if (CHANNEL_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return [];
      const description = match[0].trim();
      const source = this.#add(description, false);
      source.medium = true;
      return [
        {
          start: match.index,
          end,
          speaker: { type: 'unnamed' as const, key: source.key },
          label: description,
        },
      ];
    });
  }

  /** The name the article first gave a body it names again in fewer words or by its initials, if any. */
  #earlierBody(named: readonly string[]): string | undefined {
    const acronym = named.length === 1 && ACRONYM.test(named[0] ?? '') ? named[0] : undefined;
    const own = new Set(words(named.join(' ')));
    return this.#bodies.findLast((body) =>
      acronym === undefined
        ? own.size < body.words.size && [...own].every((word) => body.words.has(word))
        : body.initials.includes(acronym),
    )?.description;
  }

  /** Sources the article describes ("a senior US official", "the sources"). */
  #described(
    text: string,
    outside: (start: number, end: number) => boolean,
    context: SourceContext,
  ): Candidate[] {
    const { paragraph, sentenceStarts, people } = context;
    return matchesNeeding(text, UNNAMED, UNNAMED_HEAD).flatMap((match): Candidate[] => {
      // Words inside a quotation describe someone the speaker talks about, not a source of the article.
      if (!outside(match.index, match.index + match[0].length)) return [];
      const groups = match.groups ?? {};
      const det = groups['det'] ?? '';
      const head = (groups['head'] ?? '').toLowerCase();
      const mods = (groups['mods'] ?? '').trim();
      const core = `${groups['mods'] ?? ''}${head}`;
      const description = match[0].trim();
      const definite = DEFINITE.test(det);
      const plural =
        (head === 'people' || (head.endsWith('s') && head !== 'spokesperson')) && !ONE_OF.test(det);
      // "…, according to Turkish officials": the source of the words before, as a verb after would make them.
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      const speaks =
        SPEECH_AFTER.test(after) ||
        (plural && PLURAL_SPEECH_AFTER.test(after)) ||
        /(?<![\p{L}])according\s+to\s+$/iu.test(text.slice(Math.max(0, match.index - 16), match.index));
      // With no determiner, only people of a named side who speak: "Russian officials said" is a source,
      // "officials" alone or "Ukrainian negotiators" who do not speak are not; and a description the
      // knowledge holds as a party's name ("Ukrainian officials") is that party.
      // "Sources close to the Kremlin said", "officials familiar with the talks said": the phrase after describes them.
      const describedAfter = (groups['post'] ?? '') !== '';
      if ((head === 'people' || head === 'person') && !describedAfter) return [];
      // "Sources in Ankara said": where they are, after the head, describes them too.
      const placedAfter = (groups['of'] ?? '') !== '';
      if (
        det === '' &&
        !(plural && speaks && /\p{Lu}/u.test(mods) && !/[’']s(?![\p{L}])/u.test(mods)) &&
        !(plural && describedAfter) &&
        !(plural && speaks && placedAfter && GENERIC_HEAD.test(head))
      )
        return [];
      const end = match.index + match[0].length;
      // "a spokesman for the President of Russia Dmytry Peskov": a name inside the description, not the object
      // of its preposition ("an aide to Zelenskyy", "in the Office of Ukrainian President Volodymyr
      // Zelenskyy"), is the one described: a named person, no unnamed source.
      const namesDescribed = people
        .slice(firstAtOrAfter(people, match.index + 1), firstAtOrAfter(people, end))
        .some((at) => !objectOfPreposition(text.slice(match.index, at)));
      if (namesDescribed) return [];
      // "Another Russian negotiator, the nationalist lawmaker Leonid Slutsky, said": a name set off right after
      // the description (a title between) is who it describes.
      const namedAfter = people
        .slice(firstAtOrAfter(people, end))
        .some((at) => /^,\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(text.slice(end, at)));
      if (namedAfter) return [];
      // "echoed by Leonid Slutsky, a member of the Russian delegation, who stressed …": an apposition right after
      // a name the paragraph names is that person, whom the name already stands for. Not a description its verb
      // of saying follows with no comma between ("… leverage over Zelenskyy, a senior official said."): the
      // subject of a clause of its own, which an apposition, set off by commas, never is.
      if (
        !VERB_RIGHT_AFTER.test(text.slice(end, end + 20)) &&
        context.nameEnds.some(
          (nameEnd) => nameEnd <= match.index && /^,\s*$/u.test(text.slice(nameEnd, match.index)),
        )
      )
        return [];
      if (det === '' && context.knownNames.some((name) => name.start <= match.index && end <= name.end))
        return [];
      // "The top Ukrainian diplomat said": a role the knowledge gives one person is that person, no source.
      if (context.roleSpans.some((role) => role.start <= match.index && end <= role.end)) return [];
      // "Umerov, a member of the Ukrainian delegation, said": the description of a name the compiler does not
      // know, who holds the subject's place; no unnamed source.
      const setOffAfter = /(?<![\p{L}])(\p{Lu}[\p{L}’'-]+),\s+$/u.exec(
        text.slice(Math.max(0, match.index - 40), match.index),
      );
      if (!definite && setOffAfter !== null) {
        const nameStart = match.index - setOffAfter[0].length;
        const name = { start: nameStart, end: nameStart + (setOffAfter[1] ?? '').length };
        // Only a name that opens its clause ("…, in Jerusalem, a senior diplomatic source said" names a place).
        const sentenceOpens = sentenceStarts[firstAtOrAfter(sentenceStarts, nameStart + 1) - 1] ?? 0;
        const opensClause = /(?:^|[;:]|,\s+(?:and|but)|(?<![\p{L}])(?:while|whereas))\s*$/u.test(
          text.slice(sentenceOpens, nameStart),
        );
        if (
          opensClause &&
          !context.inKnownName(name) &&
          !CALENDAR_WORDS.test(setOffAfter[1] ?? '') &&
          !context.adverbAt(name.start)
        )
          return [unknownSubject({ start: match.index, end }, description)];
      }
      // "Macron and Scholz held a call with Putin, where the European leaders demanded …": the definite plural
      // stands for people the sentence has named, who are no unnamed source.
      const sentenceStart = sentenceStarts[firstAtOrAfter(sentenceStarts, match.index + 1) - 1] ?? 0;
      const namedBefore = firstAtOrAfter(people, match.index) - firstAtOrAfter(people, sentenceStart);
      if (definite && plural && namedBefore >= 2)
        return [{ start: match.index, end, speaker: 'group', label: description }];
      // "the sources" with nothing to tell them apart are the latest sources of their number: "two US officials
      // told CNN … the sources said" is one group.
      const latestOfNumber =
        definite && mods === '' && GENERIC_HEAD.test(head)
          ? this.#recent.slice(-RECENT_SOURCES).findLast((source) => source.group === plural)
          : undefined;
      const earlier = latestOfNumber ?? (definite ? this.#describedAs(core) : undefined);
      // "Kremlin spokesman Dmitry Peskov said … “…,” the spokesman added": a definite singular is the person
      // named lately with every word of it, unless an unnamed source fitting it was referred to since.
      if (definite && !plural && !GENERIC_HEAD.test(head) && head !== 'sources') {
        const fitting = context.fittingPeople(core, match.index);
        const [person] = fitting;
        const sourceSeen = earlier === undefined ? undefined : this.#seenAt.get(earlier);
        const later =
          person !== undefined &&
          (sourceSeen === undefined ||
            person.paragraph > sourceSeen.paragraph ||
            (person.paragraph === sourceSeen.paragraph && person.start > sourceSeen.start));
        // ("Kremlin spokesman Dmitry Peskov confirmed … ¶ The White House spokesperson … said … ¶ “…,” the
        // spokesperson said": someone else described with that word since the person, whom the article left to no
        // one, may be meant as well: neither is named.)
        const otherSince =
          person !== undefined &&
          this.#leftToNoOne.some(
            (other) =>
              other.head === head &&
              (other.paragraph > person.paragraph ||
                (other.paragraph === person.paragraph && other.start > person.start)),
          );
        if (later && otherSince) return [{ start: match.index, end, speaker: 'group', label: description }];
        if (later) {
          const span = { start: match.index, end };
          // Two people fit ("the minister" after two ministers): it refers to one, but which is not certain.
          return [
            fitting.length === 1
              ? { ...span, speaker: person.speaker, label: description }
              : { ...span, speaker: 'group', label: description },
          ];
        }
      }
      // "Lavrov spoke in Antalya. “…,” the diplomat said.": a definite singular with no source before it likely
      // refers back to a person named lately; not knowing whom, it names nobody (no new unnamed source).
      // "Foreign Ministry spokesperson Wang Wenbin said … (two paragraphs on) “…,” the spokesperson said": a
      // description the article gave a person it named, however long ago, is likely them, no source of its own.
      // "Kuleba arrived in Brussels. (two paragraphs on) “…,” the top diplomat said": so far back, and described
      // in words of its own, it still refers back. An owner named in it ("the Kremlin's chief spokesman", "the
      // spokesperson for the Ukrainian Ministry of Foreign Affairs") makes it a source the article introduces,
      // unless the article gave someone it named those words.
      const owned = POSSESSIVE.test(mods) || (groups['of'] ?? '') !== '';
      const personLately =
        (!GENERIC_HEAD.test(head) && context.describedPerson(core)) ||
        (!owned && (people.length > 0 || context.personSubjectLately || context.personNamedEarlier));
      if (earlier === undefined && definite && !plural && personLately) {
        // "Chaly, a member of the delegation, said … “…,” the diplomat said": a role any official may be given,
        // with no side named in it, refers back to the one person named lately.
        // ("the senior Russian official": with a side's word or two, the one person of that side.)
        const capitalised = mods.match(/\p{Lu}[\p{L}-]*/gu) ?? [];
        const sided = capitalised.every((word) => NATIONALITY_WORD.test(word) || word === 'Kremlin');
        // ("according to the official blog of the prime minister": "official" before a noun is no person.)
        const anyOfficial = GENERIC_ROLE.test(head) && !owned && sided && !context.nounAfter(end);
        const side = capitalised.length > 0 ? { side: capitalised.join(' ') } : {};
        if (!anyOfficial) this.#leftToNoOne.push({ head, paragraph, start: match.index });
        return [
          anyOfficial
            ? { start: match.index, end, speaker: 'pronoun', label: description, onlyPerson: true, ...side }
            : { start: match.index, end, speaker: 'group', label: description },
        ];
      }
      // A definite description with no earlier match ("the European leaders") is a source of its own.
      const source = earlier ?? this.#add(description, plural);
      if (speaks) source.speaks = true;
      const singular =
        !plural && !definite && det !== '' && !/^(?:two|three|four|several|multiple)$/iu.test(det);
      if (
        earlier === undefined &&
        singular &&
        source.party !== undefined &&
        !/^sources?$/u.test(head) &&
        !this.#introduced.has(source) &&
        !ANONYMOUS.test(text.slice(match.index, end + 120))
      )
        this.#introduced.set(source, { source, paragraph, start: match.index, head: singularHead(head) });
      const previous = this.#recent.indexOf(source);
      if (previous !== -1) this.#recent.splice(previous, 1);
      this.#recent.push(source);
      this.#seenAt.set(source, { paragraph, start: match.index });
      return [
        {
          start: match.index,
          end,
          speaker: { type: 'unnamed' as const, key: source.key },
          label: description,
        },
      ];
    });
  }

  /** "the NATO official" is the latest source whose description has all of "NATO" and "official". */
  #describedAs(core: string): UnnamedSource | undefined {
    const wanted = words(core);
    // The latest few sources: "the official" refers back to one described lately, not to one of hundreds.
    return this.#recent.slice(-RECENT_SOURCES).findLast((source) => {
      const described = this.#describedWords.get(source);
      return described !== undefined && wanted.every((word) => described.has(word));
    });
  }

  #add(description: string, group: boolean): UnnamedSource {
    const existing = this.#byDescription.get(description);
    if (existing) return existing;
    const party = this.partyOf(description);
    const source: UnnamedSource = {
      key: `unnamed-${this.all.length + 1}`,
      description,
      group,
      speaks: false,
      ...(party === undefined ? {} : { party }),
    };
    this.all.push(source);
    this.#byDescription.set(description, source);
    this.#byKey.set(source.key, source);
    this.#describedWords.set(source, new Set(words(description)));
    return source;
  }
}

/** A body as the article named it, with its words and the initials it may be named by ("ICRC", or "(DFA)"). */
function namedBody(
  description: string,
  named: readonly string[],
): { description: string; words: ReadonlySet<string>; initials: readonly string[] } {
  const inParentheses = named.flatMap((word) => /^\((\p{Lu}{2,6})\)$/u.exec(word)?.[1] ?? []);
  const initials = named
    .filter((word) => !NOT_IN_INITIALS.has(word.toLowerCase()) && !word.startsWith('('))
    .map((word) => word.charAt(0))
    .join('');
  return { description, words: new Set(words(description)), initials: [initials, ...inParentheses] };
}

/** A description's head as one person is called: "negotiators" (of "one of the negotiators") is "negotiator". */
function singularHead(head: string): string {
  return /^spokes(?:man|woman|person)$/u.test(head) ? 'spokesperson' : head.replace(/s$/u, '');
}

/** Whether words end with a preposition, perhaps with titles after it ("of Ukrainian President "). */
function objectOfPreposition(before: string): boolean {
  const words = before.trimEnd().split(/\s+/u);
  while (words.length > 0) {
    const word = words.at(-1) ?? '';
    if (!OFFICE_WORDS.has(word.toLowerCase()) && !NATIONALITY_WORD.test(word) && word !== 'the') break;
    words.pop();
  }
  return /^(?:for|of|to|in|at|from|with)$/iu.test(words.at(-1) ?? '');
}
