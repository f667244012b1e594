import type { ArticleFrontmatter } from '../../schemas/article';
import { holdsOn, type Role } from '../../schemas/person';
import { publishedDay } from '../published-date';
import { ArticleAttributor } from './attribution';
import { fullNamesOutside } from './unlisted-names';
import type { AttributionRule, Speaker, UnnamedSource } from './attribution-types';
import { paragraphUrl, passageUrl } from '../urls';
import { findContacts, type ContactSighting } from './contacts';
import { findCountStatements, type CountStatement } from './count-statements';
import { fingerprint, type ArticleFingerprint } from './duplicates';
import type { Knowledge } from './knowledge';
import { EntityMatcher, withoutTitleMentions, type Mention } from './mentions';
import { editDistance } from '../edit-distance';
import {
  findPersonNames,
  namesBeforeSpeechVerb,
  namesByPronoun,
  TITLE_WORDS,
  type PersonName,
} from './person-names';
import type { ArticleParagraph } from './paragraphs';
import { findDateline, openingDateline } from './dateline';
import { closingSpeakers } from './run-on-quotes';
import { analyse, type Token } from './language';
import { continuedParagraphs, findQuotations, withEnglishQuoteMarks, type Quotation } from './quotations';
import { resolveRelativeDates, type ResolvedDate } from './relative-dates';
import { RoleDescriptions, withoutAppositionNames } from './role-descriptions';
import { roundWindows } from './round-windows';
import { linkRounds, type RoundLink, type RoundWindow } from './round-links';
import { escapeRegExp } from './text';
import { foldForComparison } from '../fold';
import type { AppliedCorrection, CorrectionMark } from './apply-corrections';

/** A fact the editor corrected carries the reason, shown beside it (`content/corrections.yaml`). */
export interface Correctable {
  correctedBy?: CorrectionMark;
}

/** A claim's source, found in its article: the paragraph link and the words as printed. */
export interface ResolvedCitation {
  article: string;
  paragraphId: string;
  /** The quote as the article prints it. */
  quote: string;
  /** `/articles/<slug>/#p-N` */
  url: string;
  /** The same link with a text fragment that highlights the quote. */
  highlightUrl: string;
}

/** A quote found in an article, with its speaker. */
export interface QuoteRecord {
  article: string;
  paragraphId: string;
  /** The quoted words, without the marks. */
  text: string;
  speaker?: Speaker;
  /** The name or description the article gives the speaker where it attributes the quote. */
  speakerLabel?: string;
  rule?: AttributionRule;
  /** Someone's speech whose speaker the compiler would not guess (open data: `speakerKind: "unknown"`). */
  abstained?: true;
  /** Set when the editor corrected the speaker. */
  correctedBy?: CorrectionMark;
  citation: ResolvedCitation;
}

export interface ParagraphRecord extends ArticleParagraph {
  mentions: (Mention & Correctable)[];
  dates: (ResolvedDate & Correctable)[];
  quotes: QuoteRecord[];
  rounds: RoundLink[];
  /** Ids of the demands whose signal phrases the paragraph uses. */
  demands: string[];
  countStatements: CountStatement[];
  contacts: ContactSighting[];
}

/**
 * A quote as the compiler stores it with its paragraph: its article,
 * paragraph and citation follow from where it sits, so they are added when
 * articles are aggregated rather than kept for every quote of every article.
 */
export type CompiledQuote = Omit<QuoteRecord, 'article' | 'paragraphId' | 'citation'>;

/** A paragraph as the compiler stores it. */
export type CompiledParagraph = Omit<ParagraphRecord, 'quotes'> & { quotes: CompiledQuote[] };

/** One article as the compiler reads it: slug, checked frontmatter and its paragraphs (parsed once, by the loader). */
export interface ParsedArticle {
  slug: string;
  data: ArticleFrontmatter;
  paragraphs: readonly ArticleParagraph[];
}

/**
 * What the compiler finds in one article on its own. It depends on the
 * article and the curated knowledge only, never on other articles, so the
 * content loader can keep it between builds while neither changes.
 */
export interface CompiledArticle {
  slug: string;
  data: ArticleFrontmatter;
  /** Publication day in the outlet's zone. */
  publishedDay: string;
  /** The day its relative dates count from: the dateline's, or else the publication's. */
  referenceDay: string;
  paragraphs: CompiledParagraph[];
  /** The people credited as authors or contributors, by id. */
  bylinePeople: string[];
  /** Unnamed sources the article quotes or describes. */
  unnamedSources: UnnamedSource[];
  /** What the duplicate check compares with other articles. */
  fingerprint: ArticleFingerprint;
  /** The editor's corrections applied to it (`content/corrections.yaml`), in the order the page lists them. */
  corrections: AppliedCorrection[];
}

export function resolveCitation(
  article: string,
  paragraph: Pick<ArticleParagraph, 'id'>,
  printed: string,
): ResolvedCitation {
  return {
    article,
    paragraphId: paragraph.id,
    quote: printed,
    url: paragraphUrl(article, paragraph.id),
    highlightUrl: passageUrl(article, paragraph.id, printed),
  };
}

/**
 * What compiling any article needs from the knowledge, built once per build:
 * the entity matcher, the round windows, the demands' signal patterns.
 */
export class ArticleCompiler {
  readonly #matcher: EntityMatcher;
  readonly #reporters: Set<string>;
  readonly #conflictStart: string | undefined;
  readonly #rounds: RoundWindow[];
  readonly #demandSignals: { id: string; pattern: RegExp }[];
  readonly #peopleById: Map<string, Knowledge['people'][number]>;
  readonly #partiesById: Map<string, Knowledge['parties'][number]>;
  readonly #countries: Set<string>;
  readonly #roleDescriptions: RoleDescriptions;
  /** Each person's roles, with the days they held them: what "the minister" may refer back to on a day. */
  readonly #roles: ReadonlyMap<string, readonly Role[]>;
  readonly #partyWords: Map<string, string>;
  /** Two-word aliases of parties without their last word, folded ("elysee" for "Elysée Palace"). */
  readonly #partyShortNames: Map<string, string>;
  readonly #pronouns: ReadonlyMap<string, string>;
  readonly #parties: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(knowledge: Knowledge) {
    this.#peopleById = new Map(knowledge.people.map((person) => [person.id, person]));
    this.#partiesById = new Map(knowledge.parties.map((party) => [party.id, party]));
    this.#matcher = new EntityMatcher(knowledge.people, knowledge.parties, knowledge.places);
    this.#reporters = new Set(
      knowledge.people
        .filter((person) => person.roles.every((role) => role.kind === 'reporter'))
        .map((person) => person.id),
    );
    this.#conflictStart = knowledge.conflicts.map((conflict) => conflict.start).sort()[0];
    // The last round, when ongoing, runs on: one article cannot know the newest article's day.
    this.#rounds = [...roundWindows(knowledge, '9999-12-31').values()];
    this.#demandSignals = knowledge.demands.map((demand) => ({
      id: demand.id,
      pattern: new RegExp(`(?<![\\p{L}])(?:${demand.signals.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
    }));
    this.#countries = new Set(
      knowledge.places.filter((place) => place.kind === 'country').map((place) => place.id),
    );
    // "the Russian President", "Turkey's foreign minister": a person referred to by their role alone.
    this.#roleDescriptions = new RoleDescriptions(knowledge);
    this.#parties = new Map(
      knowledge.people.map((person) => [
        person.id,
        new Set(person.roles.flatMap((role) => (role.party === undefined ? [] : [role.party]))),
      ]),
    );
    this.#pronouns = new Map(
      knowledge.people.flatMap((person) =>
        person.pronoun === undefined ? [] : [[person.id, person.pronoun]],
      ),
    );
    this.#partyWords = new Map(
      knowledge.parties.flatMap((party) =>
        [party.name, ...party.aliases]
          .filter((name) => !name.includes(' '))
          .map((name): [string, string] => [foldForComparison(name), party.id]),
      ),
    );
    this.#roles = new Map(knowledge.people.map((person) => [person.id, person.roles]));
    this.#partyShortNames = new Map(
      knowledge.parties.flatMap((party) =>
        party.aliases
          .filter((alias) => /^\p{Lu}\S*\s+\S+$/u.test(alias))
          .map((alias): [string, string] => [foldForComparison(alias.replace(/\s+\S+$/u, '')), party.id]),
      ),
    );
  }

  /**
   * The words of the offices a person holds on a day by the knowledge, for "the minister" to refer back to them:
   * a foreign minister of 2022 is no "minister" in a report of 2025.
   */
  #officeWordsOf(id: string, day: string): ReadonlySet<string> {
    return new Set(
      (this.#roles.get(id) ?? []).flatMap((role) =>
        role.kind === 'reporter' || !holdsOn(role, day) ? [] : role.title.toLowerCase().split(/\s+/u),
      ),
    );
  }

  /** The parties a person's roles speak for: "Cavusoglu added that Turkey urged …" is Cavusoglu's. */
  #partiesOf = (id: string): ReadonlySet<string> => this.#parties.get(id) ?? new Set();

  /** How the knowledge says a person is referred back to, for "she said" to find no man. */
  #pronounOf = (id: string): string | undefined => this.#pronouns.get(id);

  /** The party a folded word names: one-word names and aliases ("kremlin", "russian"). */
  #partyOfWord = (word: string): string | undefined => this.#partyWords.get(word);

  /** The party a name shortened from one of its aliases names: "the Elysée" for "Elysée Palace". */
  #partyOfShortName = (name: string): string | undefined =>
    this.#partyShortNames.get(foldForComparison(name));

  #partyOf = (description: string): string | undefined =>
    this.#matcher.find(description, [], new Set()).find((mention) => mention.kind === 'party')?.id;

  #personByName(name: string): string | undefined {
    return this.#matcher
      .find(name, [], new Set())
      .find((mention) => mention.kind === 'person' && mention.text === name)?.id;
  }

  /** The names of people the knowledge lacks in an article's standfirst, found as in a paragraph. */
  #standfirstNames(subtitle: string | undefined, day: string): PersonName[] {
    if (subtitle === undefined) return [];
    const text = withEnglishQuoteMarks(subtitle);
    const quotations = findQuotations(text);
    const found = this.#matcher.find(text, quotations, new Set());
    const names = findPersonNames(analyse(text).tokens, [...found, ...quotations]).filter(
      (name) => this.#matcher.nearKnownPerson(name.name) === undefined,
    );
    return fullNamesOutside(names, this.#roleDescriptions.find(text, new Set(), day));
  }

  /** Mentions, dates, quotes and their speakers, round links, demands, counts and contacts of one article. */
  compile(source: ParsedArticle): CompiledArticle {
    const published = publishedDay(source.data.published.date);
    // A dateline's day is when the story was filed: "on Tuesday" counts from it, not from a later publication.
    // The editor's (`dateline` in the frontmatter, which ingest fills in) or the one the copy opens with
    // ("MOSCOW, March 19. /TASS/.").
    const dateline = openingDateline(source.paragraphs[0]?.text ?? '', published, source.data.dateline?.text);
    const day = source.data.dateline?.day ?? dateline?.day ?? published;
    // Each person's offices on the article's day, worked out once an article.
    const officeWords = new Map<string, ReadonlySet<string>>();
    const officeWordsOf = (id: string): ReadonlySet<string> => {
      const known = officeWords.get(id);
      if (known !== undefined) return known;
      const words = this.#officeWordsOf(id, day);
      officeWords.set(id, words);
      return words;
    };
    const attributor = new ArticleAttributor(
      this.#reporters,
      this.#partyOf,
      officeWordsOf,
      this.#pronounOf,
      this.#partiesOf,
      this.#partyOfWord,
      this.#partyOfShortName,
    );
    const peopleSoFar = new Set<string>();
    // „…” as “…”, one character for one: what the compiler reads; each paragraph keeps its own marks.
    const texts = source.paragraphs.map((paragraph) => withEnglishQuoteMarks(paragraph.text));
    const continuing = continuedParagraphs(texts);
    // The latest day each paragraph named, for "the same day" in the next two.
    const lastDayOf: (string | undefined)[] = [];
    // Who each paragraph names, first for the whole article: a surname alone ("Peskov said") may come before
    // the full name ("Kremlin spokesman Dmitry Peskov") that says who it is.
    const read = texts.map((text, index) => {
      const quotations = findQuotations(text, continuing[index]);
      return { quotations, tokens: analyse(text).tokens };
    });
    // Surnames the article uses alone, as people's ("Merz said he …"), wherever they stand.
    const singleNames = surnamesUsedAlone(texts, read, (word) => this.#matcher.nearKnownWord(word));
    const named = source.paragraphs.map((paragraph, index) => {
      const text = texts[index] ?? paragraph.text;
      const { quotations, tokens } = read[index] ?? { quotations: [], tokens: [] };
      const found = this.#matcher.find(text, quotations, peopleSoFar);
      // Names of people the knowledge lacks, found once: their titles name nothing, and they may speak.
      const names = findPersonNames(tokens, [...found, ...quotations], singleNames).map((name) => {
        const nearKnown = this.#matcher.nearKnownPerson(name.name);
        return nearKnown === undefined ? name : { ...name, nearKnown };
      });
      // "Kremlin spokesman Dmitry Peskov said": the paragraph mentions the Kremlin (no page of Peskov's links
      // it to Russia otherwise), but the title is no speaker, no participant and no round's party of its own.
      const actors = withoutTitleMentions(text, found, names);
      for (const mention of found) if (mention.kind === 'person') peopleSoFar.add(mention.id);
      const roles = this.#roleDescriptions.read(text, peopleSoFar, day);
      const vacantOffices = roles.vacant;
      const descriptions = withoutAppositionNames(roles.descriptions, text, [
        ...found.flatMap((mention) => (mention.kind === 'person' ? [mention] : [])),
        ...names,
      ]);
      // The one person a section's heading names, if it names one ("How Zelensky reacted").
      const headingPeople =
        paragraph.opensSection && paragraph.heading !== undefined
          ? new Set(
              this.#matcher
                .find(paragraph.heading, [], peopleSoFar)
                .flatMap((mention) => (mention.kind === 'person' ? [mention.id] : [])),
            )
          : new Set<string>();
      const [sectionPerson] = headingPeople.size === 1 ? headingPeople : [];
      return {
        sectionPerson,
        paragraph,
        index,
        text,
        quotations,
        tokens,
        names,
        mentions: found,
        actors,
        descriptions,
        vacantOffices,
      };
    });
    // "Mr. Makei added" in the body, "Foreign Minister Vladimir Makei" only in the standfirst (or "Ajit Doval" only
    // in the headline): the body's names first, then the standfirst's, then the headline's, for a surname alone.
    const bodyNames = named.flatMap(({ names, descriptions }) => fullNamesOutside(names, descriptions));
    attributor.foresee([
      ...bodyNames,
      ...this.#standfirstNames(source.data.subtitle, day),
      ...headlineFullNames(this.#standfirstNames(source.data.title, day), bodyNames),
    ]);
    const paragraphs = named.map(
      ({
        paragraph,
        index,
        text,
        quotations,
        tokens,
        names,
        mentions,
        actors,
        descriptions,
        vacantOffices,
        sectionPerson,
      }): CompiledParagraph => {
        // A date inside a quotation is relative to when the speaker spoke, which the article may not say.
        // So is a dateline that opens a later paragraph, after a summary ("KYIV, March 16 (Reuters) – …").
        const ownDateline = paragraph === source.paragraphs[0] ? dateline : findDateline(text, published);
        const inDateline = (at: number) =>
          ownDateline !== undefined && at >= ownDateline.start && at < ownDateline.end;
        // A block quote is someone's words set off without marks ("> Tomorrow and the day after, we will inform
        // you"): a quotation too, up to the signature an embedded post closes with ("— Dmytro Kuleba (@DmytroKuleba)
        // October 23, 2022"), which is the page's.
        const quotedUpTo = paragraph.inBlockQuote ? blockQuoteSignature(text) : 0;
        const earlierDay = lastDayOf[index - 1] ?? lastDayOf[index - 2];
        const dates = resolveRelativeDates(text, {
          published: day,
          tokens,
          years: false,
          ...(this.#conflictStart === undefined ? {} : { conflictStart: this.#conflictStart }),
          ...(earlierDay === undefined ? {} : { earlierDay }),
        }).filter(
          (date) =>
            !inDateline(date.index) &&
            date.index >= quotedUpTo &&
            !quotations.some((quote) => date.index >= quote.start && date.index < quote.end),
        );
        lastDayOf.push(dates.findLast((date) => date.precision === 'day')?.start);
        if (sectionPerson !== undefined)
          attributor.sectionAbout({ type: 'person', id: sectionPerson }, paragraph.heading ?? sectionPerson);
        const quotes = attributor
          .attribute(text, quotations, actors, descriptions, tokens, names, vacantOffices)
          .map(({ quotation, speaker, label, rule, abstained }) => ({
            text: verbatim(paragraph.text, text, quotation),
            ...(speaker === undefined ? {} : { speaker }),
            ...(label === undefined ? {} : { speakerLabel: label }),
            ...(rule === undefined ? {} : { rule }),
            ...(abstained ? { abstained } : {}),
          }));
        const links = linkRounds(text, dates, actors, {
          rounds: this.#rounds,
          countries: this.#countries,
          day,
        });
        return {
          ...paragraph,
          mentions,
          dates,
          quotes,
          rounds: links,
          demands: this.#demandSignals.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id),
          countStatements: findCountStatements(text),
          contacts: findContacts(text, dates, actors, links.length > 0, this.#peopleById, this.#partiesById),
        };
      },
    );
    // "…, a Kremlin spokesman said. ¶ Dmitry Peskov said …": the words of a source a later paragraph named are theirs.
    const identified = attributor.identifiedSources;
    const closed = closingSpeakers(
      paragraphs.map((paragraph) => paragraph.quotes),
      continuing,
      named.map(({ quotations }) => quotations[0]?.runsOn === false),
    );
    const attributed = paragraphs.map((paragraph, index) => ({
      ...paragraph,
      quotes: (closed[index] ?? paragraph.quotes).map((quote) => {
        const named = quote.speaker?.type === 'unnamed' ? identified.get(quote.speaker.key) : undefined;
        return named === undefined ? quote : { ...quote, speaker: named.speaker, speakerLabel: named.label };
      }),
    }));
    const bylinePeople = [...source.data.authors, ...source.data.contributors].flatMap((name) => {
      const id = this.#personByName(name);
      return id === undefined ? [] : [id];
    });
    return {
      slug: source.slug,
      data: source.data,
      publishedDay: published,
      referenceDay: day,
      paragraphs: attributed,
      bylinePeople,
      // Only sources the article reports saying something; "the negotiators have been holding talks" is no source.
      unnamedSources: attributor.unnamedSources.filter(
        (unnamed) => unnamed.speaks && !identified.has(unnamed.key),
      ),
      fingerprint: fingerprint(source.paragraphs),
      corrections: [],
    };
  }
}

/**
 * A quotation's words as the paragraph prints them: the compiler reads „…“ as “…” (one character for one),
 * and a quote's words keep their own marks ("“We say „no“ to that”"), which citations match verbatim.
 */
/**
 * The full names a headline gives that say who a surname alone of the body is ("Doval said" under "Ajit Doval at
 * Jeddah: …"): names of two words or more (a headline's "President Xi" says less than the body's "Xi Jinping"),
 * whose surname no full name of the body already holds (the body's "Pope Leo XIV" says more than a headline's
 * "Pope Leo").
 */
function headlineFullNames(headline: readonly PersonName[], body: readonly PersonName[]): PersonName[] {
  const bodyWords = new Set(
    body.flatMap(({ name }) => {
      const words = name.split(/\s+/u);
      return words.length >= 2 ? words : [];
    }),
  );
  return headline.filter(({ name }) => {
    const words = name.split(/\s+/u);
    return words.length >= 2 && !bodyWords.has(words.at(-1) ?? '');
  });
}

function verbatim(original: string, read: string, quotation: Quotation): string {
  if (original === read) return quotation.text;
  const at = read.indexOf(quotation.text, Math.max(0, quotation.start));
  return at === -1 ? quotation.text : original.slice(at, at + quotation.text.length);
}

/** An article's paragraphs with each quote's article, paragraph and citation filled in. */
export function withQuoteCitations(article: Pick<CompiledArticle, 'slug' | 'paragraphs'>): ParagraphRecord[] {
  return article.paragraphs.map((paragraph) => ({
    ...paragraph,
    quotes: paragraph.quotes.map(({ text, ...attribution }) => ({
      article: article.slug,
      paragraphId: paragraph.id,
      text,
      ...attribution,
      citation: resolveCitation(article.slug, paragraph, text),
    })),
  }));
}

/**
 * The single words an article uses as people's names by a pronoun that refers back to them ("Merz said he …"),
 * unless the article also prints the word in lower case, as a common noun's ("Negotiations will go on …"), or
 * after another capitalised word, as the last word of a longer name it gives.
 */
function surnamesUsedAlone(
  texts: readonly string[],
  read: readonly { quotations: readonly Quotation[]; tokens: readonly Token[] }[],
  nearKnown: (word: string) => boolean,
): Set<string> {
  const words = new Set(read.flatMap(({ quotations, tokens }) => [...namesByPronoun(tokens, quotations)]));
  const lowerCase = new Set(texts.flatMap((text) => text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []));
  // "Prime Minister Narendra Modi … Modi said he": the surname of a name given in full is that name's. (Within a
  // sentence: "… by Defense Minister Rustem Umerov. Fidan chaired the meeting" prints "Fidan" alone.)
  const afterCapital = new Set(
    read.flatMap(({ tokens }) =>
      tokens.flatMap((token, index) => {
        // ("Russia’s Rosatom": a possessive is part of the capitalised word it ends.)
        const possessive = /^[’']s$/u.test(tokens[index - 1]?.text ?? '');
        const previous = tokens[index - (possessive ? 2 : 1)];
        return previous !== undefined &&
          previous.sentence === token.sentence &&
          previous.end < token.start &&
          /^\p{Lu}[\p{L}’'.-]*$/u.test(previous.text) &&
          // (A title is no part of the name: "Secretary of State Rubio told NBC … Rubio said".)
          !TITLE_WORDS.has(previous.text.toLowerCase()) &&
          /^\p{Lu}[\p{L}’'-]*$/u.test(token.text)
          ? [token.text.replace(/[’']s$/u, '')]
          : [];
      }),
    ),
  );
  // "Chinese Foreign Minister Wang Yi … Wang said": a family name printed first is part of a name too.
  const beforeCapital = new Set(
    texts.flatMap((text) =>
      [...text.matchAll(/(?<![\p{L}’'.-])\p{Lu}[\p{L}’'-]*(?=\s+\p{Lu})/gu)].map((match) => match[0]),
    ),
  );
  // "Jaishankar said", "Rubio told Fox News": the subject of a verb a report gives people, when the article
  // prints it nowhere else beside another capitalised word, nor one edit from a word it does print so
  // ("Ushkakov" after "Yury Ushakov"), and it is no known person's name misspelt.
  const inLongerNames = [...afterCapital, ...beforeCapital];
  const bySpeech = read
    .flatMap(({ quotations, tokens }) => [...namesBeforeSpeechVerb(tokens, quotations)])
    .filter(
      (word) =>
        !beforeCapital.has(word) &&
        !nearKnown(word) &&
        !inLongerNames.some((other) => editDistance(word, other, 1) <= 1),
    );
  return new Set(
    [...words, ...bySpeech].filter((word) => !lowerCase.has(word.toLowerCase()) && !afterCapital.has(word)),
  );
}

/** A dash and what follows it to the end, with no sentence's end: the signature an embedded post closes with. */
const SIGNATURE = /\s[—–]\s*[^—–.!?]*$/u;

/** Where the words of a block quote end: at its signature when it has one, else at its end. */
function blockQuoteSignature(text: string): number {
  return SIGNATURE.exec(text)?.index ?? text.length;
}
