import {
  ACCORDING_TO,
  ACCORDING_TO_BEFORE,
  BODY_BACK_REFERENCE,
  DOCUMENT_BACK_REFERENCE,
  ISSUED_DOCUMENT,
  SAID_IN_DOCUMENT,
  DOCUMENT_OF,
  AFTER_PREPOSITION,
  CALENDAR_WORDS,
  CLAUSE_BREAK,
  CLAUSE_OPENERS,
  CLAUSE_OPENERS_INVERTED,
  INVERTED_END,
  INVERTED_PHRASE_AFTER,
  INVERTED_GAP,
  OBJECT_OF,
  OPENING_PHRASE,
  ASKED_BEFORE,
  COORDINATED_BEFORE,
  inReducedRelative,
  SPEAKING_NOUNS,
  PERSON_DESCRIBED_AFTER,
  PERSON_NOUNS,
  OFFICE_BACK_REFERENCE,
  PARTY_BODIES,
  POSSESSIVE_REMARK,
  REMARK_NOUN,
  REMARK_OF,
  PRONOUN,
  NATIONALITY_WORD,
  PEOPLE_QUANTIFIER,
  REPLY_AFTER,
  AGE_EPITHET,
  GENERIC_ROLE,
  REPORTED_SPEECH_END,
  SPEECH_AFTER,
  SPEECH_VERBS,
  VERB_AFTER,
  NOUN_BEFORE,
  isTitle,
  CAPITALISED_NAME,
  quotedAlone,
  HEADLINE_NAME,
  ANNOUNCED_BY,
  SAID_THIS,
  judgingVerbs,
  reportingVerbs,
} from './attribution-words';
import {
  eachSpeakerOnce,
  sameSpeaker,
  unknownSubject,
  type AttributedQuote,
  type AttributionRule,
  type Candidate,
  type Found,
  type Speaker,
  type UnnamedSource,
} from './attribution-types';
import { INVERTING_VERBS } from './speech-verbs';
import {
  backReferences,
  beforeVerb,
  isPartyCandidate,
  isPersonCandidate,
  listedBefore,
  listedWith,
  listedWithPronoun,
  nearestSpeaker,
  objectPronoun,
} from './candidates';
import { DescribedPeople, normalised } from './described-people';
import { identifiedSource } from './introduced-sources';
import { openingNounPhrase } from './opening-phrase';
import type { Token } from './language';
import type { Mention } from './mentions';
import type { PersonName } from './person-names';
import type { Quotation } from './quotations';
import { OFFICE_WORDS } from './titles';
import { OFFICE_EQUIVALENTS } from './role-descriptions';
import {
  firstAtOrAfter,
  firstStartingAtOrAfter,
  overlapsAny,
  spansStartingWithin,
  startingWithin,
  startOf,
} from './ranges';
import { ParagraphGrammar } from './paragraph-grammar';
import { UnlistedNames } from './unlisted-names';
import { QUOTATION_MARK_TOKEN, splitSentences } from './text';
import { UnnamedSources } from './unnamed-sources';

/** The word for a person right after a party's name, perhaps after a rank ("UN Secretary-General", "Russian deputy minister"). */
const PERSON_WORD_AFTER =
  /^\s+(?:(?:deputy|vice|acting|former|top|chief|senior|foreign|defen[cs]e)\s+)?([\p{L}]+)(?=[-\s,.;]|$)/iu;
/**
 * A modal before a verb, directly or through an earlier verb it is coordinated with: "would repeat … and ",
 * "should observe and ": words to come, wished or possible, not words said.
 */
const FUTURE_BEFORE =
  /(?<![\p{L}])(?:will|would|shall|should|must|could|can|may|might)\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?(?:[^,;.:“”"]{0,80}?\s+and\s+)?$/u;
/**
 * What carries its author's words: "a message saying", "According to a Kremlin statement", "a readout". A
 * participle after one gives what it says; an opening "According to" one gives its author's words.
 */
const DOCUMENTS =
  'message|letter|note|statement|tweet|post|video|address|appeal|telegram|cable|readout|read-out|communiqu[eé]|press release|transcript|decree';
const MESSAGE_NOUN = new RegExp(`^(?:${DOCUMENTS})s?$`, 'iu');
const DOCUMENT_NOUN = new RegExp(`(?<![\\p{L}])(?:${DOCUMENTS})(?![\\p{L}])`, 'u');
/** Every remark a possessive owns in a text (`POSSESSIVE_REMARK`, each match). */
const POSSESSIVE_REMARKS = new RegExp(POSSESSIVE_REMARK.source, 'gu');
/** Nouns for a source's own words, after its name: "In Kuleba’s words", "According to Erdogan’s claims". */
const OWN_WORDS = 'words|view|opinion|account|claims?|remarks|comments|assessment';
/**
 * Right after a source's name, its own words by such a noun or a document ("… Zelensky’s tweet"); not a person
 * or a body it owns ("Erdogan’s spokesman", "Zelensky’s office").
 */
const OWN_WORDS_AFTER = new RegExp(`^[’']s\\s+(?:own\\s+)?(?:${OWN_WORDS}|${DOCUMENTS})s?(?![\\p{L}])`, 'u');
/** A phrase naming a source's own words by such a noun: "Erdogan’s claims", "the Kremlin’s account". */
const OWN_WORDS_NOUN = new RegExp(`[’']s\\s+(?:own\\s+)?(?:${OWN_WORDS})$`, 'u');

/**
 * How far from a quote, in characters, the words that attribute it are
 * looked for, within its sentence (a long sentence of news prose is 300).
 * Looking no further keeps the work per quote the same in any paragraph.
 */
const WINDOW = 400;

/** A line that names the source of the lines of quotes after it, as Ukrainska Pravda's copy does: "Source: …". */
const SOURCE_LINE = /^Source:\s/u;
/** A pronoun for a person, anywhere in a paragraph: someone is spoken of there. */
const PERSON_PRONOUN = /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers)(?![\p{L}])/u;
/** A line that is a quote of that source's: "Quote: “…”". */
const QUOTE_LINE = /^Quote:\s*[“"]/u;

/** What the article's compiler found in a paragraph before its quotes are attributed. */
interface ParagraphFindings {
  text: string;
  quotations: readonly Quotation[];
  mentions: readonly Mention[];
  descriptions: readonly { start: number; end: number; id: string; text: string }[];
  tokens: readonly Token[];
  names: readonly PersonName[];
  vacantOffices: readonly { start: number; end: number; text: string }[];
}

/** One sentence of the paragraph being attributed, and what the paragraph gave so far. */
interface SentenceReading {
  text: string;
  sentence: { start: number; text: string };
  sentenceEnd: number;
  /** The candidate speakers that lie in the sentence. */
  inSentence: readonly Candidate[];
  quotations: readonly Quotation[];
  /** The sentence's quotations are `quotations[firstQuote]` up to, not including, `quotations[lastQuote]`. */
  firstQuote: number;
  lastQuote: number;
  /** For each of the sentence's quotations, the index of the last quote of the list it opens (`listEnds`). */
  listEnd: readonly number[];
  outside: (start: number, end: number) => boolean;
  /** The paragraph's quotes attributed so far, this sentence's among them once attributed. */
  results: readonly AttributedQuote[];
}

/**
 * Attributes the quotes of one article, paragraph by paragraph, in order.
 * One instance per article: it remembers the unnamed sources described so far
 * (so "the official" finds "one European defense official"), the speaker of
 * the last quote (for a quote continued in the next paragraph) and the
 * subjects of earlier sentences (for "he said").
 */
export class ArticleAttributor {
  /** The sources the article quotes without naming, described so far. */
  private readonly sources: UnnamedSources;
  private lastSpeaker: { speaker: Speaker; label: string; paragraph: number } | undefined;
  /** Who spoke lately, by a quote or a speech verb whose subject they are: "he" may mean one of them over a later subject. */
  private speakersLately: { speaker: Speaker; paragraph: number }[] = [];
  /** The paragraph of the latest quote that was someone's words, though whose was uncertain. */
  private uncertainAt: number | undefined;
  /** How many paragraphs this attributor has read: a quote goes on with a speaker of this paragraph or the one before only. */
  private paragraph = 0;
  /**
   * The latest paragraph before this one that had anyone in it (a person named or described, a pronoun,
   * someone's words): "he" reaches back to its subject past paragraphs of things and bodies alone ("Widodo will go on to
   * Moscow. ¶ The trip is set for June 30, Indonesian authorities said. ¶ “…,” he said" is Widodo's).
   */
  private peopledBefore = 0;
  /** Whether the paragraph being read has anyone in it, as `peopledBefore` counts them. */
  private peopled = false;
  /** The last paragraph that named a journalist, whose questions in an interview are no one's the compiler names. */
  private journalistParagraph = -1;
  /** Who a "Source: …" line named (Ukrainska Pravda's house style), for the "Quote: “…”" lines after it. */
  private sourceLine: { speaker: Speaker; label: string; paragraph: number } | undefined;
  /** The paragraph being read: its words, sentences and speech verbs, and the current sentence's candidates. */
  private grammar = new ParagraphGrammar({ text: '', tokens: [], sentenceStarts: [], verbs: [] });
  /** The people the sentence before named, for "he replied": the one spoken to. */
  private previousSentencePeople: readonly { speaker: Speaker; label: string }[] = [];
  /** The person subjects of earlier sentences, the latest last; one with no speaker is someone unknown. */
  private readonly personSubjects: {
    speaker?: Speaker;
    label?: string;
    paragraph: number;
    sentence: number;
  }[] = [];
  /** Every person the sentences named, subject or not, by sentence, for "she" past a nearer "he". */
  private readonly mentionedPeople: { speaker: Speaker; sentence: number }[] = [];
  /** The head of the latest subject that described a person by office the compiler could not resolve ("The president"). */
  private unresolvedOffice: { head: string; paragraph: number } | undefined;
  /** How many sentences this attributor has read. */
  private sentence = 0;
  /** Who the latest sentence that issued a document had for its subject, for "the statement said". */
  private documentAuthor: { speaker: Speaker; label: string; paragraph: number } | undefined;
  /** The party the latest sentence with a party for its subject spoke of, for "the ministry said". */
  private lastPartySubject: { speaker: Speaker; label: string; paragraph: number } | undefined;
  /** The current paragraph's speech verbs that judge that judge: the speaker's words are those after them, never a quote before them. */
  private judging: ReadonlySet<number> = new Set();
  /** The current paragraph's names of the knowledge, whole ("Ukrainian officials" is an alias of a party). */
  private knownNames: readonly { start: number; end: number }[] = [];
  /** The paragraph's roles that resolve to one person ("the top Ukrainian diplomat"). */
  private roleSpans: readonly { start: number; end: number }[] = [];
  /** How the article describes the people it names, for "the spokesman" after "Kremlin spokesman Dmitry Peskov". */
  private readonly describedPeople: DescribedPeople<Speaker>;
  /** Sources introduced by description whom a later paragraph named, by key. */
  private readonly identified = new Map<string, { speaker: Speaker; label: string }>();
  /** People the article names whom the knowledge lacks: "Fomin said" after "Alexander Fomin". */
  private readonly unlisted = new UnlistedNames();

  /**
   * @param reporters ids of journalists, who are never taken as the speaker of a quote they report
   * @param partyOf finds the party a description names ("NATO" in "a senior NATO official")
   */
  constructor(
    private readonly reporters: ReadonlySet<string>,
    private readonly partyOf: (description: string) => string | undefined,
    /** The words of a known person's offices, lower-cased ("turkish", "foreign", "minister"). */
    private readonly officeWordsOf: (id: string) => ReadonlySet<string> = () => new Set(),
    /** How the knowledge says a known person is referred back to ("he", "she"), when it says. */
    private readonly pronounOf: (id: string) => string | undefined = () => undefined,
    /** The parties a known person's roles speak for. */
    private readonly partiesOf: (id: string) => ReadonlySet<string> = () => new Set(),
    /** The party a folded word names ("kremlin"). */
    partyOfWord: (word: string) => string | undefined = () => undefined,
    /** The party a name shortened from one of its aliases names ("the Elysée"). */
    partyOfShortName: (name: string) => string | undefined = () => undefined,
  ) {
    this.sources = new UnnamedSources(partyOf, partyOfShortName);
    this.describedPeople = new DescribedPeople<Speaker>(partyOfWord);
  }

  /** The subject of the latest earlier sentence that was a person, unless someone unknown has been one since. */
  private get lastPersonSubject(): { speaker: Speaker; label: string; paragraph: number } | undefined {
    const last = this.personSubjects.at(-1);
    return last?.speaker === undefined || last.label === undefined
      ? undefined
      : { speaker: last.speaker, label: last.label, paragraph: last.paragraph };
  }

  /** The article's unnamed sources, in order of appearance. */
  get unnamedSources(): readonly UnnamedSource[] {
    return this.sources.all;
  }

  /** Unnamed sources the next paragraph named ("a Kremlin spokesman said. ¶ Dmitry Peskov said"), by key. */
  get identifiedSources(): ReadonlyMap<string, { speaker: Speaker; label: string }> {
    return this.identified;
  }

  /**
   * A section heading before the next paragraph names one person ("## How Zelensky reacted"): the one "he"
   * there means, as the subject of a sentence right before would be. (A heading that names no one changes
   * nothing: news pages set subheads inside a story that goes on, "## NATO member ¶ He said …".)
   */
  sectionAbout(speaker: Speaker, label: string): void {
    this.personSubjects.push({ speaker, label, paragraph: this.paragraph, sentence: this.sentence });
  }

  /**
   * @param descriptions people the paragraph refers to by their title alone ("the Russian President"), found by the caller
   * @param vacantOffices offices it names whose holder on the article's day the knowledge lacks: someone unknown
   */
  attribute(
    text: string,
    quotations: readonly Quotation[],
    mentions: readonly Mention[],
    descriptions: readonly { start: number; end: number; id: string; text: string }[] = [],
    tokens: readonly Token[] = [],
    names: readonly PersonName[] = [],
    vacantOffices: readonly { start: number; end: number; text: string }[] = [],
  ): AttributedQuote[] {
    if (this.peopled) this.peopledBefore = this.paragraph;
    this.paragraph += 1;
    this.peopled =
      names.length > 0 ||
      descriptions.length > 0 ||
      mentions.some((mention) => mention.kind === 'person') ||
      PERSON_PRONOUN.test(text);
    if (
      mentions.some(
        (mention) => mention.kind === 'person' && !mention.inQuote && this.reporters.has(mention.id),
      )
    )
      this.journalistParagraph = this.paragraph;
    this.knownNames = mentions;
    this.roleSpans = descriptions;
    const sentences = splitSentences(text, quotations);
    // Quotations do not overlap, and come in order: the one a range may lie in is found by halving.
    const outside = (start: number, end: number) => {
      const quote = quotations[firstStartingAtOrAfter(quotations, startOf, start + 1) - 1];
      return quote === undefined || end > quote.end;
    };
    // Speech verbs: the fixed forms, and every verb the language layer gives a reporting lemma.
    // A fixed form after a possessive or a determiner is a noun: "Russia's claims about … are “lies”".
    const fixedForms = [...text.matchAll(VERB_AFTER)]
      .map((match) => match.index)
      .filter((at) => !NOUN_BEFORE.test(text.slice(Math.max(0, at - 12), at)))
      .filter((at) => {
        const index = firstStartingAtOrAfter(tokens, startOf, at);
        return tokens[index]?.start !== at || !inReducedRelative(tokens, index);
      });
    this.grammar = new ParagraphGrammar({
      text,
      tokens,
      sentenceStarts: sentences.map((sentence) => sentence.start),
      verbs: [...new Set([...fixedForms, ...reportingVerbs(tokens)])].sort((a, b) => a - b),
      outsideQuotations: outside,
      inKnownName: overlapsAny([...mentions, ...names, ...descriptions]),
    });
    this.judging = judgingVerbs(tokens);
    const { candidates, people } = this.paragraphCandidates(
      { text, quotations, mentions, descriptions, tokens, names, vacantOffices },
      outside,
    );
    // "Asked about Yemen, Prince Faisal said …": a name the compiler cannot resolve speaking is someone too.
    this.peopled ||= this.grammar.verbs.some(
      (verb) =>
        outside(verb, verb + 1) && /^\p{Lu}/u.test(this.unknownSubject(verb, candidates)?.label ?? ''),
    );

    // "Source: Andrii Yermak, head of the Office of the President": the one the lines of quotes after it quote.
    if (SOURCE_LINE.test(text)) {
      const people = candidates.filter(
        (candidate) =>
          typeof candidate.speaker !== 'string' &&
          (candidate.speaker.type === 'person' || candidate.speaker.type === 'named'),
      );
      // ("Source: Interfax, citing the press secretary of the Russian president, Dmitry Peskov": not the
      // superior an office is "of", "to" or "for", when someone else is named.)
      const source =
        people.find(
          (candidate) =>
            !/(?<![\p{L}])(?:of|to|for)\s+(?:the\s+)?$/u.test(
              text.slice(Math.max(0, candidate.start - 12), candidate.start),
            ),
        ) ?? people[0];
      this.sourceLine =
        source === undefined || typeof source.speaker === 'string'
          ? undefined
          : { speaker: source.speaker, label: source.label, paragraph: this.paragraph };
    }
    const quoteLine =
      QUOTE_LINE.test(text) &&
      this.sourceLine !== undefined &&
      this.sourceLine.paragraph >= this.paragraph - 6
        ? this.sourceLine
        : undefined;
    const results: AttributedQuote[] = [];
    // The speaker of the paragraph's last sentence of reported speech, which the next sentence may go on with.
    let reported: { speaker: Speaker; label: string } | undefined;
    // The quotes of the sentence before, when it gave none of them to anyone: the next may say whose they were.
    let unclaimed: number[] = [];
    // Whether the one unclaimed quote of the sentence before was that sentence whole.
    let claimQuoted = false;
    for (const sentence of sentences) {
      const sentenceEnd = sentence.start + sentence.text.length;
      const inSentence = spansStartingWithin(candidates, sentence.start, sentenceEnd).filter(
        (candidate) => candidate.end <= sentenceEnd,
      );
      this.grammar.sentenceCandidates = inSentence;
      // "“The talks will continue tomorrow”. This was announced by the head of the delegation, David Arakhamia.":
      // the agent of a sentence that says who announced it.
      const claim = unclaimed.length === 0 ? null : ANNOUNCED_BY.exec(sentence.text);
      // "Russia “is ready to resume negotiations”. Lavrov said so at a press conference.": the subject of a
      // sentence that says it said the one before, the subject's name right before the verb (an apposition's
      // comma aside).
      const saidThis = unclaimed.length === 0 || claim !== null ? null : SAID_THIS.exec(sentence.text);
      if (claim !== null || saidThis !== null) {
        let agent: Candidate | undefined;
        if (claim !== null) {
          const from = sentence.start + claim[0].length;
          const agents = inSentence.filter((candidate) => candidate.start >= from);
          agent =
            agents.find((candidate) => isPersonCandidate(candidate)) ??
            agents.find((candidate) => typeof candidate.speaker !== 'string');
        } else if (saidThis !== null) {
          const verbAt = sentence.start + (saidThis[1] ?? '').length;
          agent = inSentence.findLast(
            (candidate) => candidate.end <= verbAt && /^[\s,]*$/u.test(text.slice(candidate.end, verbAt)),
          );
        }
        const found = this.settle(agent, 'verb-after-quote');
        if (found) {
          for (const at of unclaimed) {
            const claimed = results[at];
            if (claimed !== undefined) results[at] = { quotation: claimed.quotation, ...found };
          }
          this.lastSpeaker = { speaker: found.speaker, label: found.label, paragraph: this.paragraph };
        }
      }
      // "“I haven't even had time to read the materials.” Putin said.": a sentence that is one quote and nothing
      // else, left to no one, is the words of the one the next sentence opens by saying something.
      const opener = claimQuoted
        ? this.openingSpeaker(text, sentence.start, sentenceEnd, inSentence)
        : undefined;
      if (opener !== undefined) {
        for (const at of unclaimed) {
          const claimed = results[at];
          if (claimed !== undefined) results[at] = { quotation: claimed.quotation, ...opener };
        }
      }
      unclaimed = [];
      claimQuoted = false;
      const firstQuote = firstStartingAtOrAfter(quotations, startOf, sentence.start);
      const lastQuote = firstStartingAtOrAfter(quotations, startOf, sentenceEnd);
      // The sentence as every quote of it is read, and as it is remembered once they are (`results` fills meanwhile).
      const reading: SentenceReading = {
        text,
        sentence,
        sentenceEnd,
        inSentence,
        quotations,
        firstQuote,
        lastQuote,
        listEnd: listEnds(text, quotations, firstQuote, lastQuote),
        outside,
        results,
      };
      for (let index = firstQuote; index < lastQuote; index += 1) {
        if (quotations[index] === undefined) continue;
        results.push(this.attributeQuote(reading, index, reported, quoteLine));
      }
      this.shareLaterAttribution(results, results.length - (lastQuote - firstQuote));
      // "A “draft”, “which includes clear wording”, was handed over. This was announced by Peskov.": a sentence
      // whose quotes no rule gave to anyone, nor the sentence to a speaker of its own; titles and names aside
      // ("the brigade “Azov”": every word capitalised).
      const sentenceResults = results.slice(results.length - (lastQuote - firstQuote));
      if (
        sentenceResults.length > 0 &&
        sentenceResults.every(
          (result) =>
            result.speaker === undefined &&
            !isTitle(text, result.quotation) &&
            !/^(?:\p{Lu}[\p{L}’'-]*[\s.,]*)+$/u.test(result.quotation.text),
        )
      )
        unclaimed = sentenceResults.map((_, offset) => results.length - sentenceResults.length + offset);
      claimQuoted =
        unclaimed.length === 1 &&
        quotedAlone(sentence, quotations.slice(firstQuote, lastQuote)) &&
        !ASKED_BEFORE.test(sentence.text);
      this.rememberSentence(reading, people, sentence === sentences[0]);
      reported = this.reportedSpeaker(sentence.text, sentence.start, inSentence);
      this.previousSentencePeople = inSentence.flatMap((candidate) =>
        typeof candidate.speaker !== 'string' &&
        (candidate.speaker.type === 'person' || candidate.speaker.type === 'named')
          ? [{ speaker: candidate.speaker, label: candidate.label }]
          : [],
      );
      for (const person of this.previousSentencePeople)
        this.mentionedPeople.push({ speaker: person.speaker, sentence: this.sentence });
      this.sentence += 1;
    }
    // Someone's words, even whose is uncertain, are someone in it; a term in quotes that is no one's speech is not
    // ("Russia launched a “special military operation” in 2022").
    this.peopled ||= results.some((result) => result.speaker !== undefined || result.abstained === true);
    return results;
  }

  /**
   * Whoever the paragraph's quotes may be given to, sorted by where they start: the people and parties the
   * knowledge names, people it lacks, roles it resolves, unnamed sources, and words that refer back ("he",
   * "the minister"), resolved when a quote is attributed; and the people named, for the sentences' memory.
   */
  private paragraphCandidates(
    { text, quotations, mentions, descriptions, tokens, names, vacantOffices }: ParagraphFindings,
    outside: (start: number, end: number) => boolean,
  ): { candidates: Candidate[]; people: { start: number; end: number; speaker: Speaker; label: string }[] } {
    // "the minister", "the Ukrainian minister": an office that refers back, unless it is a role the knowledge resolves.
    const offices = backReferences(text, OFFICE_BACK_REFERENCE, outside, (match) => ({
      // "the prime minister" is no foreign minister: the office's every word.
      office: [match.groups?.['qualifier'], match.groups?.['modifier'], match.groups?.['office']]
        .filter(Boolean)
        .join(' ')
        .toLowerCase(),
    })).filter(
      (office) => !descriptions.some((role) => role.start <= office.start && office.start < role.end),
    );
    const named = this.unlisted.candidates(tokens, names, mentions, quotations, descriptions);
    const knownCandidates = mentions
      .filter((mention) => !mention.inQuote && mention.kind !== 'place')
      .filter((mention) => !(mention.kind === 'person' && this.reporters.has(mention.id)))
      // "the President of Ukraine", "the Ukrainian minister": the party inside a role the knowledge resolves,
      // or inside an office that refers back, is part of that person.
      .filter(
        (mention) =>
          mention.kind === 'person' ||
          ![...descriptions, ...offices, ...vacantOffices].some(
            (role) => role.start <= mention.start && mention.end <= role.end,
          ),
      )
      .map((mention): Candidate =>
        // "a Russian living in Istanbul said", "Ordinary Ukrainians told reporters": people, not the state.
        mention.kind !== 'person' && nationalsNotState(text, mention, tokens)
          ? unknownSubject(mention, mention.text)
          : {
              start: mention.start,
              end: mention.end,
              speaker: { type: mention.kind === 'person' ? 'person' : 'party', id: mention.id },
              label: mention.text,
            },
      );
    // The people the paragraph names, known or not, and how it describes them: "the spokesman" may be one.
    const people = [
      ...knownCandidates.flatMap((candidate) =>
        typeof candidate.speaker !== 'string' && candidate.speaker.type === 'person'
          ? [{ ...candidate, speaker: candidate.speaker }]
          : [],
      ),
      ...named.flatMap((candidate) =>
        typeof candidate.speaker === 'string' ? [] : [{ ...candidate, speaker: candidate.speaker }],
      ),
    ].sort((a, b) => a.start - b.start);
    this.describedPeople.remember(
      text,
      this.grammar.sentenceStarts,
      people,
      this.paragraph,
      tokens.filter((token) => token.pos === 'VERB' || token.pos === 'AUX').map((token) => token.end),
    );
    const candidates: Candidate[] = [
      ...knownCandidates,
      ...descriptions
        .filter((description) => outside(description.start, description.end))
        .map((description): Candidate => ({
          start: description.start,
          end: description.end,
          speaker: { type: 'person', id: description.id },
          label: description.text,
        })),
      // "the US President declared" in a report of 2025: a person, whom the compiler cannot name.
      ...vacantOffices
        .filter((office) => outside(office.start, office.end))
        .map((office) => unknownSubject(office, office.text)),
      ...this.sources.candidates(text, outside, {
        paragraph: this.paragraph,
        sentenceStarts: this.grammar.sentenceStarts,
        knownNames: this.knownNames,
        roleSpans: this.roleSpans,
        inKnownName: this.grammar.inKnownName,
        people: people.map((person) => person.start),
        nameEnds: people.map((person) => person.end),
        adverbAt: (start) =>
          this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, start)]?.pos === 'ADV',
        nounAfter: (end) =>
          this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, end)]?.pos === 'NOUN',
        personSubjectLately:
          this.lastPersonSubject !== undefined && this.lastPersonSubject.paragraph >= this.paragraph - 1,
        personNamedEarlier: this.describedPeople.namedBefore(this.paragraph),
        describedPerson: (core) => this.describedPeople.describedAs(core),
        // Described so by the article, or else holding that office by the knowledge ("Kalin said … “…,” the
        // spokesman said": Kalin is the Turkish presidential spokesman).
        fittingPeople: (core, before) => {
          const described = this.describedPeople.fitting(core, this.paragraph, before, sameSpeaker);
          if (described.length > 0) return described;
          const office = core.trim().toLowerCase();
          const holding = this.describedPeople
            .fitting('', this.paragraph, before, sameSpeaker, false)
            .filter((person) => this.holdsOffice(person.speaker, office));
          if (holding.length > 0) return holding;
          // "Kuleba arrived in Brussels. … (two paragraphs on) “…,” the top diplomat said": no one named lately
          // fits, so whoever the article named earlier whom it fits, described so or holding that office; two
          // such people leave it to neither.
          return this.earlierHolders(office, before);
        },
      }),
      ...named,
      // "he", "the 44-year-old", "the ministry", "the minister": words that refer back, resolved when a quote is
      // attributed.
      ...backReferences(text, PRONOUN, outside),
      ...backReferences(text, AGE_EPITHET, outside, () => ({ epithet: true as const })).map((epithet) =>
        beforeVerb(text, epithet, this.grammar.verbs),
      ),
      ...backReferences(text, BODY_BACK_REFERENCE, outside, () => ({ body: true as const })),
      ...backReferences(text, DOCUMENT_BACK_REFERENCE, outside, () => ({ document: true as const })),
      ...offices,
    ].sort((a, b) => a.start - b.start);
    return { candidates, people };
  }

  /**
   * The speaker of the quote at `index` of the sentence: by the verbs and names around it, else the speaker
   * the sentence before reported (`reported`) or a "Source:" line named (`quoteLine`); abstained when it is
   * someone's words, though whose is uncertain.
   */
  private attributeQuote(
    {
      text,
      sentence,
      sentenceEnd,
      inSentence,
      quotations,
      firstQuote,
      listEnd,
      outside,
      results,
    }: SentenceReading,
    index: number,
    reported: { speaker: Speaker; label: string } | undefined,
    quoteLine: { speaker: Speaker; label: string } | undefined,
  ): AttributedQuote {
    const quotation = quotations[index];
    if (quotation === undefined) throw new Error(`no quotation ${String(index)} in the paragraph`);
    // ("According to the “Financial Times,” Peskov declined …": a name in quotes, the sentence's comma inside the
    // closing mark; but “The Islamic Republic,” he said, “is ready …” is speech an attribution interrupts.)
    const name = quotation.text.trim();
    // "As Israel tries …, it is working to keep “Israel” from …", "“PENTA”": a quote that is all of a name the sentence
    // also gives a party or person of the knowledge, or an initialism, is a name in quotes, no one's words.
    const wholeName = inSentence.some(
      (candidate) =>
        typeof candidate.speaker !== 'string' &&
        (candidate.speaker.type === 'party' || candidate.speaker.type === 'person') &&
        text.slice(candidate.start, candidate.end) === name.replace(/[,.]$/u, ''),
    );
    if (
      wholeName ||
      /^\p{Lu}{2,}$/u.test(name) ||
      isTitle(text, quotation) ||
      (CAPITALISED_NAME.test(name) &&
        !(
          name.endsWith(',') &&
          (ATTRIBUTION_AT_ONCE.test(text.slice(quotation.end, sentenceEnd)) ||
            SPEECH_AFTER.test(text.slice(quotation.end, sentenceEnd)))
        ))
    ) {
      return { quotation };
    }
    // "“We are ready – said Lavrov – but …”": the words after the inserted attribution are the same speaker's.
    const resumed = quotation.resumes ? results.at(-1) : undefined;
    if (resumed !== undefined) {
      return { ...resumed, quotation };
    }
    // "Asked “will you meet Putin?”, Zelensky said": the question is the asker's, whom the sentence does not name.
    // ("Asked on Wednesday whether Moscow had seen proposals for a “Christmas ceasefire,” Peskov said": a quote
    // inside the opening question, before its comma, is the question's too.)
    const lead = text.slice(sentence.start, quotation.start);
    if (ASKED_BEFORE.test(lead) || ASKED_OPENING.test(lead)) {
      return { quotation, abstained: true };
    }
    // A sentence that opens with an unattributed quote goes on with the last speaker (news style).
    // A quote inside a clause that a speech verb before it opens ("Putin said Friday there had been “…”")
    // is that verb's subject's, whatever verb follows in a later clause.
    // The verb that attributed the quote before ("“…,” Medinsky said, and “…,” Kuleba added") is that
    // quote's, and frames no later one.
    let frameFrom = Math.max(sentence.start, quotation.start - WINDOW);
    const previous = quotations[index - 1];
    if (previous !== undefined && previous.end > frameFrom && results.at(-1)?.rule === 'verb-after-quote') {
      const attribution = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, previous.end)];
      if (attribution !== undefined && attribution < quotation.start) frameFrom = attribution + 1;
    }
    // "Russia claims it is open to talks, yet there are no “serious proposals,” said Lavrov": a clause that "yet"
    // or "but" opens after the verb before, whose quote a verb of saying follows at once, is that verb's.
    const lastVerbBefore = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, quotation.start) - 1];
    const newClause =
      lastVerbBefore !== undefined &&
      lastVerbBefore >= frameFrom &&
      /,\s+(?:yet|but)\s+[^,;:“”"]*$/u.test(text.slice(lastVerbBefore, quotation.start)) &&
      SPEECH_AFTER.test(text.slice(quotation.end, Math.min(sentenceEnd, quotation.end + 40)));
    const framed = !newClause && this.grammar.verbBetween(frameFrom, quotation.start);
    const after = () => this.speakerAfter(text, quotation, sentenceEnd, quotations[index + 1], inSentence);
    const before = () => this.speakerBefore(text, quotation, sentence.start, outside, inSentence);
    // "according to Ukrainian media" after a framed quote names the channel, not the speaker.
    const accordingTo = () =>
      this.speakerAccordingTo(text, quotation, sentence.start, sentenceEnd, inSentence);
    const personAccordingTo = () => {
      const source = accordingTo();
      return source?.speaker.type === 'person' || source?.speaker.type === 'named' ? source : undefined;
    };
    // "According to the Russian delegation, the talks are hard, but “…,” TASS quoted Lavrov as saying": the
    // one an agency quotes right after the quote is its speaker, over the sentence's account.
    const quotedAfter = () =>
      QUOTED_RIGHT_AFTER.test(text.slice(quotation.end, Math.min(sentenceEnd, quotation.end + 80)))
        ? after()
        : undefined;
    // "the military said the so-called “regrouping” of Russian troops, as the Russian Ministry of Defense had
    // put it, looked more like …": the words are the one's who "put it" so, over the verb that frames them.
    const putItAfter = () => {
      const asPut = AS_PUT_IT_AFTER.exec(text.slice(quotation.end, sentenceEnd));
      const verb = asPut?.groups?.['verb'];
      if (asPut === null || verb === undefined) return undefined;
      const verbAt = quotation.end + asPut[0].length - verb.length;
      return this.settle(this.subjectOf(text, verbAt, sentence.start, inSentence), 'verb-after-quote');
    };
    // "Kuleba’s remarks – “Russia lies” – came after Lavrov said …": the remark's words, whatever verb follows.
    const remark = () => {
      const owner = this.remarkOwner(text, quotation, sentence.start, inSentence);
      return owner === HELD ? undefined : owner;
    };
    // "According to a statement by Turkey's directorate, “Erdoğan reiterated his offer …” …, saying “…”": a
    // speech verb after a quote the compiler gave to no one may be that quote's subject's.
    const abstainedBefore = index > firstQuote && results.at(-1)?.abstained === true;
    if (
      abstainedBefore &&
      previous !== undefined &&
      this.quoteOpensWithSubject(previous) &&
      this.grammar.verbBetween(previous.end, quotation.start)
    ) {
      this.uncertainSpeech();
      return { quotation, abstained: true };
    }
    const framedBy = framed ? before() : undefined;
    // "Unlike Peskov, who called the talks “difficult”, Medinsky said …": the framing verb's subject is
    // someone the compiler cannot name, so no later verb's subject is taken for them.
    if (framedBy === HELD) {
      const channel = accordingTo();
      if (channel === undefined) {
        this.uncertainSpeech();
        return { quotation, abstained: true };
      }
    }
    // "The Kremlin declined to comment: “The main thing is …,” said spokesman Dmitry Peskov": a quote its comma
    // closes, its own attribution right after it, is that attribution's, whatever verb before frames it.
    // (A body's attribution after the quote is not taken over the person it reports: "Putin said the strikes
    // were “…,” the Kremlin said" gives Putin's words.)
    // ("Kiev answered with “manipulation” and “deception,” Medvedev said": the quotes a list joins are one
    // clause's words, and the attribution after the list's last is each one's.)
    const lastListed = listEnd[index - firstQuote] ?? index;
    const listed = quotations[lastListed] ?? quotation;
    const attributedAtOnce = () => {
      if (!/,\s*$/u.test(listed.text) && !/^[”"]?\s*,/u.test(text.slice(listed.end))) return undefined;
      if (!ATTRIBUTION_AT_ONCE.test(text.slice(listed.end, sentenceEnd))) return undefined;
      const attribution = this.speakerAfter(
        text,
        listed,
        sentenceEnd,
        quotations[lastListed + 1],
        inSentence,
      );
      return attribution?.speaker.type === 'party' ? undefined : attribution;
    };
    const found: Found | undefined =
      (framed
        ? (attributedAtOnce() ??
          putItAfter() ??
          (framedBy !== HELD && framedBy?.speaker.type === 'party'
            ? (this.personOpeningSource(text, sentence.start, inSentence) ??
              this.subjectOfQuotedVerb(text, quotation, inSentence))
            : framedBy !== HELD && framedBy !== undefined && !this.quotedRightAfterVerb(text, quotation)
              ? this.personOpeningSource(text, sentence.start, inSentence)
              : undefined) ??
          // "The Kremlin reacted sharply, stating that the attacks were “…”, according to its spokesman, Dmitry
          // Peskov": a person the sentence ends by naming as its source said what it gives the body.
          (framedBy !== HELD && framedBy?.speaker.type === 'party' ? personAccordingTo() : undefined) ??
          (framedBy === HELD
            ? undefined
            : this.reporterOverBody(framedBy, text, listed, sentenceEnd, inSentence)) ??
          accordingTo() ??
          after())
        : (quotedAfter() ??
          putItAfter() ??
          accordingTo() ??
          remark() ??
          after() ??
          asFound(before()) ??
          this.colonSubject(text, quotation, sentence.start, inSentence))) ??
      (quotation.start === sentence.start ? this.continued(quotation, sentenceEnd) : undefined) ??
      (reported ? { ...reported, rule: 'reported-speech' as const } : undefined) ??
      (quoteLine
        ? { speaker: quoteLine.speaker, label: quoteLine.label, rule: 'according-to' as const }
        : undefined);
    // "Tapper asked him about Crimea. “Would you give it up?” he asked.": a question near a journalist is
    // likely theirs, and a journalist is never a speaker the compiler gives; not the interviewee's either.
    if (found && /\?\s*$/u.test(quotation.text) && this.journalistParagraph >= this.paragraph - 1) {
      return { quotation, abstained: true };
    }
    if (found) {
      this.lastSpeaker = { speaker: found.speaker, label: found.label, paragraph: this.paragraph };
      this.speakersLately.push({ speaker: found.speaker, paragraph: this.paragraph });
      this.uncertainAt = undefined;
      this.markSpeaking(found.speaker);
      return { quotation, ...found };
    }
    // Speech no rule could give to anyone: said to be someone's, but nobody is named as saying it.
    // A comma inside the closing mark ("“Go home,” one read") means an attribution follows, even one not understood.
    // "According to Kuleba and Podolyak, the talks were “useful”": said, though by no one alone.
    // A quote that opens its sentence right after words whose speaker was uncertain goes on with them.
    const spoken =
      this.grammar.verbBetween(sentence.start, sentenceEnd) ||
      /,\s*$/u.test(quotation.text) ||
      /(?<![\p{L}])[Aa]ccording to\s/u.test(sentence.text) ||
      (quotation.start === sentence.start &&
        this.uncertainAt !== undefined &&
        this.uncertainAt >= this.paragraph - 1);
    if (spoken) this.uncertainSpeech();
    return spoken ? { quotation, abstained: true } : { quotation };
  }

  /**
   * What a sentence, its quotes attributed, leaves for the sentences after it: its subject, whom "he" or "the
   * official" may next mean; the speaker a quote standing alone goes on with; a document's author, a party
   * subject, and the person a paragraph opens by naming whom the one before introduced by description.
   */
  private rememberSentence(
    {
      text,
      sentence,
      sentenceEnd,
      inSentence,
      quotations,
      firstQuote,
      lastQuote,
      outside,
      results,
    }: SentenceReading,
    people: readonly { start: number; end: number; speaker: Speaker; label: string }[],
    opensParagraph: boolean,
  ): void {
    // The sentence's subject: who its first speech verb outside a quotation is said of, else its first person;
    // but a reporting clause that ends the sentence frames all before it: "Ukraine still insists on a
    // ceasefire, he said in a post." is his, not Ukraine's.
    // "Also confirming the agreement, Russia’s chief negotiator Vladimir Medinsky said:", "Asked for comment on
    // remarks by …, Peskov said": a participle that opens the sentence shares the subject of the verb after its
    // comma, which is the sentence's speech verb.
    const verbsOfSentence = this.grammar.verbs
      .slice(
        firstAtOrAfter(this.grammar.verbs, sentence.start),
        firstAtOrAfter(this.grammar.verbs, sentenceEnd),
      )
      .filter((at) => outside(at, at + 1));
    // The participle's clause, to its comma: a verb in it ("Asked for comment on …") is none of the sentence's.
    const [firstVerb] = verbsOfSentence;
    const participle =
      firstVerb !== undefined && OPENING_PARTICIPLE.test(text.slice(sentence.start, firstVerb))
        ? /^\p{L}+(?:ing|ed)[^,;:“”"]{0,200},/u.exec(text.slice(firstVerb, sentenceEnd))
        : null;
    const participleEnd =
      participle === null || firstVerb === undefined ? sentence.start : firstVerb + participle[0].length;
    const sentenceVerbs = verbsOfSentence.some((at) => at >= participleEnd)
      ? verbsOfSentence.filter((at) => at >= participleEnd)
      : verbsOfSentence;
    const lastVerb = sentenceVerbs.at(-1);
    // ("The department did not answer, but in October its spokesperson Ned Price told a briefing:": a sentence
    // that ends in a colon announces words to follow, which are the last verb's, whose clause the colon ends.)
    const speechVerb =
      lastVerb !== undefined &&
      (this.grammar.endsSentenceAsAttribution(text, lastVerb, sentenceEnd) ||
        (lastQuote === firstQuote && /:\s*$/u.test(text.slice(lastVerb, sentenceEnd))))
        ? lastVerb
        : sentenceVerbs[0];
    // "According to him, the Ukrainian delegation did not obtain …": the sentence is the source's account.
    const accountOf = this.openingSource(text, sentence.start, inSentence)?.source;
    // "Arakhamia was asked whether he trusted Medinsky": the one asked is the subject "he" next refers to.
    const ofVerb =
      speechVerb === undefined ? undefined : this.subjectOf(text, speechVerb, sentence.start, inSentence);
    // "… centres on the children, a matter on which President Zelensky had sought help": a name in a relative
    // clause is no subject of the sentence.
    const inRelative = (candidate: Candidate) =>
      /(?<![\p{L}])(?:which|whom|whose)\s+(?:[\p{L}.-]+\s+){0,3}$/u.test(
        text.slice(Math.max(sentence.start, candidate.start - 40), candidate.start),
      );
    // "… next to his defense secretary, Pete Hegseth, Trump was pressed": a name set off by commas after a common
    // noun it stands for, with another name and its verb right after, is in apposition; the other is the subject.
    const apposedBeforeSubject = (candidate: Candidate) =>
      /\p{Ll}\s*,\s*$/u.test(text.slice(Math.max(sentence.start, candidate.start - 4), candidate.start)) &&
      inSentence.some(
        (next) =>
          next.start > candidate.end &&
          /^\s*,\s*$/u.test(text.slice(candidate.end, next.start)) &&
          this.grammar.verbFollows(next.end),
      );
    // "Commenting on remarks by Antony Blinken, Peskov agreed …": with no verb of saying after the participle's
    // clause, the subject is the name right after its comma (or someone the compiler cannot name), never a name
    // inside the clause.
    const participleOnly = participle !== null && !verbsOfSentence.some((at) => at >= participleEnd);
    const afterParticiple = participleOnly
      ? inSentence.find(
          (candidate) =>
            candidate.start >= participleEnd && /^\s*$/u.test(text.slice(participleEnd, candidate.start)),
        )
      : undefined;
    const unknownAfterParticiple =
      participleOnly &&
      afterParticiple === undefined &&
      this.opensWithUnknownName(participleEnd, sentenceEnd, inSentence);
    const subject =
      accountOf ??
      afterParticiple ??
      (unknownAfterParticiple
        ? { start: participleEnd, end: participleEnd, speaker: 'group' as const, label: '' }
        : undefined) ??
      (ofVerb?.passive ? undefined : ofVerb) ??
      // "One of Zelensky’s closest aides, Mr Podolyak has led …": not the owner of the subject; nor a name in
      // apposition before it ("Sitting next to his defense secretary, Pete Hegseth, Trump was pressed …").
      inSentence.find(
        (candidate) =>
          (typeof candidate.speaker === 'string' || candidate.speaker.type !== 'party') &&
          !this.grammar.ownsOrIsObject(candidate) &&
          !inRelative(candidate) &&
          !apposedBeforeSubject(candidate),
      ) ??
      inSentence.find((candidate) => !inRelative(candidate));
    const resolvedSubject =
      subject === undefined || subject.speaker === 'group'
        ? undefined
        : subject.speaker === 'pronoun'
          ? // "At the moment Putin began his invasion, he said …": the person earlier in the sentence, as for a quote.
            this.settle(subject, 'pronoun')
          : { speaker: subject.speaker, label: subject.label };
    // A sentence that is a person's quote and nothing else has them for its subject: "He said …" after it is them.
    const quotedPerson =
      resolvedSubject === undefined && quotedAlone(sentence, quotations.slice(firstQuote, lastQuote))
        ? results.at(-1)
        : undefined;
    // "“No, it’s nonsense,” said the spokesman, Dmitri Peskov, replying to … reports that Putin might …": a
    // subject after its verb, who said the sentence's quote, is its subject, not a name later in it.
    const invertedSpeaker =
      accountOf === undefined && (ofVerb === undefined || ofVerb.speaker === 'group')
        ? results
            .slice(results.length - (lastQuote - firstQuote))
            .find(
              (result) =>
                result.rule === 'verb-after-quote' &&
                (result.speaker?.type === 'person' || result.speaker?.type === 'named'),
            )
        : undefined;
    const personOfSentence =
      (invertedSpeaker?.speaker === undefined || invertedSpeaker.label === undefined
        ? undefined
        : { speaker: invertedSpeaker.speaker, label: invertedSpeaker.label }) ??
      resolvedSubject ??
      (quotedPerson?.speaker === undefined || quotedPerson.label === undefined
        ? undefined
        : { speaker: quotedPerson.speaker, label: quotedPerson.label });
    // "Turkey stressed …, Foreign Minister Çavuşoğlu also said": a later verb's person is the one "he" next means.
    const laterPerson =
      personOfSentence?.speaker.type === 'person' || personOfSentence?.speaker.type === 'named'
        ? undefined
        : this.lastPersonOfVerbs(text, sentence.start, sentenceEnd, outside, inSentence);
    // ("“…,” the Vatican said. ¶ “…,” it added": a body the article names as a source is the "it" next spoken of, as a
    // party is.)
    if (personOfSentence !== undefined && this.isBody(personOfSentence.speaker))
      this.lastPartySubject = { ...personOfSentence, paragraph: this.paragraph };
    // "Zelensky put out a statement. “…,” the statement said.": the document is its issuer's words.
    const issuer = this.documentIssuer(
      { text, sentence, inSentence, results, firstQuote, lastQuote },
      { subject, ofVerb, speechVerb, resolvedSubject },
    );
    if (issuer !== null)
      this.documentAuthor = issuer === undefined ? undefined : { ...issuer, paragraph: this.paragraph };
    // "Putin is holding talks with Fico, the Kremlin announced. ¶ “…,” the statement said": a party that spoke,
    // with no document named lately, is the one whose statement "the statement" next means.
    else if (
      resolvedSubject !== undefined &&
      this.isBody(resolvedSubject.speaker) &&
      ofVerb !== undefined &&
      subject === ofVerb &&
      (this.documentAuthor === undefined || this.documentAuthor.paragraph < this.paragraph - 1)
    )
      this.documentAuthor = { ...resolvedSubject, paragraph: this.paragraph };
    const personSubject = laterPerson ?? personOfSentence;
    // "Guterres spoke to Zelensky by phone. “…,” he said.": a sentence opened by a name the compiler cannot
    // resolve has someone unknown for its subject, whom "he" next refers to; not a person named after it.
    // "The chancellor said he had urged a ceasefire. “…,” he said.": the same for a description of one person
    // the compiler does not resolve; "he" is not the person named before it.
    const opening = openingNounPhrase(this.grammar.tokens, sentence.start, sentenceEnd);
    // "The president’s adviser Podolyak": a phrase that ends in a name is that name, no description; one that
    // ends in a capitalised title is one ("The UN Secretary-General thanked …").
    const described = opening !== undefined && PERSON_NOUNS.has(opening.head.lemma) ? opening : undefined;
    // "Ukraine’s General Staff posted an update. “…,” it said.": a body the compiler does not know (not a
    // known name nor a state's body: "the ministry") is the "it" next spoken of, not an earlier sentence's party.
    // ("On Friday the UAE Foreign Ministry announced …. “…,” the ministry said": a state's body whose state the
    // knowledge lacks is such a body too.)
    const ownerUnknown =
      opening !== undefined &&
      startingWithin(this.grammar.tokens, startOf, opening.start, opening.head.start).some(
        (token) =>
          token.pos === 'PROPN' &&
          /^\p{Lu}/u.test(token.text) &&
          !OFFICE_WORDS.has(token.text.toLowerCase()) &&
          !this.grammar.inKnownName(token),
      );
    if (
      opening !== undefined &&
      described === undefined &&
      (!PARTY_BODIES.has(opening.head.lemma) || ownerUnknown) &&
      !inSentence.some((candidate) => candidate.start < opening.end && opening.end <= candidate.end) &&
      // ("The photos … are a provocation, the Russian Defence Ministry said": a speech verb's subject after the
      // opening phrase is the one that spoke, and stays the party "the ministry" next refers to.)
      !(ofVerb !== undefined && !ofVerb.passive && ofVerb.start >= opening.end)
    )
      this.lastPartySubject = undefined;
    const describedResolved =
      (resolvedSubject?.speaker.type === 'person' || resolvedSubject?.speaker.type === 'named') &&
      subject !== undefined &&
      described !== undefined &&
      // "The chief negotiator, David Arakhamia, said": the description's name in apposition; "The head of the
      // Russian delegation Vladimir Medinsky said": a name before the clause's verb.
      ((subject.start < described.subjectEnd && described.start < subject.end) ||
        /^\s*,\s*$/u.test(text.slice(described.end, subject.start)));
    if (
      (described !== undefined && !describedResolved) ||
      unknownAfterParticiple ||
      (lastQuote === firstQuote &&
        (speechVerb === undefined || resolvedSubject === undefined) &&
        this.opensWithUnknownName(sentence.start, sentenceEnd, inSentence))
    ) {
      this.lastSpeaker = undefined;
      this.personSubjects.push({ paragraph: this.paragraph, sentence: this.sentence });
      if (described !== undefined)
        this.unresolvedOffice = { head: described.head.lemma, paragraph: this.paragraph };
    } else if (
      personSubject !== undefined &&
      this.grammar.otherClauseSubject(text, personSubject, sentenceEnd, inSentence) !== undefined
    ) {
      // "Zelensky has asked to meet Putin, and once again Lavrov sidestepped the question. “…,” he said.":
      // two clauses, each with a person for its subject; "he" next may be either.
      this.personSubjects.push({ paragraph: this.paragraph, sentence: this.sentence });
    } else if (personSubject !== undefined && this.jointPartner(text, personSubject, inSentence)) {
      // "Erdogan and Putin met in Sochi. “…,” he said.": two people, one pronoun for both, as the subject;
      // "he" next may be either.
      this.personSubjects.push({ paragraph: this.paragraph, sentence: this.sentence });
    } else if (
      personSubject?.speaker.type === 'person' ||
      personSubject?.speaker.type === 'named' ||
      // "A Ukrainian negotiator said the Russians had softened. “…,” he said.": one source is "he" too.
      (personSubject?.speaker.type === 'unnamed' && this.isOnePerson(personSubject.speaker.key))
    ) {
      this.personSubjects.push({ ...personSubject, paragraph: this.paragraph, sentence: this.sentence });
      // "Zelensky stated that Russia would have to talk": the subject of a sentence with a speech verb has spoken.
      if (sentenceVerbs.length > 0)
        this.speakersLately.push({ speaker: personSubject.speaker, paragraph: this.paragraph });
    }
    // "Reporters asked Medinsky whether Crimea was discussed. “It was,” he said.": the one a journalist asks is
    // the one who answers next.
    const asked = this.askedByJournalist(text, sentence.start, sentenceEnd, inSentence);
    if (asked !== undefined) {
      this.personSubjects.push({ ...asked, paragraph: this.paragraph, sentence: this.sentence });
      this.lastSpeaker = undefined;
    }
    // "…, a Kremlin spokesman said on Monday. ¶ Dmitry Peskov said …": a paragraph that opens by naming a
    // speaker may name the one the paragraph before introduced by description.
    if (opensParagraph) {
      const byQuote = results.find(
        (result) => result.rule === 'verb-after-quote' || result.rule === 'verb-before-quote',
      );
      const opener =
        people.find(
          (person) =>
            person.start < sentenceEnd &&
            byQuote?.speaker !== undefined &&
            sameSpeaker(person.speaker, byQuote.speaker) &&
            person.label === byQuote.label,
        ) ??
        (ofVerb === undefined || accountOf !== undefined
          ? undefined
          : people.find((person) => person.start === ofVerb.start && person.end === ofVerb.end));
      if (opener !== undefined) this.identifyIntroduced(opener);
    }
    // A sentence that reports someone's words without quoting them ("Peskov said it was too soon …"):
    // a quote standing alone after it goes on with them.
    // (Quotes that are no one's words, a name or a title, leave it such a sentence: "Di Maio told the newspaper
    // “La Stampa” that …".)
    const quoted = results
      .slice(results.length - (lastQuote - firstQuote))
      .some((result) => result.speaker !== undefined || result.abstained === true);
    const verbSubject = ofVerb;
    const announcer = quoted ? undefined : this.wordsAnnounced(sentence.text);
    if (!quoted && (verbSubject !== undefined || accountOf !== undefined) && resolvedSubject) {
      // "Lavrov and Kuleba said the talks were difficult. “…”": two people said it; a quote standing alone after
      // it is either's.
      this.lastSpeaker = this.joinedToPerson(text, resolvedSubject, inSentence)
        ? undefined
        : { ...resolvedSubject, paragraph: this.paragraph };
      this.speakersLately.push({ speaker: resolvedSubject.speaker, paragraph: this.paragraph });
    }
    // "His words:" (a paragraph of its own) announces the quote that follows as the words of the person meant.
    else if (announcer !== undefined) this.lastSpeaker = { ...announcer, paragraph: this.paragraph };
    // "… Thomas-Greenfield again declined to answer." keeps her the one a quote standing alone goes on with.
    else if (
      resolvedSubject &&
      this.lastSpeaker &&
      sameSpeaker(resolvedSubject.speaker, this.lastSpeaker.speaker)
    )
      this.lastSpeaker.paragraph = this.paragraph;
    // "“…,” Kuleba said. Lavrov, however, was less upbeat. “…”": a sentence about someone else ends the
    // speech a quote standing alone would go on with.
    else if (
      !quoted &&
      subject !== undefined &&
      this.grammar.opensSentence(subject, sentence.start, sentenceEnd)
    )
      this.lastSpeaker = undefined;
  }

  /**
   * Whether the sentence opens with a run of capitalised names no candidate covers or follows ("Yermak,
   * Zelensky's chief of staff, spoke", not "President Zelensky spoke", whose title runs into a known name).
   */
  private opensWithUnknownName(
    sentenceStart: number,
    sentenceEnd: number,
    candidates: readonly Candidate[],
  ): boolean {
    let index = firstStartingAtOrAfter(this.grammar.tokens, startOf, sentenceStart);
    const first = this.grammar.tokens[index];
    if (
      first === undefined ||
      first.start >= sentenceEnd ||
      first.pos !== 'PROPN' ||
      !/^\p{Lu}\p{Ll}/u.test(first.text)
    )
      return false;
    if (CALENDAR_WORDS.test(first.text) || PARTY_BODIES.has(first.text.toLowerCase())) return false;
    if (this.unlisted.hasSurname(first.text) || this.grammar.inKnownName(first)) return false;
    let runEnd = first.end;
    while (
      this.grammar.tokens[index + 1]?.pos === 'PROPN' &&
      /^\p{Lu}/u.test(this.grammar.tokens[index + 1]?.text ?? '')
    ) {
      index += 1;
      runEnd = this.grammar.tokens[index]?.end ?? runEnd;
    }
    // The name is the subject only when its clause's verb or an apposition's comma follows it.
    const next = this.grammar.tokens[index + 1];
    const subjectPosition =
      next !== undefined && (next.text === ',' || next.pos === 'VERB' || next.pos === 'AUX');
    return (
      subjectPosition &&
      !candidates.some((candidate) => candidate.start >= sentenceStart && candidate.start <= runEnd + 1)
    );
  }

  /**
   * The one person a sentence's journalists ask ("Reporters asked Medinsky whether …", "A reporter pressed
   * Kuleba on Crimea", "CNN’s Jake Tapper asked Kuleba"): the object of its first verb of asking, when the
   * words before the verb are journalists and no one else.
   */
  private askedByJournalist(
    text: string,
    sentenceStart: number,
    sentenceEnd: number,
    candidates: readonly Candidate[],
  ): { speaker: Speaker; label: string } | undefined {
    const verb = spansStartingWithin(this.grammar.tokens, sentenceStart, sentenceEnd).find(
      (token) => token.pos === 'VERB' || token.pos === 'AUX',
    );
    if (verb === undefined || !ASKING_LEMMAS.has(verb.lemma)) return undefined;
    const subject = text.slice(sentenceStart, verb.start);
    const journalists =
      JOURNALISTS.test(subject) ||
      (this.journalistParagraph === this.paragraph &&
        !candidates.some((candidate) => candidate.start < verb.start));
    if (!journalists) return undefined;
    const object = candidates.find((candidate) => candidate.start > verb.end);
    if (object === undefined || !isPersonCandidate(object) || typeof object.speaker === 'string')
      return undefined;
    if (!/^\s*$/u.test(text.slice(verb.end, object.start))) return undefined;
    return { speaker: object.speaker, label: object.label };
  }

  /**
   * The subject of a verb coordinated with an earlier one ("Kuleba did not say whether Zelensky would travel,
   * but added:", "Putin denounced … and said"): the earlier speech verb's; with none before it, the name
   * that the sentence's first verb follows ("Erdogan welcomed the delegations and said"); else it is found
   * as for any verb.
   */
  private coordinatedSubject(
    text: string,
    verbAt: number,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    const previous = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, verbAt) - 1];
    // "The former KGB spy called the accounts from Bucha, a suburb of Kyiv, “fake” and said …": the earlier
    // verb's subject, even one the compiler cannot name, is this verb's too; not a name in between. ("Lavrov echoed
    // what Rubio had said and told reporters": not an earlier verb of saying inside a "what" clause, the object of
    // the first verb, whose subject is no subject of the sentence's.)
    if (
      previous !== undefined &&
      previous >= sentenceStart &&
      !WHAT_CLAUSE_BEFORE.test(text.slice(Math.max(sentenceStart, previous - 60), previous))
    )
      return (
        this.subjectOf(text, previous, sentenceStart, candidates) ??
        unknownSubject({ start: previous, end: previous })
      );
    // "Putin talked with Xi Jinping by telephone and said": the name its own verb follows, not the object; the
    // nearest such ("As the invasion of Ukraine goes on, the Ukrainian president addressed … and said": an
    // earlier clause's subject is not this one's).
    // ("Amherd thinks a peace conference on Ukraine could be held …, and also remarks": a state after a
    // preposition is inside another's phrase, no subject.)
    // ("Guterres thanked Erdoğan for what he had done and said": nor the subject of a clause inside the first.)
    return candidates.findLast((candidate) => {
      if (
        candidate.start < sentenceStart ||
        candidate.end > verbAt ||
        this.grammar.ownsOrIsObject(candidate) ||
        this.grammar.partyAfterPreposition(candidate) ||
        SUBORDINATE_OPENER.test(
          this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, candidate.start) - 1]
            ?.text ?? '',
        )
      )
        return false;
      let index = firstStartingAtOrAfter(this.grammar.tokens, startOf, candidate.end);
      // ("South Africa's President, Cyril Ramaphosa, met Putin … and said": a name set off after its description
      // closes with a comma before its verb.)
      if (
        this.grammar.tokens[index]?.text === ',' &&
        /,\s*$/u.test(text.slice(Math.max(sentenceStart, candidate.start - 3), candidate.start))
      )
        index += 1;
      while (this.grammar.tokens[index]?.pos === 'ADV') index += 1;
      // "Viktor Orbán, for his part, thanked Putin … and remarked": an aside set off by commas stands between;
      // so does a relative clause that tells of the subject ("Kuleba, who was in India on a visit, met …").
      index = this.grammar.pastRelativeClause(this.grammar.pastAside(index));
      const next = this.grammar.tokens[index];
      return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && next.start < verbAt;
    });
  }

  /** The speaker a sentence ends by naming ("…, a senior NATO official said."), when it has no quote of its own. */
  private reportedSpeaker(
    sentence: string,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): { speaker: Speaker; label: string } | undefined {
    if (/[“”"]/u.test(sentence)) return undefined;
    const tail = REPORTED_SPEECH_END.exec(sentence);
    if (tail === null) return undefined;
    const found = this.tailSpeaker(tail, sentenceStart + tail.index, candidates, 'reported-speech');
    return found && { speaker: found.speaker, label: found.label };
  }

  /**
   * The subject of the verb a sentence ends its attribution with (`REPORTED_SPEECH_END`, found at `from`): the
   * speaker before the verb, not a channel named after it ("…, Peskov said, according to remarks Interfax carried").
   */
  private tailSpeaker(
    tail: RegExpExecArray,
    from: number,
    candidates: readonly Candidate[],
    rule: AttributionRule,
  ): Found | undefined {
    const verbAt = from + tail[0].indexOf(tail.groups?.['verb'] ?? '', 1);
    return this.settle(
      nearestSpeaker(
        spansStartingWithin(candidates, from, verbAt).filter((candidate) => candidate.end <= verbAt),
      ),
      rule,
    );
  }

  /**
   * Who issued the document a sentence tells of, for "the statement said" in the sentences after it: `null` when
   * the sentence tells of none, `undefined` when it tells of one whose issuer the compiler cannot name.
   */
  private documentIssuer(
    {
      text,
      sentence,
      inSentence,
      results,
      firstQuote,
      lastQuote,
    }: Pick<SentenceReading, 'text' | 'sentence' | 'inSentence' | 'results' | 'firstQuote' | 'lastQuote'>,
    {
      subject,
      ofVerb,
      speechVerb,
      resolvedSubject,
    }: {
      subject: Candidate | undefined;
      ofVerb: Candidate | undefined;
      speechVerb: number | undefined;
      resolvedSubject: { speaker: Speaker; label: string } | undefined;
    },
  ): { speaker: Speaker; label: string } | undefined | null {
    // ("Zelensky’s office issued a statement": the office's, not his.)
    // ("“…,” the Chinese Foreign Ministry said in a statement": the one who said the sentence's quote in it.)
    const saidInDocument = SAID_IN_DOCUMENT.test(sentence.text);
    const documentSpeaker = saidInDocument
      ? results
          .slice(results.length - (lastQuote - firstQuote))
          .findLast(
            (result) =>
              result.rule === 'verb-after-quote' &&
              result.speaker !== undefined &&
              (result.speaker.type !== 'unnamed' || this.isBody(result.speaker)) &&
              result.label !== undefined,
          )
      : undefined;
    // "According to a Kremlin statement, …": the issuer named with the document.
    const documentOf = [...sentence.text.matchAll(DOCUMENT_OF)].flatMap((match) => {
      const from = sentence.start + match.index;
      const to = from + match[0].length;
      const issuers = inSentence.filter(
        (candidate) =>
          candidate.start >= from &&
          candidate.end <= to &&
          typeof candidate.speaker !== 'string' &&
          (candidate.speaker.type === 'party' || candidate.speaker.type === 'person'),
      );
      return issuers.length === 1 ? issuers : [];
    });
    const issuer = documentOf.length === 1 ? documentOf[0] : undefined;
    if (issuer !== undefined && typeof issuer.speaker !== 'string')
      return { speaker: issuer.speaker, label: issuer.label };
    if (documentSpeaker?.speaker !== undefined && documentSpeaker.label !== undefined)
      return { speaker: documentSpeaker.speaker, label: documentSpeaker.label };
    // ("…, the Presidential Office said in a statement": a subject the compiler cannot name is no author it knows,
    // nor is a party named earlier in the reported clause.)
    // The sentence's subject, when the compiler names it and it owns no noun ("Zelensky’s office issued …").
    const subjectIssuer =
      subject === undefined ||
      resolvedSubject === undefined ||
      (resolvedSubject.speaker.type === 'unnamed' && !this.isBody(resolvedSubject.speaker)) ||
      /^[’']s(?![\p{L}])/u.test(text.slice(subject.end, subject.end + 3))
        ? undefined
        : resolvedSubject;
    if (saidInDocument)
      return subject !== undefined &&
        subject === ofVerb &&
        speechVerb !== undefined &&
        /^\s*(?:(?:also|later|earlier|then)\s+)?$/u.test(text.slice(subject.end, speechVerb))
        ? subjectIssuer
        : undefined;
    if (ISSUED_DOCUMENT.test(sentence.text)) return subjectIssuer;
    return null;
  }

  /**
   * "Ukraine also promised Russia that it “…”, another Ukrainian negotiator, Oleksandr Chaly said.": a body
   * framing the quote speaks through the person or source the sentence ends by naming, whose words they are.
   */
  private reporterOverBody(
    framed: Found | undefined,
    text: string,
    quotation: Quotation,
    sentenceEnd: number,
    candidates: readonly Candidate[],
  ): Found | undefined {
    if (framed?.speaker.type !== 'party') return framed;
    const rest = text.slice(quotation.end, sentenceEnd);
    if (/[“”"]/u.test(rest)) return framed;
    // The comma may close the quote inside its marks: "… “will stay neutral,” Podolyak said."
    const comma = quotation.text.trimEnd().endsWith(',') ? ',' : '';
    const tail = REPORTED_SPEECH_END.exec(comma + rest);
    if (tail === null) return framed;
    const reporter = this.tailSpeaker(
      tail,
      quotation.end + tail.index - comma.length,
      candidates,
      'verb-after-quote',
    );
    // "Russia has told Ukraine it is ready to stop “…”, a Kremlin spokesman said": an unnamed source too.
    return reporter?.speaker.type === 'person' ||
      reporter?.speaker.type === 'named' ||
      reporter?.speaker.type === 'unnamed'
      ? reporter
      : framed;
  }

  /** `“…,” according to an Elysée Palace readout`: the words of the source the sentence names. */
  private speakerAccordingTo(
    text: string,
    quotation: Quotation,
    sentenceStart: number,
    sentenceEnd: number,
    candidates: readonly Candidate[],
  ): Found | undefined {
    // "According to the President of the Russian Federation, Belarus “is quite suitable”": the sentence is the
    // source's, when no speech verb between its opening and the quote gives the words to another.
    // ("According to the Russian side, Kiev was asked to carry out “denazification”": a verb in the passive with
    // no agent names no other speaker; the source reports who asked.)
    const opening = this.openingSource(text, sentenceStart, candidates);
    const otherVerb = (from: number) =>
      this.grammar.verbs.some(
        (at) =>
          at >= from &&
          at < quotation.start &&
          this.grammar.passiveAgent(text, at, candidates)?.passive !== true,
      );
    if (opening !== undefined && !otherVerb(opening.end)) {
      const { source } = opening;
      if (source) return this.settle(this.alone(source, candidates), 'according-to');
    }
    // A speech verb after the quote in its sentence, whose subject says it, not a name before a colon.
    const verbAfterQuote = () => this.grammar.verbs.some((at) => at >= quotation.end && at < sentenceEnd);
    // "• Lavrov: Russia “not interested” in a nuclear war", as key points are written: the name that opens the
    // line and the colon closes says all the line says, where no verb between gives the words to another.
    const headline = HEADLINE_NAME.exec(text.slice(sentenceStart, quotation.start));
    if (headline !== null) {
      const colonAt = sentenceStart + headline[0].length - 1;
      const named = spansStartingWithin(candidates, sentenceStart, colonAt).find(
        (candidate) => candidate.end === colonAt && typeof candidate.speaker !== 'string',
      );
      // ("Moscow: An agreement on “neutral status” could be near, Russia’s foreign minister has said": a
      // dateline, with a speech verb after the quote that says whose it is.)
      if (named && !verbAfterQuote() && !this.grammar.verbBetween(colonAt, quotation.start))
        return this.settle(named, 'according-to');
    }
    // "Zelensky: “We are ready.”", as live blogs and tweets attribute: the name the colon closes. (Not with a
    // speech verb after the quote, whose subject says it: "The Trump Verdict: “…,” Trump told reporters.")
    const colon = /:\s*$/u.exec(text.slice(Math.max(sentenceStart, quotation.start - 3), quotation.start));
    if (colon !== null && !verbAfterQuote()) {
      const at = text.slice(0, quotation.start).trimEnd().length - 1;
      // Only a name that opens its sentence: in "what Russia will expect from Ukraine: “…”" the colon closes a
      // clause, whose name is no speaker. "Quote from Peskov: “…”", as Ukrainska Pravda and its copies set a
      // quote apart, opens it too.
      const named = spansStartingWithin(candidates, sentenceStart, at).find(
        (candidate) =>
          candidate.end === at &&
          /^[^\p{L}]*(?:Quote\s+from\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(
            text.slice(sentenceStart, candidate.start),
          ),
      );
      if (named) return this.settle(named, 'according-to');
    }
    const match = ACCORDING_TO.exec(text.slice(quotation.end, Math.min(sentenceEnd, quotation.end + WINDOW)));
    if (match !== null) {
      // "“…,” Podolyak said, according to Ukrainian media": the verb's subject spoke; the source is the channel.
      if (this.grammar.verbBetween(quotation.end, quotation.end + match.index)) return undefined;
      const from = quotation.end + match.index + match[0].length;
      // The source the words after "according to" open with, whole: "Ukrainian media", not its "Ukrainian".
      const [first] = spansStartingWithin(candidates, from, from + 40)
        .filter((candidate, _, all) => candidate.start === all[0]?.start)
        .sort((a, b) => b.end - a.end);
      // "according to the UN Secretary-General": a party before a word for a person only says whose the person
      // is; the person, whom the knowledge does not resolve here, is the source.
      if (
        first !== undefined &&
        typeof first.speaker !== 'string' &&
        first.speaker.type === 'party' &&
        PERSON_NOUNS.has(
          PERSON_WORD_AFTER.exec(text.slice(first.end, first.end + 40))?.[1]?.toLowerCase() ?? '',
        )
      )
        return undefined;
      return this.settle(this.alone(first, candidates), 'according-to');
    }
    // "According to Podoliak: “…”": the source named right before the quote, with nothing else between.
    const lead = ACCORDING_TO_BEFORE.exec(text.slice(Math.max(0, quotation.start - 80), quotation.start));
    if (lead === null) return undefined;
    const leadStart = quotation.start - lead[0].length;
    const source =
      spansStartingWithin(candidates, leadStart, quotation.start).find(
        (candidate) => candidate.end <= quotation.start,
      ) ?? objectPronoun(/^[Aa]ccording to\s+(.*?)[:,]\s*$/u.exec(lead[0])?.[1] ?? '', quotation.start);
    return this.settle(this.alone(source, candidates), 'according-to');
  }

  /**
   * "Medinsky contradicted Podolyak: “…”", "Podolyak was more cautious: “…”": a colon right before the quote
   * closes a clause with no speech verb, whose subject says the words. Only a subject that opens the sentence
   * (after a few words at most: "On Tuesday,"), neither an owner nor an object ("Kuleba’s message was clear:",
   * "After talks with Putin,"), and not one of two joined by "and".
   */
  private colonSubject(
    text: string,
    quotation: Quotation,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): Found | undefined {
    if (!/:\s*$/u.test(text.slice(Math.max(sentenceStart, quotation.start - 3), quotation.start)))
      return undefined;
    // "Kuleba’s visit to Ankara was short: “…”": a place or party after a preposition is no subject either.
    const subject = spansStartingWithin(candidates, sentenceStart, quotation.start).find(
      (candidate) =>
        candidate.end <= quotation.start &&
        !this.grammar.ownsOrIsObject(candidate) &&
        !this.grammar.modifiesNoun(candidate) &&
        !OBJECT_OF.test(text.slice(Math.max(sentenceStart, candidate.start - 12), candidate.start)),
    );
    if (subject === undefined) return undefined;
    if (!/^[^\p{L}]*(?:[\p{L}.’'-]+,?\s+){0,4}$/u.test(text.slice(sentenceStart, subject.start)))
      return undefined;
    return this.settle(this.alone(subject, candidates), 'verb-before-quote');
  }

  /** A source, unless it is one of two joined by "and" ("according to Kuleba and Podolyak"): then no one alone. */
  private alone(source: Candidate | undefined, candidates: readonly Candidate[]): Candidate | undefined {
    if (source === undefined || this.grammar.joint(source, candidates)) return undefined;
    // "according to Erdogan’s spokesman": the owner of the source's description is not the source ("In
    // Kuleba’s words", "In Kuleba’s view" and "According to Erdogan’s claims" or "… statement" are theirs).
    if (
      /^[’']s\s/u.test(this.grammar.text.slice(source.end, source.end + 3)) &&
      !OWN_WORDS_AFTER.test(this.grammar.text.slice(source.end, source.end + 30))
    )
      return unknownSubject(source, source.label);
    return source;
  }

  /**
   * The source a sentence opens with ("According to Podolyak,", "According to him,"), and where the opening
   * ends. The source is the phrase's head: "According to the Ukrainian Pesident," names no one the compiler
   * knows; "According to a source in the Ukrainian delegation," is the source it opens with, not its party.
   */
  /**
   * "The Russian Foreign Ministry said … Foreign Minister Sergei Lavrov “confirmed Moscow's readiness …”": a
   * quote that opens with its own verb in the past, right after a person, gives that person's words as the
   * body reports them (tests/gold/README.md: a body's statement that reports its leader gives the leader's words).
   */
  private subjectOfQuotedVerb(
    text: string,
    quotation: Quotation,
    candidates: readonly Candidate[],
  ): Found | undefined {
    const first = this.grammar.tokens
      .slice(firstStartingAtOrAfter(this.grammar.tokens, startOf, quotation.start))
      .find((token) => !QUOTATION_MARK_TOKEN.test(token.text));
    if (first === undefined || first.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(first.text)) return undefined;
    const subject = candidates.findLast(
      (candidate) =>
        candidate.end <= quotation.start && /^\s*[“"]?$/u.test(text.slice(candidate.end, quotation.start)),
    );
    if (subject === undefined || typeof subject.speaker === 'string') return undefined;
    if (subject.speaker.type !== 'person' && subject.speaker.type !== 'named') return undefined;
    // "President Putin and Prime Minister Naftali Bennett “agreed to stay in touch”": the two together, no one alone.
    const joined = candidates.some(
      (other) =>
        other.end <= subject.start &&
        /^\s*(?:,|and|&)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(other.end, subject.start)),
    );
    if (joined) return undefined;
    return this.settle(subject, 'verb-before-quote');
  }

  /**
   * "According to him, Russia offered Ukraine a “concrete ceasefire”": a person the sentence opens by naming as
   * its source reports what a body did in it, as the body's words (tests/gold/README.md, "Quotes"), and what
   * another person said in words quoted inside the report ("According to Peskov, Putin has said that he is
   * “ready for contacts”"); a quote right after the other person's verb ("According to Kuleba, Lavrov said “…”")
   * is that person's own.
   */
  /**
   * Whether a quote follows its verb of saying at once, a comma or colon at most between ("Lavrov said “we are
   * ready”"): the verb's subject's own words, which a source that opens the sentence only reports.
   */
  private quotedRightAfterVerb(text: string, quotation: Quotation): boolean {
    const verbAt = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, quotation.start) - 1];
    return verbAt !== undefined && /^\p{L}+\s*[,:]?\s*$/u.test(text.slice(verbAt, quotation.start));
  }

  private personOpeningSource(
    text: string,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): Found | undefined {
    const source = this.openingSource(text, sentenceStart, candidates)?.source;
    if (source === undefined) return undefined;
    const found = this.settle(this.alone(source, candidates), 'according-to');
    return found?.speaker.type === 'person' || found?.speaker.type === 'named' ? found : undefined;
  }

  private openingSource(
    text: string,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): { source: Candidate | undefined; end: number } | undefined {
    // "According to X,", "In the words of X,", "In X’s words,": the source, and where the opening ends.
    const opening = OPENING_SOURCE.exec(text.slice(sentenceStart, sentenceStart + 100));
    const phrase = opening?.indices?.[1];
    if (opening === null || phrase === undefined) return undefined;
    const phraseStart = sentenceStart + phrase[0];
    const sourceEnd = sentenceStart + phrase[1];
    const source =
      spansStartingWithin(candidates, sentenceStart, sourceEnd).find(
        (candidate) =>
          candidate.end === sourceEnd &&
          !(
            typeof candidate.speaker !== 'string' &&
            candidate.speaker.type === 'party' &&
            this.grammar.ownsOrIsObject(candidate)
          ),
      ) ??
      spansStartingWithin(candidates, phraseStart, phraseStart + 1).find(
        (candidate) => typeof candidate.speaker !== 'string' && candidate.speaker.type === 'unnamed',
      ) ??
      this.documentSource(text.slice(phraseStart, sourceEnd), phraseStart, sourceEnd, candidates) ??
      objectPronoun(opening[1] ?? '', sourceEnd);
    return { source, end: sentenceStart + opening[0].length };
  }

  /**
   * "According to a Kremlin statement", "According to a statement the Kremlin put out": a document is its
   * author's words, the one party or person the phrase names; none when it names two or none.
   */
  private documentSource(
    phrase: string,
    start: number,
    end: number,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    if (!DOCUMENT_NOUN.test(phrase) && !OWN_WORDS_NOUN.test(phrase)) return undefined;
    const [author, other] = eachSpeakerOnce(
      spansStartingWithin(candidates, start, end).filter(
        (candidate) => candidate.end <= end && typeof candidate.speaker !== 'string',
      ),
      (candidate) => candidate.speaker as Speaker,
    );
    return other === undefined ? author : undefined;
  }

  /** `“…,” Kalin said` and `“…,” said a senior State Department official`. */
  private speakerAfter(
    text: string,
    quotation: Quotation,
    sentenceEnd: number,
    nextQuote: Quotation | undefined,
    candidates: readonly Candidate[],
  ): Found | undefined {
    const limit = Math.min(sentenceEnd, nextQuote?.start ?? sentenceEnd, quotation.end + WINDOW);
    const verbAt = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, quotation.end)];
    if (verbAt === undefined || verbAt >= limit) return undefined;
    // "“denazification”, two demands that Kyiv has long dismissed": the quote is what is judged.
    if (this.judging.has(verbAt)) return undefined;
    // A dash right after the quote is the attribution's, as translated copy prints it ("“…” – Medinsky said").
    const gap = text.slice(quotation.end, verbAt).replace(/^\s*,?\s*(?:--|—|–|-)\s*/u, ' ');
    // "and" joins clauses only with a verb in them: in "“…,” Ukrainian negotiator and presidential adviser
    // Mykhailo Podolyak said" it joins two titles of the subject.
    // ("“…,” and Lavrov said" opens a clause of its own.)
    // ("“…” in Donbas, and Ukraine confirmed that …": a comma before "and" ends the quote's clause.)
    const titlesJoined =
      !/^\s*,?\s*and\s/u.test(gap) &&
      !/,\s*and\s/u.test(gap) &&
      !/--|—|–|;|(?<![\p{L}])(?:while|whereas|although|though|but)(?![\p{L}])/u.test(gap) &&
      !spansStartingWithin(this.grammar.tokens, quotation.end, verbAt).some(
        (token) => token.pos === 'VERB' || token.pos === 'AUX',
      );
    if (CLAUSE_BREAK.test(gap) && !titlesJoined) return undefined;
    // "The diplomatic “offensive” is getting under way after Zelensky conceded …": a verb in a clause of time or
    // cause after the quote's own clause tells what happened, not who put the words.
    if (SUBORDINATE_AFTER_QUOTE.test(gap)) return undefined;
    // "After Orban's post about the “Christmas ceasefire,” Zelensky stated …": a quote in a phrase that opens the
    // sentence, closed by the comma after it, is no words of the clause that follows.
    const sentenceStart =
      this.grammar.sentenceStarts[firstAtOrAfter(this.grammar.sentenceStarts, quotation.start + 1) - 1] ?? 0;
    if (
      OPENING_PHRASE.test(text.slice(sentenceStart, quotation.start).replace(/[“"]\s*$/u, '')) &&
      (/^\s*,/u.test(gap) || quotation.text.trimEnd().endsWith(','))
    )
      return undefined;
    const quoted =
      this.grammar.quotedAs(verbAt, candidates) ??
      this.grammar.quotedPassive(text, verbAt, quotation.end, candidates);
    if (quoted) return this.settle(quoted, 'verb-after-quote');
    // "“…,” Erdogan was told by Zelensky": the agent, or nobody.
    const passive = this.grammar.passiveAgent(text, verbAt, candidates);
    if (passive) return this.settle(passive, 'verb-after-quote');
    // "“…,” Peskov said" with Peskov unknown to the knowledge: someone the compiler cannot name.
    if (this.unknownSubject(verbAt, candidates)) {
      // "“play a parody of negotiations” at the summit Switzerland has proposed, Lavrov said": a verb inside the
      // clause the quote goes on in (no comma between them) belongs to that clause; the one after its comma
      // attributes the quote.
      const comma = /^[^,;:“”"]*?,/u.exec(text.slice(verbAt, limit));
      if (!/^\s+\p{Ll}/u.test(gap) || /[,;:]/u.test(gap) || comma === null) return undefined;
      return this.speakerAfter(
        text,
        { ...quotation, end: verbAt + comma[0].length },
        sentenceEnd,
        nextQuote,
        candidates,
      );
    }
    const between = spansStartingWithin(candidates, quotation.end, verbAt).filter(
      (candidate) => candidate.end <= verbAt,
    );
    // ("“…” for people during Russian airstrikes, said a press release", "“…” to join Russia, said the President":
    // a party before another noun, or after a verb or a preposition, is in the phrase the quote goes on in.)
    const subjects = between.filter(
      (candidate, index) =>
        !this.grammar.ownsOrIsObject(candidate) &&
        !this.grammar.inApposition(candidate, between.slice(0, index), verbAt, quotation.end) &&
        !(
          isPartyCandidate(candidate) &&
          (this.grammar.modifiesNoun(candidate) || this.grammar.verbObject(candidate))
        ),
    );
    const last = between.at(-1);
    // "“…,” Russia’s ambassador to the US, Anatoly Antonov, said": as before a quote.
    const setOff = this.grammar.nameSetOff(text, between, verbAt);
    if (setOff) return this.settle(setOff, 'verb-after-quote');
    // "“…,” the Turkish mediator said": the party names whose the speaker is, not who; nobody the compiler knows.
    // ("“…,” a senior NATO official said": the party inside a description of a source is part of it.)
    const inDescription = (inner: Candidate) =>
      between.some((outer) => outer !== inner && outer.start <= inner.start && inner.end <= outer.end);
    if (
      last !== undefined &&
      !inDescription(last) &&
      this.grammar.modifiesNoun(last) &&
      /^[\s\p{L}’'-]*$/u.test(text.slice(last.end, verbAt))
    )
      return undefined;
    // ("“…,” Oleg Nikolenko, a spokesperson for the Ukrainian Foreign Affairs Ministry said": a party inside the
    // description set off after the name belongs to the description; the name is the subject.)
    const inSetOffDescription =
      last !== undefined &&
      between.some(
        (outer, index) =>
          outer !== last &&
          outer.start <= last.start &&
          last.end <= outer.end &&
          this.grammar.inApposition(outer, between.slice(0, index), verbAt, quotation.end),
      );
    // "…, “said President Zelenski’s adviser, Mihail Podoleac": a possessive after the verb owns the subject, is not it.
    const verbEnd = verbAt + (/^\p{L}+/u.exec(text.slice(verbAt, verbAt + 40))?.[0].length ?? 0);
    const following = spansStartingWithin(candidates, verbAt + 1, verbAt + 100);
    // "will hold “a working meeting and lunch” with Foreign Minister Sergei Lavrov, said Stephane Dujarric": a verb
    // right after a comma, a name right after it, is inverted; the names before the comma are in the quote's clause.
    // (Only a verb that takes no object inverts: "…, Yuri Ushakov, Putin’s aide, told Pavel Zarubin" is told to him.)
    const invertedAfterComma =
      INVERTING_VERBS.has(text.slice(verbAt, verbEnd).toLowerCase()) &&
      /,\s*$/u.test(text.slice(quotation.end, verbAt)) &&
      (this.grammar.unknownAfter(verbEnd, candidates) ||
        following.some(
          (candidate) =>
            isPersonCandidate(candidate) &&
            /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(verbEnd, candidate.start)),
        ));
    const before = invertedAfterComma
      ? undefined
      : last !== undefined && this.grammar.ownsOrIsObject(last) && !inSetOffDescription
        ? this.grammar.headOf(last, subjects, verbAt)
        : nearestSpeaker(subjects);
    // "“Will you meet Putin?” Tapper asked Zelensky": a subject the compiler cannot name stands before the verb, so
    // a name after it is its object, the one spoken to.
    if (
      before === undefined &&
      !invertedAfterComma &&
      this.grammar.tokens.some(
        (token) =>
          token.start >= quotation.end &&
          token.end <= verbAt &&
          (token.pos === 'PROPN' || token.pos === 'NOUN'),
      )
    )
      return undefined;
    if (before !== undefined && this.grammar.joint(before, candidates)) return undefined;
    // "said the head of the Ukrainian delegation, David Arakhamia": the name the description sets off.
    const described = following.find(
      (candidate) =>
        typeof candidate.speaker !== 'string' &&
        (candidate.speaker.type === 'person' || candidate.speaker.type === 'named') &&
        INVERTED_GAP.test(text.slice(verbEnd, candidate.start)) &&
        INVERTED_END.test(text.slice(candidate.end, candidate.end + 3)) &&
        // "said President Zelenski’s adviser, Mihail Podoleac": the owner is not the one who speaks.
        !/^[’']s/u.test(text.slice(candidate.end, candidate.end + 2)),
    );
    // "…,” said the Turkish Foreign Minister": an office right after the verb, read also as a title no one in the
    // knowledge holds, is the one an earlier sentence gave it to, when it did.
    const officeAfter = following.find(
      (candidate) =>
        candidate.office !== undefined &&
        INVERTED_GAP.test(text.slice(verbEnd, candidate.start)) &&
        INVERTED_END.test(text.slice(candidate.end, candidate.end + 3)),
    );
    if (before === undefined && described === undefined && officeAfter !== undefined) {
      const office = this.settle(officeAfter, 'verb-after-quote');
      if (office !== undefined) return office;
    }
    const describedAfter = INVERTING_VERBS.has(text.slice(verbAt, verbEnd).toLowerCase())
      ? PERSON_DESCRIBED_AFTER.exec(text.slice(verbEnd, verbEnd + 40))
      : null;
    const chosen =
      before ??
      described ??
      (this.grammar.unknownAfter(verbEnd, candidates)
        ? undefined
        : following
            .filter((candidate) => candidate.start < verbAt + 60)
            // "… and insisted that Belarus is …": a name in the clause the verb reports is no inverted subject.
            .filter((candidate) => !REPORTED_CLAUSE_OPENER.test(text.slice(verbEnd, candidate.start)))
            // "“…,” the conservative premier said after his meeting with Mr Trump": nor one a preposition of
            // company or time puts in a phrase after the verb.
            .filter((candidate) => !COMPANY_OR_TIME_BEFORE.test(text.slice(verbEnd, candidate.start)))
            // "“…,” said the NATO political chief at a press conference from Estonia": after a person described
            // right after the verb, its subject, only that description is; no name later in the sentence.
            .filter(
              (candidate) => describedAfter === null || candidate.start <= verbEnd + describedAfter[0].length,
            )
            // Not an owner ("said Putin’s adviser"), nor a name before a noun ("said the Zelensky chief of staff").
            .find(
              (candidate) =>
                !/^[’'](?:s(?![\p{L}])|\s)/u.test(text.slice(candidate.end, candidate.end + 2)) &&
                !this.grammar.modifiesNoun(candidate),
            ));
    // "…,” stressed Kremlin spokesman": a party before a person's noun names whose the speaker is, not who.
    if (chosen !== undefined && chosen !== before && this.grammar.modifiesNoun(chosen)) return undefined;
    // "“…” and accused Kyiv of blocking them": a verb "and" joins to the quote's clause shares that clause's subject,
    // and a name after it is its object, never a subject put after it ("and stated he was “…”": "he" opens the
    // clause the verb reports, whose subject is most often the speaker's own).
    if (
      chosen !== undefined &&
      chosen !== before &&
      chosen.speaker !== 'pronoun' &&
      /^\s*,?\s*and\s+(?:\p{Ll}+ly\s+)?$/u.test(gap)
    )
      return undefined;
    return this.settle(chosen, 'verb-after-quote');
  }

  /**
   * "Biden’s recent comment that Putin “…”", "Kuleba’s remarks – “Russia lies” – came after Lavrov said …":
   * the remark's owner speaks, unless a speech verb comes after the remark; `HELD` when the compiler cannot
   * name the owner ("Podolyak dismissed Peskov’s claim that …").
   * Only a remark the quote gives the content of ("comment that …", "promise to “…”", "remarks: “…”",
   * "statement — “…” —"): in
   * "Kuleba dismissed Lavrov’s remarks as “propaganda”" the word is the one who dismisses them, and a remark
   * with no punctuation before the quote is what a verb judges ("Kuleba called Lavrov’s statement “cynical”").
   */
  /**
   * The one a sentence opens with, when a verb of saying follows them at once ("Putin said.", "Lavrov stressed
   * that …", "He added"): a person or a party, settled; none for anyone else.
   */
  private openingSpeaker(
    text: string,
    sentenceStart: number,
    sentenceEnd: number,
    inSentence: readonly Candidate[],
  ): Found | undefined {
    const [first] = inSentence;
    // "Prime Minister Petr Fiala said.": the title before the name is part of the subject.
    if (
      first === undefined ||
      !/^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(sentenceStart, first.start))
    )
      return undefined;
    const verbAt = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, first.end)];
    if (verbAt === undefined || verbAt >= sentenceEnd) return undefined;
    if (!/^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(first.end, verbAt))) return undefined;
    return this.settle(first, 'verb-after-quote');
  }

  private remarkOwner(
    text: string,
    quotation: Quotation,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): Found | typeof HELD | undefined {
    const from = Math.max(sentenceStart, quotation.start - WINDOW);
    const before = text.slice(from, quotation.start);
    // "commented on the words of Vladimir Putin that the operation is conducted to “denazify …”": the owner named
    // after the remark, whose content the "that" clause gives.
    const ownerAfter = spansStartingWithin(candidates, from, quotation.start).find(
      (candidate) =>
        REMARK_OF.test(text.slice(Math.max(from, candidate.start - 60), candidate.start)) &&
        /^\s+that\s[^“”"]*$/u.test(text.slice(candidate.end, quotation.start)) &&
        !this.grammar.verbBetween(candidate.end, quotation.start),
    );
    if (ownerAfter !== undefined) return this.settle(ownerAfter, 'verb-before-quote');
    // The remark nearest the quote: in "Lavrov’s remarks come after Zelenskyy’s statement that he is ready to bring
    // peace “without delay”" the quote is the statement's.
    const remark = [...before.matchAll(POSSESSIVE_REMARKS)].at(-1);
    if (remark === undefined) return undefined;
    // "The Kremlin dismissed Zelensky’s remark that he was ready for talks as “empty words”": a quote after "as",
    // a verb of judging before the remark, is the judge's word for it, not the remark's content.
    if (
      /(?<![\p{L}])as\s+$/u.test(before) &&
      [...this.judging].some((verbAt) => verbAt >= sentenceStart && verbAt < from + remark.index)
    )
      return undefined;
    // "Podolyak’s reply came within the hour: “No.”": a clause about the remark, with no speech verb, then a colon.
    const content = /^(?:\s+(?:that|of|to)(?![\p{L}])|\s*[,:(–—]\s*$|\s+--?\s*$|[^“”"]*:\s*$)/u.test(
      before.slice(remark.index + remark[0].length),
    );
    const at = from + remark.index;
    // "Putin’s offer of a meeting in Moscow is “unacceptable”": an auxiliary after the remark makes the quote
    // what is said of the remark (by whoever reports it), not its content; a colon still opens the content
    // ("Medinsky’s message to Kyiv was clear: “…”").
    const remarkEnd = at + remark[0].length;
    if (
      /^\s+(?:of|to)(?![\p{L}])[^:]*$/u.test(before.slice(remark.index + remark[0].length)) &&
      spansStartingWithin(this.grammar.tokens, remarkEnd, quotation.start).some(
        (token) => token.end <= quotation.start && token.pos === 'AUX',
      )
    )
      return undefined;
    // "Kuleba’s statement said: “…”", "Podolyak’s tweet read": the remark is the speech verb's subject.
    const remarkSpeaks =
      /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|read|reads|stated|states|added|adds)(?![\p{L}])[^“”"]{0,40}$/u.test(
        before.slice(remark.index + remark[0].length),
      );
    if (!remarkSpeaks && (!content || this.grammar.verbBetween(at, quotation.start))) return undefined;
    const owner = spansStartingWithin(candidates, from, quotation.start).find(
      (candidate) => candidate.end === at,
    );
    // A colon gives the remark's content only where the remark opens the sentence ("Lavrov’s reply: “…”"); after
    // a verb it opens the subject's answer to it ("Zelensky dismissed Putin’s remarks: “…”").
    const ownerAt = owner?.start ?? at;
    // ("Asked about talks with Trump, Putin’s answer was plain: “Ready.”": an opening phrase's verb, before its
    // comma, is no verb of the remark's clause.)
    const clauseStart = Math.max(sentenceStart, text.lastIndexOf(',', ownerAt) + 1);
    const verbBeforeOwner = this.grammar.tokens.some(
      (token) => token.start >= clauseStart && token.end <= ownerAt && token.pos === 'VERB',
    );
    if (/:\s*$/u.test(before) && verbBeforeOwner) return undefined;
    // "Kuleba called Lavrov’s offer of talks “cynical”": a verb of naming makes the quote what it calls the remark,
    // in its subject's words, whatever the remark's "of" phrase says.
    if (NAMING_VERB_BEFORE.test(text.slice(clauseStart, ownerAt))) return undefined;
    // "Peskov repeated Russia’s claim that it was ready for talks “without preconditions”": a verb of saying again
    // makes the remark its subject's words too, who says it now.
    if (REPEATING_VERB_BEFORE.test(text.slice(clauseStart, ownerAt))) return undefined;
    return owner ? this.settle(owner, 'verb-before-quote') : HELD;
  }

  /**
   * `Prikk said: “…”`, `Kalin said Putin had additional demands that were “…”`; `HELD` when the verb's
   * subject is someone the compiler cannot name ("one of his aides said", "Peskov, who called it “…”").
   */
  private speakerBefore(
    text: string,
    quotation: Quotation,
    sentenceStart: number,
    outside: (start: number, end: number) => boolean,
    candidates: readonly Candidate[],
  ): Found | typeof HELD | undefined {
    const from = Math.max(sentenceStart, quotation.start - WINDOW);
    const before = text.slice(from, quotation.start);
    // "Medinsky said …, while the presidency confirmed its delegation was “on its way”": the quote is the
    // verb's of its own clause; a verb of an earlier clause does not reach past "while", "whereas" or ";".
    // ("He said that while this is a “hard path” …", "noted that, while the West …": a "while" right after "that",
    // its comma or none between, opens a clause inside the reported words, which the verb before still frames.)
    const clauseBreak = [...before.matchAll(/;|(?<![\p{L}])(?<!\bthat,?\s+)(?:while|whereas)(?![\p{L}])/gu)]
      .map((match) => from + match.index)
      .filter((at) => outside(at, at + 1))
      .at(-1);
    const verbs = this.grammar.verbs
      .slice(
        firstAtOrAfter(this.grammar.verbs, clauseBreak ?? from),
        firstAtOrAfter(this.grammar.verbs, quotation.start),
      )
      .filter((at) => outside(at, at + 1));
    const near = spansStartingWithin(candidates, from, quotation.start);
    const remark = this.remarkOwner(text, quotation, sentenceStart, candidates);
    if (remark !== undefined) return remark;
    // ("Slutsky also says according to the RIA news agency that both sides hope …": a source named after
    // "according to" is a channel, the subject of no verb.)
    const channel = (candidate: Candidate) =>
      /(?<![\p{L}])according to\s+(?:the\s+)?$/iu.test(
        text.slice(Math.max(0, candidate.start - 20), candidate.start),
      );
    // "As Priscila Yazbek reported, the ex-chancellor's interlocutors say …": a clause that opens the sentence by
    // naming who reported it names a channel, neither the main clause's subject nor its verb of saying.
    const asReported = AS_REPORTED_OPENING.exec(text.slice(sentenceStart, quotation.start));
    const channelVerbEnd =
      asReported !== null && verbs.some((at) => at >= sentenceStart + asReported[0].length)
        ? sentenceStart + asReported[0].length
        : undefined;
    const inChannelClause = (candidate: Candidate) =>
      channelVerbEnd !== undefined && candidate.start >= sentenceStart && candidate.start < channelVerbEnd;
    const subjectOfVerb = (verbAt: number) =>
      this.subjectOf(
        text,
        verbAt,
        from,
        [...near, ...spansStartingWithin(candidates, verbAt, verbAt + 60)].filter(
          (candidate) => !channel(candidate) && !inChannelClause(candidate),
        ),
      );
    const inOrder = [...verbs];
    for (const verbAt of verbs.reverse()) {
      if (channelVerbEnd !== undefined && verbAt >= sentenceStart && verbAt < channelVerbEnd) return HELD;
      if (insertedAttribution(text, verbAt, from, inOrder) && !this.grammar.clauseAfterVerb(text, verbAt))
        continue;
      // "He emphasized that whatever Trump has promised, “…”": a verb whose object is the "whatever" before its
      // subject ends its clause at the comma; the quote after is the clause around it's.
      if (
        FREE_RELATIVE_BEFORE.test(text.slice(Math.max(from, verbAt - 60), verbAt)) &&
        /^\p{L}+\s*,/u.test(text.slice(verbAt, quotation.start))
      )
        continue;
      // "Kuleba said that what Lavrov had said about a meeting is a “spit in the face”": a verb whose object is the
      // "what" before its subject is inside the subject of the clause the quote completes, and frames no quote.
      if (
        WHAT_CLAUSE_BEFORE.test(text.slice(Math.max(from, verbAt - 60), verbAt)) &&
        COPULA_BETWEEN.test(text.slice(verbAt, quotation.start))
      )
        continue;
      const subject = subjectOfVerb(verbAt);
      // "Medinsky and Arakhamia said": both, so neither alone.
      if (subject && this.grammar.joint(subject, candidates)) return undefined;
      if (subject?.speaker === 'group' && subject.unknown) return HELD;
      // "Medinsky said the talks went well, a view Podolyak did not share: “…”": a colon opens the words of
      // the clause it ends, whose subject here is someone else.
      const clauseSubject = subject && this.otherSubjectBeforeColon(text, quotation, verbAt, subject, near);
      if (clauseSubject)
        return this.settle(this.alone(clauseSubject, candidates), 'verb-before-quote') ?? HELD;
      // "Hebestreit stated that Scholz had … called on “…”": words quoted inside another's reported speech are
      // the reporter's (tests/gold/README.md, "Quotes").
      const reporter = subject && this.reporterOf(text, subject, verbAt, inOrder, subjectOfVerb);
      if (reporter) return this.settle(reporter, 'verb-before-quote');
      if (subject === undefined) continue;
      const own = this.forOwnSide(subject, verbAt, inOrder, subjectOfVerb);
      if (this.partyPastPerson(own, clauseBreak ?? sentenceStart, candidates)) return HELD;
      // ("Nations allied with Ukraine … argued that it needed “…”": nor is a party a preposition governs.)
      if (this.grammar.partyAfterPreposition(own)) return HELD;
      return this.settle(own, 'verb-before-quote');
    }
    return undefined;
  }

  /**
   * Whether a party taken for a verb's subject comes after a person in its clause ("Putin said, of the truce
   * the United States has proposed, that he had “…”"): the party is then more often inside the person's
   * clause (an object, a possessive, a relative clause) than its subject, and an uncertain speaker is left to
   * no one. On the dev parts of the 23 latest blind batches, each read by the compiler of its first sight
   * (`npm run eval:replay`), a party was right as the speaker 84 times in 122, a person 95 in 100; this
   * check, written into each of those compilers, took 10 wrong speakers and no right one.
   */
  private partyPastPerson(
    subject: Candidate,
    clauseStart: number,
    candidates: readonly Candidate[],
  ): boolean {
    if (!isPartyCandidate(subject)) return false;
    // "He cited what Russia has referred to as “…”": a party that names the words it calls something is their source.
    if (/(?<![\p{L}])what\s+$/iu.test(this.grammar.text.slice(Math.max(0, subject.start - 8), subject.start)))
      return false;
    return candidates.some(
      (candidate) =>
        candidate.start >= clauseStart &&
        candidate.end <= subject.start &&
        this.grammar.outsideQuotations(candidate.start, candidate.end) &&
        // "Lavrov: Kyiv said it was “ready”": a colon ends the clause the person is in.
        !this.grammar.text.slice(candidate.end, subject.start).includes(':') &&
        (isPersonCandidate(candidate) ||
          (candidate.speaker === 'pronoun' && !candidate.body && !candidate.document)),
    );
  }

  /**
   * The subject of an earlier verb of saying whose reported clause the subject of the verb at `verbAt` opens
   * ("X stated that Y …", "X said Y …"): nothing but "that" between that verb and the subject.
   */
  private reporterOf(
    text: string,
    subject: Candidate,
    verbAt: number,
    verbs: readonly number[],
    subjectOfVerb: (verbAt: number) => Candidate | undefined,
  ): Candidate | undefined {
    const outer = verbs.filter((at) => at < subject.start).at(-1);
    if (outer === undefined) return undefined;
    const token = this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, outer)];
    if (token === undefined || !REPORTING_CLAUSE_LEMMAS.has(token.lemma)) return undefined;
    const afterParticle = token.end + (REPORTING_PARTICLE.exec(text.slice(token.end))?.[0].length ?? 0);
    // ("Trump said on Tuesday that Zelenskyy had told him …": when the words were said, before "that".)
    const adverbial = TIME_BEFORE_THAT.exec(text.slice(afterParticle));
    const particleEnd = afterParticle + (adverbial?.[0].length ?? 0);
    const clauseFrom = particleEnd + (/^\s+that(?![\p{L}])/u.exec(text.slice(particleEnd))?.[0].length ?? 0);
    // The subject's title may come between: "pointed out that Ukrainian President Volodymyr Zelenskyy had …".
    const title = startingWithin(this.grammar.tokens, startOf, clauseFrom, subject.start);
    if (
      !/^\s/u.test(text.slice(particleEnd, clauseFrom + 1)) ||
      title.length > 4 ||
      !title.every((word) => ['PROPN', 'ADJ', 'DET', 'NOUN'].includes(word.pos))
    )
      return undefined;
    const reporter = subjectOfVerb(outer);
    // A body's statement ("the Kremlin said Putin had called …") tells its leader's words; a person reports their own,
    // a source the article does not name too ("One European diplomat noted that Macron stated that “…”").
    const unnamedPerson =
      reporter !== undefined &&
      typeof reporter.speaker !== 'string' &&
      reporter.speaker.type === 'unnamed' &&
      this.isOnePerson(reporter.speaker.key);
    // ("He added that Moscow insists on a “…”": "he" reports too, whoever the pronoun stands for.)
    const personPronoun =
      reporter?.speaker === 'pronoun' &&
      reporter.office === undefined &&
      reporter.body !== true &&
      reporter.document !== true &&
      /^(?:he|she)$/iu.test(reporter.label);
    if (
      reporter === undefined ||
      reporter === subject ||
      !(isPersonCandidate(reporter) || unnamedPerson || personPronoun)
    )
      return undefined;
    return verbAt > subject.end ? reporter : undefined;
  }

  /**
   * The subject of the clause a colon before a quote ends, when it is later than the speech verb at `verbAt`
   * and a person other than the verb's: a name that opens a clause and is no object, owner or modifier,
   * with a verb after it. The one such person: with two ("…, but Podolyak and Arakhamia disagreed:"), neither alone.
   */
  private otherSubjectBeforeColon(
    text: string,
    quotation: Quotation,
    verbAt: number,
    subject: Candidate,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    if (!/:\s*$/u.test(text.slice(Math.max(verbAt, quotation.start - 3), quotation.start))) return undefined;
    return candidates.find((candidate) => {
      if (candidate.start <= verbAt || candidate.end > quotation.start || !isPersonCandidate(candidate))
        return false;
      if (typeof subject.speaker !== 'string' && sameSpeaker(candidate.speaker as Speaker, subject.speaker))
        return false;
      // Only a clause of its own: "…, but Podolyak was more cautious:", "…, a view Podolyak did not share:";
      // not the verb's reported clause ("said that, in their view, Bennett makes a suitable mediator: “…”").
      if (!CLAUSE_OF_ITS_OWN.test(text.slice(verbAt, candidate.start))) return false;
      if (this.grammar.ownsOrIsObject(candidate) || this.grammar.modifiesNoun(candidate)) return false;
      // "the talks with Podolyak, Medinsky, and Arakhamia had gone well": a name listed with an object is one too.
      const listed = listedBefore(text, candidate, candidates);
      if (listed.some((other) => this.grammar.ownsOrIsObject(other) || this.grammar.modifiesNoun(other)))
        return false;
      return spansStartingWithin(this.grammar.tokens, candidate.end, quotation.start).some(
        (token) => token.pos === 'VERB' || token.pos === 'AUX',
      );
    });
  }

  /**
   * Whose words a sentence that only announces them means ("His words:", "In her words:"): the person a
   * "he" or "she" would refer to; none when the knowledge says the pronoun cannot be theirs.
   */
  private wordsAnnounced(sentence: string): { speaker: Speaker; label: string } | undefined {
    const match = WORDS_ANNOUNCED.exec(sentence.trim());
    const owner = match?.groups?.['owner'];
    if (owner === undefined) return undefined;
    const pronoun: Candidate = { start: 0, end: 0, speaker: 'pronoun', label: owner };
    return this.previousPerson((speaker) => this.fitsPronoun(pronoun, speaker));
  }

  /**
   * "Cavusoglu added that Turkey urged the two sides to “secure a cease-fire”": a state whose position a person
   * who speaks for it reports is that person speaking, when an earlier speech verb of the sentence is theirs.
   */
  private forOwnSide(
    subject: Candidate,
    verbAt: number,
    verbs: readonly number[],
    subjectOfVerb: (verbAt: number) => Candidate | undefined,
  ): Candidate {
    if (typeof subject.speaker === 'string' || subject.speaker.type !== 'party') return subject;
    const party = subject.speaker.id;
    for (const earlier of verbs.filter((at) => at < subject.start && at < verbAt).toReversed()) {
      const reporter = subjectOfVerb(earlier);
      if (reporter === undefined || typeof reporter.speaker === 'string') continue;
      if (reporter.speaker.type !== 'person') return subject;
      return this.partiesOf(reporter.speaker.id).has(party) ? reporter : subject;
    }
    return subject;
  }

  /**
   * Who a speech verb is said of. Usually the nearest candidate before it; but
   * when a comma closes an apposition or a relative clause right before the verb
   * ("Erdogan of Turkey, whose top diplomat has held calls with Lavrov and Kuleba,
   * said"), the subject is the first of its clause, ahead of the names the
   * apposition adds.
   */
  private subjectOf(
    text: string,
    verbAt: number,
    sentenceStart: number,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    const quoted = this.grammar.quotedAs(verbAt, candidates);
    if (quoted) return quoted;
    const passive = this.grammar.passiveAgent(text, verbAt, candidates);
    if (passive) return passive;
    // "…, officials said on Tuesday, calling it “…”": a participle after a speech verb's clause has its subject,
    // also after the clauses the verb reports ("It said that while …, no resident suffered, adding that “…”"),
    // and after a conjunction of time ("Moscow has said it suspended the deal, after accusing Kyiv of a “…”").
    if (/^\p{L}+ing(?![\p{L}])/u.test(text.slice(verbAt, verbAt + 30))) {
      // ("While the Kremlin reported a deadlock, Trump gave a more hopeful reading, calling the talks “…”": a
      // verb of saying inside a clause of time or contrast that opens the sentence is none of the main clause's,
      // whose subject the participle shares.)
      const opening = OPENING_CLAUSE.exec(text.slice(sentenceStart, verbAt));
      const clauseStart = sentenceStart + (opening?.[0].length ?? 0);
      const previous = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, verbAt) - 1];
      if (
        previous !== undefined &&
        previous >= clauseStart &&
        /^\p{L}+[^;.:“”"]{0,160},\s*(?:(?:after|before|while|when)\s+)?$/u.test(
          text.slice(previous, verbAt),
        ) &&
        // ("Lavrov agreed with what Rubio said, telling reporters": not a verb inside a "what" clause, an object.)
        !WHAT_CLAUSE_BEFORE.test(text.slice(Math.max(clauseStart, previous - 60), previous))
      )
        return this.subjectOf(text, previous, sentenceStart, candidates);
      // "The Kremlin on Monday rejected a report that Putin had held a call …, calling it “pure fiction.”": after
      // a clause with no verb of saying, the participle's subject is the sentence's, before its first verb.
      if (
        (previous === undefined || previous < clauseStart) &&
        /,\s*$/u.test(text.slice(Math.max(sentenceStart, verbAt - 3), verbAt))
      ) {
        const firstVerb = this.grammar.tokens.find(
          (token) => token.start >= clauseStart && (token.pos === 'VERB' || token.pos === 'AUX'),
        );
        // ("Russia’s ambassador in Washington, Anatoly Antonov, charged …, adding": the name set off before the
        // verb is the subject, not the owner of its description.)
        const setOff =
          firstVerb === undefined
            ? undefined
            : this.grammar.nameSetOff(
                text,
                candidates.filter(
                  (candidate) => candidate.start >= clauseStart && candidate.end <= firstVerb.start,
                ),
                firstVerb.start,
              );
        if (setOff !== undefined) return setOff;
        // (The whole of a subject, not a name inside it: "Russian media gave …, saying" is the media's.)
        const opener =
          firstVerb === undefined
            ? undefined
            : candidates.find(
                (candidate) =>
                  candidate.start >= clauseStart &&
                  candidate.end <= firstVerb.start &&
                  !this.grammar.ownsOrIsObject(candidate) &&
                  !candidates.some(
                    (other) =>
                      other.start <= candidate.start &&
                      candidate.end <= other.end &&
                      other.end - other.start > candidate.end - candidate.start,
                  ),
              );
        // ("Russian officials have spoken well of the plan, saying": a party before the subject's noun says whose
        // the subject is, not who; someone the compiler cannot name.)
        if (opener !== undefined && isPartyCandidate(opener) && this.grammar.modifiesNoun(opener))
          return unknownSubject(opener);
        if (opener !== undefined) return opener;
      }
    }
    // "A Kremlin statement said: “…”", "a Turkish readout from his call with Putin said": a side's document
    // that opens its clause gives the side's words, as "the Kremlin said in a statement" does.
    const issuer = candidates.find(
      (candidate) =>
        isPartyCandidate(candidate) &&
        candidate.start >= sentenceStart &&
        candidate.end <= verbAt &&
        SIDE_DOCUMENT_BEFORE_VERB.test(text.slice(candidate.end, verbAt)) &&
        DOCUMENT_OPENS_CLAUSE.test(text.slice(sentenceStart, candidate.start)),
    );
    if (issuer) return issuer;
    const quotedBefore = this.grammar.quotedPassive(text, verbAt, sentenceStart, candidates);
    if (quotedBefore) return quotedBefore;
    // "Kalin said Erdogan would repeat that offer to Putin and ask him to “give a chance”": a verb of saying
    // after "will", "would" or another modal tells of words not yet spoken, so its subject has not said them;
    // they are the words of the one who reports the plan, the subject of the sentence's verb of saying before
    // it, or of no one known. So is a hope another reports ("The Vatican's spokesman said Pope Francis hoped
    // the undertaking “can initiate paths of peace”"): it is told in the reporter's words.
    const verb = this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, verbAt)];
    const reporting = this.grammar.verbs[firstAtOrAfter(this.grammar.verbs, verbAt) - 1];
    const reported = reporting !== undefined && reporting >= sentenceStart;
    const unsaid =
      verb !== undefined &&
      verb.text.toLowerCase() === verb.lemma &&
      FUTURE_BEFORE.test(text.slice(Math.max(sentenceStart, verbAt - 120), verbAt));
    // ("The talks will offer a chance to discuss “…”, he said": with no reporter before it, a verb of saying told
    // ahead of time leaves its words to a reporting verb after them in the sentence.)
    const sentenceEnd =
      this.grammar.sentenceStarts[firstAtOrAfter(this.grammar.sentenceStarts, verbAt + 1)] ?? text.length;
    const reportedAfter = this.grammar.verbs.some(
      (at) => at > verbAt && at < sentenceEnd && this.grammar.outsideQuotations(at, at + 1),
    );
    if (unsaid && !reported && reportedAfter) return undefined;
    if (unsaid || (verb?.lemma === 'hope' && reported))
      return (
        (reported ? this.subjectOf(text, reporting, sentenceStart, candidates) : undefined) ??
        unknownSubject({ start: verbAt, end: verbAt })
      );
    // "Zelenskyy sent Putin a message saying …": a participle after a noun tells what the message says, whose
    // sender is the subject of the clause, not a name between (the one it was sent to).
    // ("with one official calling it “…”": a noun for a person is the participle's own subject.)
    if (
      /^\p{L}+ing(?![\p{L}])/u.test(text.slice(verbAt, verbAt + 30)) &&
      MESSAGE_NOUN.test(
        this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, verbAt) - 1]?.text ?? '',
      )
    ) {
      // ("On February 28, as the delegations met, Zelensky put out a statement calling for …": past a clause of
      // time or cause that opens the sentence, to its comma.)
      const opening = OPENING_CLAUSE.exec(text.slice(sentenceStart, verbAt));
      const clauseStart = sentenceStart + (opening?.[0].length ?? 0);
      const firstVerb = this.grammar.tokens.find(
        (token) => token.start >= clauseStart && (token.pos === 'VERB' || token.pos === 'AUX'),
      );
      if (firstVerb !== undefined && firstVerb.start < verbAt)
        return candidates.find(
          (candidate) =>
            candidate.start >= clauseStart &&
            candidate.end <= firstVerb.start &&
            isPersonCandidate(candidate) &&
            !this.grammar.ownsOrIsObject(candidate),
        );
    }
    // "remarks by Vladimir Medinsky, Russia’s chief negotiator, who earlier told state TV": the relative
    // pronoun's antecedent, the person named right before it, even as another's object.
    const relative = /,\s+who\s+(?:\p{L}+\s+)?$/u.exec(text.slice(Math.max(0, verbAt - 30), verbAt));
    if (relative !== null) {
      const comma = verbAt - relative[0].length;
      return (
        candidates.findLast(
          (candidate) =>
            candidate.end <= comma &&
            // right before the comma, or before an apposition that describes them ("…, a member of the Russian
            // delegation and the head of the Duma's foreign affairs committee, who stressed")
            /^(?:,[^,;“”"]{1,120})?\s*$/u.test(text.slice(candidate.end, comma)) &&
            typeof candidate.speaker !== 'string' &&
            candidate.speaker.type !== 'party',
        ) ?? unknownSubject({ start: comma, end: comma })
      );
    }
    // "Putin phoned Macron to say “…”", "Kuleba asked Lavrov to say …": an infinitive after a verb's object is
    // the subject's or the object's by the verb; the compiler does not tell which.
    if (/(?<![\p{L}])to\s+$/u.test(text.slice(Math.max(sentenceStart, verbAt - 4), verbAt))) {
      const nearest = candidates.findLast(
        (candidate) =>
          candidate.start >= sentenceStart && candidate.end <= verbAt && isPersonCandidate(candidate),
      );
      if (nearest !== undefined && this.grammar.verbObject(nearest)) return unknownSubject(nearest);
    }
    const leadStart = Math.max(sentenceStart, verbAt - WINDOW);
    const lead = text.slice(leadStart, verbAt);
    // "Kuleba did not say whether Zelensky would travel, but added:": the sentence's subject, not a later name.
    const coordinated = COORDINATED_BEFORE.test(lead)
      ? this.coordinatedSubject(text, verbAt, sentenceStart, candidates)
      : undefined;
    if (coordinated) return coordinated;
    // "Putin aide", "a Zelensky adviser": a name before a common noun modifies it and is no subject.
    // ("A source close to the Kremlin said": a name inside a source's description is not the subject either.)
    const subjects = candidates.filter(
      (candidate) =>
        candidate.start >= leadStart &&
        !this.grammar.modifiesNoun(candidate) &&
        !candidates.some(
          (outer) =>
            outer !== candidate &&
            typeof outer.speaker !== 'string' &&
            outer.speaker.type === 'unnamed' &&
            outer.start <= candidate.start &&
            candidate.end <= outer.end,
        ),
    );
    // A comma ends the lead also inside a closing quote mark: "… “from any aggression,” added Podolyak".
    if (!/,\s*[”"]?\s*$/u.test(lead)) {
      // "Medinsky said …, while the Ukrainian presidency confirmed …": the verb's subject is in its own clause.
      const breaks = [...lead.matchAll(CLAUSE_OPENERS)];
      const ownClause = leadStart + (breaks.at(-1)?.index ?? 0);
      const inOwnClause = subjects.filter(
        (candidate) => candidate.start >= ownClause && candidate.end <= verbAt,
      );
      const unknown = this.unknownSubject(verbAt, candidates);
      if (unknown) return unknown;
      // "Lavrov and Rubio talked by telephone, the Russian Foreign Ministry said": a state's body right before the
      // verb is its subject, though the state's name only qualifies the body's noun.
      const body = candidates.findLast(
        (candidate) =>
          isPartyCandidate(candidate) &&
          candidate.start >= ownClause &&
          candidate.end <= verbAt &&
          STATE_BODY_BEFORE_VERB.test(text.slice(candidate.end, verbAt)),
      );
      if (body !== undefined) return body;
      const before = inOwnClause.filter(
        (candidate, index) =>
          !this.grammar.ownsOrIsObject(candidate) &&
          !this.grammar.partyAfterPreposition(candidate) &&
          !this.grammar.inApposition(candidate, inOwnClause.slice(0, index), verbAt),
      );
      const last = inOwnClause.at(-1);
      if (last !== undefined && this.grammar.ownsOrIsObject(last))
        return this.grammar.headOf(last, before, verbAt);
      // A name right before the verb is its subject, a body too: "what Russia refers to as “…”", also with
      // auxiliaries and adverbs between ("what Russia has referred to as", "Moscow has repeatedly called").
      const adjacent = before.at(-1);
      if (adjacent !== undefined && this.grammar.onlyAuxiliariesBetween(adjacent.end, verbAt))
        return adjacent;
      return nearestSpeaker(before);
    }
    // "…, said Presidential Aide Vladimir Medinsky, who heads …": the subject follows the verb.
    const verbEnd = verbAt + (/^\p{L}+/u.exec(text.slice(verbAt, verbAt + 40))?.[0].length ?? 0);
    // Only a verb that takes no object inverts: in "…, accused the European Union of …" the name after it is its object.
    const verbWord = text.slice(verbAt, verbEnd).toLowerCase();
    // "A post from Pope Francis' account, which did not mention Ukraine by name, stated": a relative clause set
    // off right before the verb tells of the subject; no name inside it is the subject, and the clause the
    // subject is in opens before it ("Sergey Lavrov, who was already in Anchorage, emphasized"). A name before
    // such a clause is the subject, so the verb is no inverted one ("emphasized Moscow’s “…” position").
    const setOffRelative = /,\s+(?:which|who|whose)\s[^,;“”"]*,\s*$/u.exec(lead);
    const relativeStart = setOffRelative === null ? verbAt : leadStart + setOffRelative.index;
    const namedBeforeRelative =
      setOffRelative !== null &&
      /,\s+who\s/u.test(setOffRelative[0]) &&
      subjects.some((candidate) => candidate.end === relativeStart);
    const inverted = subjects.find(
      (candidate) =>
        !namedBeforeRelative &&
        INVERTING_VERBS.has(verbWord) &&
        candidate.start >= verbEnd &&
        candidate.start - verbEnd < 40 &&
        INVERTED_GAP.test(text.slice(verbEnd, candidate.start)) &&
        // "Kalin, Erdogan’s spokesman, said Putin was “…”": a name that goes on to a verb begins the reported clause.
        // ("Kyiv is ready, said Andriy Sybiha in a statement": a phrase of place, time or means after it does not.)
        (INVERTED_END.test(text.slice(candidate.end, candidate.end + 3)) ||
          INVERTED_PHRASE_AFTER.test(text.slice(candidate.end, candidate.end + 12))),
    );
    if (inverted) return inverted;
    // "…, said a spokesman for the President of Russia Dmytry Peskov": a person described after the verb is its
    // subject, though not one the compiler can name; nobody before the verb is.
    if (INVERTING_VERBS.has(verbWord) && PERSON_DESCRIBED_AFTER.test(text.slice(verbEnd, verbEnd + 40)))
      return { start: verbEnd, end: verbEnd, speaker: 'group', label: '' };
    const clauseBreaks = [...lead.slice(0, relativeStart - leadStart).matchAll(CLAUSE_OPENERS_INVERTED)];
    const clauseStart = leadStart + (clauseBreaks.at(-1)?.index ?? 0);
    const inClause = subjects.filter(
      (candidate) =>
        candidate.start >= clauseStart && candidate.end <= verbAt && candidate.start < relativeStart,
    );
    const setOff = this.grammar.nameSetOff(text, inClause, verbAt);
    if (setOff) return setOff;
    // "Zelensky’s adviser, Mykhailo Podolyak, said": the owner of the subject is not it; the name set off is.
    const free = inClause.filter((candidate) => !this.grammar.ownsOrIsObject(candidate));
    const first = inClause[0];
    if (first !== undefined && free.length === 0)
      return { start: first.start, end: first.end, speaker: 'group', label: first.label };
    return (
      free.find((candidate) => typeof candidate.speaker === 'string' || candidate.speaker.type !== 'party') ??
      free[0]
    );
  }

  /**
   * Whether the first verb of the sentence, before `before`, has for subject a name the compiler cannot
   * resolve ("Pope Francis acknowledged"; not "the encounter between the … ministers stayed").
   */
  private unknownSentenceSubject(before: number): boolean {
    const sentenceStart =
      this.grammar.sentenceStarts[firstAtOrAfter(this.grammar.sentenceStarts, before + 1) - 1] ?? 0;
    const verb = spansStartingWithin(this.grammar.tokens, sentenceStart, before).find(
      (token) => token.pos === 'VERB' && this.grammar.outsideQuotations(token.start, token.end),
    );
    const subject =
      verb === undefined ? undefined : this.unknownSubject(verb.start, this.grammar.sentenceCandidates);
    return (
      subject !== undefined &&
      this.grammar.tokens[firstStartingAtOrAfter(this.grammar.tokens, startOf, subject.start)]?.pos ===
        'PROPN'
    );
  }

  /**
   * A name right before the verb that the knowledge lacks and the language
   * layer did not take for a person's full name ("Peskov said" where the
   * article never gave his first name): someone speaks whom the compiler cannot
   * name, so no one else may be taken for the subject.
   */
  private unknownSubject(verbAt: number, candidates: readonly Candidate[]): Candidate | undefined {
    let index = firstStartingAtOrAfter(this.grammar.tokens, startOf, verbAt) - 1;
    while (this.grammar.tokens[index]?.pos === 'ADV' || this.grammar.tokens[index]?.pos === 'AUX') index -= 1;
    const token = this.grammar.tokens[index];
    if (token === undefined) return undefined;
    // "Putin at a meeting with the Security Council noted": a noun a preposition governs is no subject ("one of
    // his advisers stated" is: "of" is inside the subject; "an official contacted by the agency said" has one
    // the compiler cannot name).
    // (A name after a common noun begins a phrase of its own: "on the call Xi urged".)
    const phraseTags =
      token.pos === 'PROPN' ? ['PROPN', 'ADJ', 'DET'] : ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'];
    let phraseStart = index;
    while (phraseTags.includes(this.grammar.tokens[phraseStart - 1]?.pos ?? '')) phraseStart -= 1;
    const governing = this.grammar.tokens[phraseStart - 1];
    // ("with officials describing them as “…”": "with" and a participle make the noun the participle's subject.)
    const withParticiple =
      governing?.text.toLowerCase() === 'with' &&
      /^\p{L}+ing(?![\p{L}])/u.test(this.grammar.text.slice(verbAt, verbAt + 20));
    if (governing?.pos === 'ADP' && !['of', 'by'].includes(governing.text.toLowerCase()) && !withParticiple)
      return undefined;
    // "Foreign Minister Sergey V. Lavrov of Russia said": a name "of" joins to a person's name is where the
    // person is from (the rest of their title), no one else.
    if (
      governing?.text.toLowerCase() === 'of' &&
      candidates.some(
        (candidate) =>
          isPersonCandidate(candidate) &&
          /^\s*$/u.test(this.grammar.text.slice(candidate.end, governing.start)),
      )
    )
      return undefined;
    // "a few hours after one of his advisers stated": a noun for people before the verb is its subject.
    if (
      token.pos === 'NOUN' &&
      SPEAKING_NOUNS.has(token.text.toLowerCase()) &&
      !candidates.some((candidate) => candidate.start <= token.start && token.end <= candidate.end)
    )
      return unknownSubject(token, token.text);
    if (token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(token.text)) return undefined;
    // "Russia’s Foreign Ministry said": a body of a state, capitalised, is no unknown person.
    if (
      this.grammar.inKnownName(token) ||
      CALENDAR_WORDS.test(token.text) ||
      PARTY_BODIES.has(token.text.toLowerCase())
    )
      return undefined;
    if (candidates.some((candidate) => candidate.start <= token.start && token.end <= candidate.end))
      return undefined;
    // A surname alone that the article gave in full earlier is a known name ("Fomin said").
    if (this.unlisted.hasSurname(token.text)) return undefined;
    // "The Russian Ministry of Defence described": a state's body named with "of" is no unknown name either.
    let nameStart = index;
    while (
      this.grammar.tokens[nameStart - 1] !== undefined &&
      (this.grammar.tokens[nameStart - 1]?.pos === 'PROPN' ||
        /^(?:of|the)$/u.test(this.grammar.tokens[nameStart - 1]?.text ?? ''))
    )
      nameStart -= 1;
    if (this.grammar.tokens.slice(nameStart, index).some((word) => PARTY_BODIES.has(word.text.toLowerCase())))
      return undefined;
    return { start: token.start, end: token.end, speaker: 'group', label: token.text };
  }

  /**
   * Quotes of one sentence that the verb after a later one attributes: in
   * "states that “legally actively” protect Ukraine “from any aggression,”
   * added Podolyak" both are Podolyak's. Only with no speech verb between the
   * two quotes, and only for a quote no rule could give to anyone.
   */
  private shareLaterAttribution(sentenceQuotes: AttributedQuote[], from: number): void {
    for (let index = sentenceQuotes.length - 2; index >= from; index -= 1) {
      const quote = sentenceQuotes[index];
      const next = sentenceQuotes[index + 1];
      if (quote === undefined || next === undefined || quote.speaker !== undefined) continue;
      if (next.speaker === undefined || next.rule !== 'verb-after-quote') continue;
      if (isTitle(this.grammar.text, quote.quotation)) continue;
      if (this.grammar.verbBetween(quote.quotation.end, next.quotation.start)) continue;
      sentenceQuotes[index] = {
        quotation: quote.quotation,
        speaker: next.speaker,
        ...(next.label === undefined ? {} : { label: next.label }),
        rule: next.rule,
      };
    }
  }

  /**
   * The last speaker, when a quote that opens its sentence goes on with them: only
   * when that speaker spoke in this paragraph or the one before, and no verb
   * after the quote attributes it otherwise ("“…,” one read").
   */
  private continued(quotation: Quotation, sentenceEnd: number): Found | undefined {
    const last = this.lastSpeaker;
    if (last === undefined || last.paragraph < this.paragraph - 1) return undefined;
    // Up to the sentence's real end: a "!" inside the quote ("Stop! Remember …") is not it.
    const stop = /[.!?](?=\s|$)/u.exec(this.grammar.text.slice(quotation.end, quotation.end + WINDOW));
    // A quote whose words close its sentence ("“… this meeting.” Lavrov said nothing …") is all of it: the
    // next sentence is another's, unless it is an attribution and nothing more ("“… this meeting.” Medinsky said.").
    if (/[.!?]$/u.test(quotation.text.trimEnd()) && quotation.end >= sentenceEnd) {
      const nextEnd = stop === null ? this.grammar.text.length : quotation.end + stop.index;
      return this.grammar.attributionAlone(quotation.end, nextEnd) || this.opensWithAttribution(quotation.end)
        ? undefined
        : { speaker: last.speaker, label: last.label, rule: 'continued-quote' };
    }
    const clauseEnd = stop === null ? sentenceEnd : Math.max(sentenceEnd, quotation.end + stop.index);
    let attributedAfter = false;
    for (let index = firstStartingAtOrAfter(this.grammar.tokens, startOf, quotation.end); ; index += 1) {
      const token = this.grammar.tokens[index];
      if (token === undefined || token.end > clauseEnd) break;
      if (token.pos === 'VERB') {
        attributedAfter = true;
        break;
      }
    }
    return attributedAfter
      ? undefined
      : { speaker: last.speaker, label: last.label, rule: 'continued-quote' };
  }

  /**
   * Whether the sentence right after `from` opens as the attribution of the quote before it, a comma turned
   * into a full stop ("“… territorial gains.” PM Fiala stated, observing that …"): capitalised words, a verb of
   * saying, then a comma, a stop or a phrase of time or place, not a clause of what was said ("Fiala said that
   * …" may be the next statement).
   */
  private opensWithAttribution(from: number): boolean {
    const opening = ATTRIBUTION_OPENING.exec(this.grammar.text.slice(from, from + WINDOW));
    if (opening === null) return false;
    const verbAt = from + (opening[1] ?? '').length;
    return this.grammar.verbs.includes(verbAt);
  }

  private settle(candidate: Candidate | undefined, rule: AttributionRule): Found | undefined {
    if (candidate === undefined) return undefined;
    if (candidate.speaker === 'group') return undefined;
    if (candidate.speaker !== 'pronoun') return { speaker: candidate.speaker, label: candidate.label, rule };
    if (candidate.body) {
      // "Russia set conditions on Ukraine for halting what it calls a “…”": a party earlier in the sentence, not
      // one after a preposition, is what "it" means; two such leave it to neither.
      const earlier = this.grammar.sentenceCandidates.filter(
        (other) =>
          other.end <= candidate.start &&
          typeof other.speaker !== 'string' &&
          other.speaker.type === 'party' &&
          !AFTER_PREPOSITION.test(this.grammar.text.slice(Math.max(0, other.start - 20), other.start)) &&
          // "sat down with Li Hui, China’s special representative, for a talk, it said": a state's possessive
          // that opens an apposition describes the person before it; it is no subject "it" may mean.
          !(
            /,\s*$/u.test(this.grammar.text.slice(Math.max(0, other.start - 3), other.start)) &&
            /^[’']s(?![\p{L}])/u.test(this.grammar.text.slice(other.end, other.end + 3))
          ),
      );
      // "Russia invaded Ukraine … in what it calls a “…”": of two, the one a verb follows is the clause's subject;
      // the other is its object. "Ukraine and Russia met": both are.
      const subjects = earlier.filter((other, index) => {
        let last = other;
        for (const next of earlier.slice(index + 1)) {
          if (!/^\s*(?:,\s*)?(?:and|or|,)\s*$/u.test(this.grammar.text.slice(last.end, next.start))) break;
          last = next;
        }
        return this.grammar.verbFollows(last.end);
      });
      const parties = new Map(
        (subjects.length > 0 ? subjects : earlier).flatMap((other) =>
          typeof other.speaker !== 'string' && other.speaker.type === 'party'
            ? [[other.speaker.id, { speaker: other.speaker, label: other.label }]]
            : [],
        ),
      );
      // "…that Ukraine could win, insisting that Moscow would carry on with what it calls its “…”": of several, the
      // nearest subject, when no comma or other break stands between it and "it", is the clause's own.
      const nearest = (subjects.length > 0 ? subjects : earlier).at(-1);
      if (
        parties.size > 1 &&
        nearest !== undefined &&
        typeof nearest.speaker !== 'string' &&
        nearest.speaker.type === 'party' &&
        !/[,;:–—()]/u.test(this.grammar.text.slice(nearest.end, candidate.start))
      )
        return { speaker: nearest.speaker, label: nearest.label, rule: 'pronoun' };
      if (parties.size > 1) return undefined;
      const [inSentence] = parties.values();
      if (inSentence !== undefined) return { ...inSentence, rule: 'pronoun' };
      const party = this.lastPartySubject;
      if (party === undefined || party.paragraph < this.paragraph - 1) return undefined;
      return { speaker: party.speaker, label: party.label, rule: 'pronoun' };
    }
    if (candidate.document) {
      const author = this.documentAuthor;
      return author === undefined || author.paragraph < this.paragraph - 1
        ? undefined
        : { speaker: author.speaker, label: author.label, rule: 'pronoun' };
    }
    if (candidate.onlyPerson) return this.onlyPersonLately(candidate.start, candidate.side);
    // "Biden said Monday that he was voicing … when he said …": a person earlier in the sentence comes first.
    // The nearest such person: "…, while the Russian negotiator Vladimir Medinsky said he hoped …".
    // ("Lavrov, he said, “sounded less certain”": a name right before the pronoun's comma is what it speaks of.)
    // "She told reporters" is no one the knowledge says is referred to as "he", and the reverse.
    const fits = (speaker: Speaker) => this.fitsPronoun(candidate, speaker);
    // "Medinsky met Podolyak. “…,” the 50-year-old said": either may be fifty; "he" would be the subject. But
    // "Lavrov said a meeting of Putin and Zelensky was “…”. “…,” the 72-year-old said" goes on with the speaker.
    const speaking = this.lastSpeaker;
    const goesOn = (speaker: Speaker) =>
      speaking !== undefined &&
      speaking.paragraph >= this.paragraph - 1 &&
      sameSpeaker(speaking.speaker, speaker);
    const ambiguous = candidate.epithet === true && this.peopleLately(candidate.start) > 1;
    // A person earlier in the sentence who is no owner of a noun: the subject a possessive name follows.
    const subjectBefore = (owner: Candidate) =>
      this.grammar.sentenceCandidates.some(
        (other) =>
          other.end <= owner.start &&
          typeof other.speaker !== 'string' &&
          (other.speaker.type === 'person' || other.speaker.type === 'named') &&
          !/^[’']s(?![\p{L}])/u.test(this.grammar.text.slice(other.end, other.end + 3)),
      );
    const earlierPeople = this.grammar.sentenceCandidates.filter(
      (other) =>
        other.end <= candidate.start &&
        typeof other.speaker !== 'string' &&
        (other.speaker.type === 'person' || other.speaker.type === 'named') &&
        fits(other.speaker) &&
        // "Orban, a long-standing Trump ally, … what he called": a name that modifies a noun is no one "he" means.
        !this.grammar.modifiesNoun(other) &&
        // "Guterres said he and Zelensky had held talks on Mariupol, which he described as “…”": the one listed
        // with a pronoun is not the one the pronoun, and the "he" after it, stand for.
        !listedWithPronoun(this.grammar.text, other) &&
        !/^\s*,\s*$/u.test(this.grammar.text.slice(other.end, candidate.start)) &&
        // "remarks about Zelenskyy, whom he called a “dictator”": the one a relative "whom" stands for is the
        // object of its clause, not the "he" who speaks in it.
        !/^\s*,?\s*whom?\s*$/u.test(this.grammar.text.slice(other.end, candidate.start)) &&
        // "Lavrov recalled Zelensky’s appeals, as he put it, “…”": the owner of a noun is not the subject "he" means.
        !(
          /^[’']s(?![\p{L}])/u.test(this.grammar.text.slice(other.end, other.end + 3)) && subjectBefore(other)
        ) &&
        // "Putin’s press secretary said: “…,” he assured": the owner of a person's role is not that person.
        !OWNER_OF_ROLE.test(this.grammar.text.slice(other.end, candidate.start)) &&
        // "After meetings —with Zelensky in Kyiv and with the foreign minister, Lavrov, in Moscow— he concludes": a
        // person inside an aside that dashes set off before "he" is not the subject "he" stands for.
        !this.insideDashedAside(other, candidate.start) &&
        // "Of a meeting he had with Putin in Normandy, he said: “…”", "In a call with Erdogan, he stressed": the
        // object of a preposition in the phrase that ends right before "he" is not the subject "he" stands for.
        !(
          OBJECT_OF.test(this.grammar.text.slice(Math.max(0, other.start - 12), other.start)) &&
          /,\s*$/u.test(this.grammar.text.slice(other.end, candidate.start)) &&
          !this.grammar.verbBetween(other.end, candidate.start)
        ),
    );
    // "Zelenskyy challenged Putin to meet him; he asked …": a verb's object is not the one "he" means when a
    // person before it is no object.
    const nearest = earlierPeople.at(-1);
    // "Macron asked Putin about the talks, and he replied …": the one a verb of asking has for its object is
    // the one who replies; with any other verb after the pronoun, either may be meant.
    if (nearest !== undefined && typeof nearest.speaker !== 'string' && this.grammar.verbObject(nearest)) {
      const sentenceStart =
        this.grammar.sentenceStarts[firstAtOrAfter(this.grammar.sentenceStarts, nearest.start + 1) - 1] ?? 0;
      const verbBefore = spansStartingWithin(this.grammar.tokens, sentenceStart, nearest.start).findLast(
        (token) => token.pos === 'VERB' || token.pos === 'AUX',
      );
      if (verbBefore !== undefined && ASKING_LEMMAS.has(verbBefore.lemma)) {
        if (!REPLY_AFTER.test(this.grammar.text.slice(candidate.end, candidate.end + 30))) return undefined;
        return { speaker: nearest.speaker, label: nearest.label, rule: 'pronoun' };
      }
    }
    const earlier =
      nearest !== undefined && this.grammar.verbObject(nearest)
        ? (earlierPeople.findLast((other) => !this.grammar.verbObject(other)) ?? nearest)
        : nearest;
    // "The Russian leader also gave Trump “a description of the situation,” he added": a pronoun right after the
    // quote that ends a clause with a person for its subject reports that clause, so "he" is whoever reports it,
    // the one who spoke lately, not the clause's subject.
    // (Not when a verb of saying frames the quote: "the chancellor said “…,” he added" goes on with the chancellor.)
    const clauseToQuote = /^([^“”"]*)[“"][^“”"]*[”"]\s*,?\s*$/u.exec(
      earlier === undefined ? '' : this.grammar.text.slice(earlier.end, candidate.start),
    );
    if (
      earlier !== undefined &&
      typeof earlier.speaker !== 'string' &&
      /^(?:he|she)$/iu.test(candidate.label) &&
      clauseToQuote !== null &&
      // (The quote inside the clause, a word right before it: after a colon or a comma, "Rutte was blunt, “…,”
      // he said" and "… spoke to Putin in a video: “…,” he said", the clause introduces the speaker's words.)
      /\p{L}\s*$/u.test(clauseToQuote[1] ?? '') &&
      !SPEECH_VERB_IN.test(clauseToQuote[1] ?? '')
    ) {
      const reporter = speaking;
      const clauseSubject = earlier.speaker;
      return reporter !== undefined &&
        reporter.paragraph >= this.paragraph - 1 &&
        !sameSpeaker(reporter.speaker, clauseSubject) &&
        fits(reporter.speaker)
        ? { speaker: reporter.speaker, label: reporter.label, rule: 'pronoun' }
        : undefined;
    }
    // "Kuleba and Cavusoglu spoke; he said …": either may be "he".
    if (
      earlier !== undefined &&
      listedWith(this.grammar.text, earlier, this.grammar.sentenceCandidates).some(
        (other) => typeof other.speaker !== 'string' && fits(other.speaker),
      )
    )
      return undefined;
    const replies = REPLY_AFTER.test(this.grammar.text.slice(candidate.end, candidate.end + 30));
    // "On Sunday, Pope Francis acknowledged that … what he has described as the “massacre”": the sentence's
    // subject is someone the compiler cannot name, whom "he" means rather than a person of an earlier sentence.
    // ("BelTA quoted him as saying": an object pronoun is the one its verb's subject speaks of.)
    if (
      earlier === undefined &&
      !replies &&
      /^(?:he|she)$/iu.test(candidate.label) &&
      this.unknownSentenceSubject(candidate.start)
    )
      return undefined;
    const person =
      earlier && typeof earlier.speaker !== 'string'
        ? { speaker: earlier.speaker, label: earlier.label }
        : replies
          ? this.replier()
          : this.previousPerson(fits);
    // "the minister" is the one person named lately whom the knowledge gives that office: the person last spoken
    // of, or another ("Lavrov met Cavusoglu. “…,” the Turkish minister said"); none when two hold it ("Lavrov
    // spoke first, then Kuleba. “…,” the minister said").
    if (candidate.office !== undefined) {
      const office = candidate.office;
      // "The president later said he would meet Putin. “…,” the president said": the same office as a subject
      // the compiler could not resolve lately is that unknown person again, not a holder named since.
      const unresolved = this.unresolvedOffice;
      if (
        unresolved !== undefined &&
        unresolved.paragraph >= this.paragraph - 1 &&
        office.split(' ').at(-1) === unresolved.head
      )
        return undefined;
      const holders = this.describedPeople
        .fitting('', this.paragraph, candidate.start, sameSpeaker, false)
        .filter((other) => this.holdsOffice(other.speaker, office));
      // "Erdogan said he was ready to host Putin and Zelensky. “…,” the president said": of several holders
      // named lately, the one who has just spoken goes on.
      const speakingHolder = holders.find((holder) => goesOn(holder.speaker));
      if (holders.length > 1 && speakingHolder !== undefined)
        return { speaker: speakingHolder.speaker, label: candidate.label, rule: 'pronoun' };
      if (holders.length > 1) return undefined;
      if (person !== undefined && this.holdsOffice(person.speaker, office)) {
        // "US President Donald Trump … was asked about Putin. “…,” the president responded": another holder
        // named lately, the article's own, may be meant as well: neither is named.
        const [holder] = holders;
        if (holder !== undefined && !sameSpeaker(holder.speaker, person.speaker)) return undefined;
        return { ...person, rule: 'pronoun' };
      }
      // "Trump said any deal would involve “…”. ¶ The president insisted …": an office named with no country, when
      // the subject of the sentences before is one the knowledge does not have and the article gave no office,
      // may be theirs.
      const lately = this.lastPersonSubject;
      if (
        holders.length === 0 &&
        lately !== undefined &&
        lately.paragraph >= this.paragraph - 1 &&
        this.mayHoldUnknownOffice(lately.speaker, office)
      )
        return undefined;
      // "Kuleba arrived in Brussels. … (two paragraphs on) “…,” the foreign minister said": with no holder named
      // lately, the one the article named earlier; two leave it to neither.
      const [holder, other] = holders.length > 0 ? holders : this.earlierHolders(office, candidate.start);
      // "Podolyak said … “…,” the adviser said": an office any official may hold, which no one named was given.
      if (holder === undefined && GENERIC_ROLE.test(office))
        return this.onlyPersonLately(candidate.start, undefined, ANY_LEADER_ROLE.test(office));
      if (holder === undefined || other !== undefined) return undefined;
      return { speaker: holder.speaker, label: candidate.label, rule: 'pronoun' };
    }
    if (person === undefined || !fits(person.speaker)) return undefined;
    if (ambiguous && !goesOn(person.speaker)) return undefined;
    // "Kuleba said … ¶ The 87-year-old pope had been asked …": an epithet by age with a role names someone of
    // that role, whom the person last spoken of may not be.
    const role = candidate.epithet === true ? epithetRole(candidate.label) : undefined;
    if (role !== undefined && !this.holdsOffice(person.speaker, role)) return undefined;
    // Whether "he" reaches back to the paragraph before: no name earlier in the sentence, no reply, and no sentence
    // of the quote's own paragraph with that person for its subject ("Prikk was blunter. “…,” he said" is Prikk's).
    const fromBefore =
      earlier === undefined &&
      !replies &&
      !this.personSubjects.some(
        (subject) =>
          subject.paragraph === this.paragraph &&
          subject.speaker !== undefined &&
          sameSpeaker(subject.speaker, person.speaker),
      );
    // "Zelensky has said he is open to compromise. … Putin now wants Ukraine to recognise them. ¶ He said “…”": the
    // last subject, of the paragraph before, never spoke lately, and someone else "he" fits did: either may be meant.
    if (fromBefore && this.spokeInsteadLately(person.speaker, fits)) return undefined;
    // "… Zelensky said, and he also called for …. The talks will be held on Tuesday, Peskov said. ¶ In an
    // earlier speech, he said that “…”": two people "he" fits were each the subject of a sentence lately and
    // spoke: either may be meant, so neither is named.
    if (
      fromBefore &&
      this.speakersLately.some(
        (spoke) =>
          spoke.paragraph >= this.paragraph - 1 &&
          !sameSpeaker(spoke.speaker, person.speaker) &&
          (spoke.speaker.type === 'person' || spoke.speaker.type === 'named') &&
          fits(spoke.speaker) &&
          this.personSubjects.some(
            (subject) =>
              subject.paragraph >= this.paragraph - 1 &&
              subject.speaker !== undefined &&
              sameSpeaker(subject.speaker, spoke.speaker),
          ),
      )
    )
      return undefined;
    return { ...person, rule: 'pronoun' };
  }

  /**
   * The one person named lately (in this paragraph before a place, or the one before, in a phrase too, or
   * the subject of a sentence there), whom a role any official may be given refers back to; none when
   * there were two, or when the one is a head of state or government (OFFICE_EQUIVALENTS), whom no one
   * calls "the adviser" (`leaderToo` for a role one may be given, "the politician").
   */
  private onlyPersonLately(before: number, side?: string, leaderToo = false): Found | undefined {
    const named = this.describedPeople
      .fitting('', this.paragraph, before, sameSpeaker, true)
      .map((person) => ({ speaker: person.speaker, label: person.label }));
    const subject = this.personSubjects.at(-1);
    const people = [
      ...named,
      ...(subject?.speaker !== undefined &&
      subject.label !== undefined &&
      subject.paragraph >= this.paragraph - 1
        ? [{ speaker: subject.speaker, label: subject.label }]
        : []),
    ];
    // "the official" is never a head of state or government, so one named beside the official is no other
    // candidate ("Putin will host them, Presidential Aide Yury Ushakov said. “…,” the official said").
    const head = (speaker: Speaker) =>
      ['head of state', 'head of government'].some((office) => this.holdsOffice(speaker, office));
    // ("the politician" may be a president: "Serbian President Aleksandar Vucic … “…,” the politician wrote".)
    const [person, other] = eachSpeakerOnce(people, (found) => found.speaker).filter(
      (found) => leaderToo || !head(found.speaker),
    );
    if (person === undefined || other !== undefined) return undefined;
    if (person.speaker.type !== 'person' && person.speaker.type !== 'named') return undefined;
    // "the senior Russian official": only one the article or the knowledge gives that side.
    if (side !== undefined && !this.holdsOffice(person.speaker, side)) return undefined;
    return { ...person, rule: 'pronoun' };
  }

  /** How many people the sentence before and this one up to a place name, each once. */
  private peopleLately(before: number): number {
    const people = [
      ...this.previousSentencePeople.map((person) => person.speaker),
      ...this.grammar.sentenceCandidates.flatMap((other) =>
        other.end <= before && isPersonCandidate(other) && typeof other.speaker !== 'string'
          ? [other.speaker]
          : [],
      ),
    ];
    return eachSpeakerOnce(people, (speaker) => speaker).length;
  }

  /**
   * Someone said the last words, but whose is uncertain: a quote that goes on after them ("“…” (new
   * paragraph) “…”") is no earlier speaker's, and no one's certain either.
   */
  private uncertainSpeech(): void {
    this.lastSpeaker = undefined;
    this.uncertainAt = this.paragraph;
  }

  /** Takes a person named as a speaker for the source the paragraph before introduced, if that is who they are. */
  private identifyIntroduced(person: { speaker: Speaker; label: string }): void {
    const { speaker } = person;
    if (speaker.type !== 'person' && speaker.type !== 'named') return;
    const firstNamed = this.describedPeople.firstNamed(speaker, sameSpeaker);
    // Someone named before the description was not introduced by it.
    const introduced = this.sources
      .introducedIn(this.paragraph - 1)
      .filter(
        (source) =>
          firstNamed === undefined ||
          firstNamed.paragraph > source.paragraph ||
          (firstNamed.paragraph === source.paragraph && firstNamed.start > source.start),
      );
    const described = this.describedPeople.wordsOf(speaker, sameSpeaker);
    const known = speaker.type === 'person';
    const parties = known
      ? this.partiesOf(speaker.id)
      : new Set([...described].flatMap((word) => (word.startsWith('party:') ? [word.slice(6)] : [])));
    const offices = new Set(known ? [...this.officeWordsOf(speaker.id)].map(normalised) : []);
    const source = identifiedSource(introduced, { known, parties, offices, described });
    if (source !== undefined && !this.identified.has(source.source.key))
      this.identified.set(source.source.key, { speaker, label: person.label });
  }

  private markSpeaking(speaker: Speaker): void {
    if (speaker.type !== 'unnamed') return;
    this.sources.markSpeaking(speaker.key);
  }

  /** The person or named subject of the last speech verb of a sentence that has one, outside quotations. */
  private lastPersonOfVerbs(
    text: string,
    sentenceStart: number,
    sentenceEnd: number,
    outside: (start: number, end: number) => boolean,
    candidates: readonly Candidate[],
  ): { speaker: Speaker; label: string } | undefined {
    const verbs = this.grammar.verbs
      .slice(
        firstAtOrAfter(this.grammar.verbs, sentenceStart),
        firstAtOrAfter(this.grammar.verbs, sentenceEnd),
      )
      .filter((at) => outside(at, at + 1));
    for (const verb of verbs.toReversed()) {
      const subject = this.subjectOf(text, verb, sentenceStart, candidates);
      if (subject === undefined || typeof subject.speaker === 'string') continue;
      if (subject.speaker.type === 'person' || subject.speaker.type === 'named')
        return { speaker: subject.speaker, label: subject.label };
    }
    return undefined;
  }

  /**
   * Everyone the article named before a place who holds an office, by its description or the knowledge: whom
   * "the foreign minister" refers back to when no one named lately holds it. Those named in a phrase count too
   * ("talks with Lavrov"), so that one spoken of since makes it two.
   */
  /** Whether a candidate stands inside an aside that dashes set off and that closes before `before`. */
  private insideDashedAside(candidate: Candidate, before: number): boolean {
    const text = this.grammar.text;
    const sentenceStart =
      this.grammar.sentenceStarts[firstAtOrAfter(this.grammar.sentenceStarts, candidate.start + 1) - 1] ?? 0;
    const dashesBefore = (text.slice(sentenceStart, candidate.start).match(/[—–]/gu) ?? []).length;
    return dashesBefore % 2 === 1 && /[—–]/u.test(text.slice(candidate.end, before));
  }

  /** Whether a person the knowledge does not have, given no office by the article, may hold an office no country names. */
  private mayHoldUnknownOffice(speaker: Speaker, office: string): boolean {
    return (
      speaker.type === 'named' &&
      !GENERIC_ROLE.test(office) &&
      this.partyOf(office) === undefined &&
      this.describedPeople.wordsOf(speaker, sameSpeaker).size === 0
    );
  }

  private earlierHolders(office: string, before: number) {
    return this.describedPeople
      .fitting('', this.paragraph, before, sameSpeaker, true, Infinity)
      .filter((person) => this.holdsOffice(person.speaker, office));
  }

  private holdsOffice(speaker: Speaker, office: string): boolean {
    // "Deputy Defence Minister Alexander Fomin said … “…,” the deputy minister said": the office the article gave them
    // ("US President Donald Trump … “…,” the US leader said": a leader is a president or a prime minister. The
    // other equivalents stay the knowledge's: the words an article gives "the adviser to the head of the President's
    // Office" hold "president", but name no head of state.)
    const offices = / leader /u.test(` ${office} `) ? equivalentOffices(office) : [office];
    if (offices.some((each) => this.describedPeople.describes(speaker, each, sameSpeaker))) return true;
    // "Pope Francis … “…,” the pontiff said": a pope, whose name the compiler gives with the title.
    if (speaker.type === 'named' && /^(?:pope|pontiff)$/u.test(office))
      return speaker.name.startsWith('Pope ');
    if (speaker.type !== 'person') return false;
    // "ukrainian minister": every word of the office, the country's too, in any of its names ("the Ankara
    // spokesman" is the Turkish presidential spokesman).
    const fold = (word: string) => this.describedPeople.fold(word);
    const words = new Set([
      ...[...this.officeWordsOf(speaker.id)].map(fold),
      ...[...this.partiesOf(speaker.id)].map((party) => `party:${party}`),
    ]);
    const holds = (wanted: readonly string[]) => wanted.every((word) => words.has(fold(word)));
    // "the top diplomat" is a foreign minister, a foreign secretary or a secretary of state; "the head of
    // state" a president. The office's other words ("Russian") still count.
    return equivalentOffices(office).some((each) => holds(each.split(' ')));
  }

  /** Where a person subject stands among the sentence's candidates; none for a subject that is no person. */
  private personSubjectCandidate(
    subject: { speaker: Speaker },
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    if (subject.speaker.type !== 'person' && subject.speaker.type !== 'named') return undefined;
    return candidates.find(
      (candidate) => typeof candidate.speaker !== 'string' && sameSpeaker(candidate.speaker, subject.speaker),
    );
  }

  /**
   * Whether a person subject is joined by "and" to another person whom the same pronoun may mean ("Erdogan and
   * Putin met"; not "Merkel and Putin", whose pronouns the knowledge tells apart).
   */
  private jointPartner(
    text: string,
    subject: { speaker: Speaker },
    candidates: readonly Candidate[],
  ): boolean {
    const at = this.personSubjectCandidate(subject, candidates);
    if (at === undefined) return false;
    const partner = candidates.find(
      (candidate) =>
        candidate.start >= at.end &&
        isPersonCandidate(candidate) &&
        JOINED_BY_AND.test(text.slice(at.end, candidate.start)),
    );
    if (partner === undefined || typeof partner.speaker === 'string') return false;
    const pronoun = (speaker: Speaker) =>
      speaker.type === 'person' ? this.pronounOf(speaker.id) : undefined;
    const [one, other] = [pronoun(subject.speaker), pronoun(partner.speaker)];
    return one === undefined || other === undefined || one === other;
  }

  /** Whether a person subject is one of two people joined by "and" ("Lipavský and Černochová stressed"). */
  private joinedToPerson(
    text: string,
    subject: { speaker: Speaker },
    candidates: readonly Candidate[],
  ): boolean {
    const at = this.personSubjectCandidate(subject, candidates);
    if (at === undefined) return false;
    const joined = (first: Candidate, second: Candidate) =>
      JOINED_BY_AND.test(text.slice(first.end, second.start));
    return candidates.some(
      (other) =>
        other !== at &&
        isPersonCandidate(other) &&
        typeof other.speaker !== 'string' &&
        !sameSpeaker(other.speaker, subject.speaker) &&
        (other.start >= at.end ? joined(at, other) : other.end <= at.start && joined(other, at)),
    );
  }

  /** Whether a pronoun ("she", "him") may refer to a speaker: not to one the knowledge refers to otherwise. */
  private fitsPronoun(candidate: Candidate, speaker: Speaker): boolean {
    if (candidate.office !== undefined || speaker.type !== 'person') return true;
    const known = this.pronounOf(speaker.id);
    if (known === undefined || known === 'they') return true;
    const word = candidate.label.toLowerCase();
    const wanted =
      word === 'she' || word === 'her'
        ? 'she'
        : word === 'he' || word === 'him' || word === 'his'
          ? 'he'
          : undefined;
    return wanted === undefined || wanted === known;
  }

  /**
   * The person "he replied" refers to: not the one who last spoke or was the subject ("Kuleba asked Lavrov
   * whether … He replied:"), but the one other person the sentence before named; none when it named several,
   * and the usual referent when it named no one else.
   */
  private replier(): { speaker: Speaker; label: string } | undefined {
    const asking = [this.lastSpeaker, this.lastPersonSubject].flatMap((found) =>
      found === undefined ? [] : [found.speaker],
    );
    const others = eachSpeakerOnce(this.previousSentencePeople, (person) => person.speaker).filter(
      (person) => !asking.some((speaker) => sameSpeaker(speaker, person.speaker)),
    );
    // "Kuleba spoke to reporters. “…,” he replied": no one else named, the one who spoke answers questions.
    if (others.length === 0) return this.previousPerson();
    return others.length === 1 ? others[0] : undefined;
  }

  /**
   * The person a "he" or "she" refers to: the subject of the nearest earlier sentence that was a person, or
   * an earlier one when the knowledge says the nearer cannot be referred to so ("Haines testified. Burns sat
   * beside her. “…,” she said"); none past a subject the compiler could not name, who may be anyone, nor
   * past another person named since whom the pronoun could mean.
   */
  private previousPerson(
    fits: (speaker: Speaker) => boolean = () => true,
  ): { speaker: Speaker; label: string } | undefined {
    for (let index = this.personSubjects.length - 1; index >= 0; index -= 1) {
      const subject = this.personSubjects[index];
      // Only a person of this paragraph or the one before, or the one before that past a paragraph with no one in
      // it: further back, "he" may be anyone the text has moved on to.
      const reach = Math.max(this.paragraph - 2, Math.min(this.paragraph - 1, this.peopledBefore));
      if (subject === undefined || subject.paragraph < reach) return undefined;
      const { speaker, label } = subject;
      if (speaker === undefined || label === undefined) return undefined;
      if (!fits(speaker)) continue;
      // Past a nearer subject, only when no one else named since could be meant ("Haines spoke with
      // Zakharova. Burns agreed. “…,” she said" may be Zakharova's).
      if (index < this.personSubjects.length - 1 && this.anotherNamedSince(subject.sentence, speaker, fits))
        return undefined;
      return { speaker, label };
    }
    return undefined;
  }

  /** Whether a quotation opens with a name and a verb ("“Erdoğan reiterated …”"): a clause with its own subject. */
  private quoteOpensWithSubject(quotation: Quotation): boolean {
    let index = firstStartingAtOrAfter(this.grammar.tokens, startOf, quotation.start);
    while (this.grammar.tokens[index]?.pos === 'PUNCT') index += 1;
    const first = this.grammar.tokens[index];
    if (first === undefined || first.end > quotation.end) return false;
    let next = index;
    while (this.grammar.tokens[next]?.pos === 'PROPN') next += 1;
    return next > index && this.grammar.verbFollows(this.grammar.tokens[next - 1]?.end ?? first.end);
  }

  /** Whether someone other than `speaker` whom a pronoun fits spoke in this paragraph or the last, and `speaker` did not. */
  private spokeInsteadLately(speaker: Speaker, fits: (speaker: Speaker) => boolean): boolean {
    const lately = this.speakersLately.filter((spoke) => spoke.paragraph >= this.paragraph - 1);
    return (
      !lately.some((spoke) => sameSpeaker(spoke.speaker, speaker)) &&
      lately.some(
        (spoke) => (spoke.speaker.type === 'person' || spoke.speaker.type === 'named') && fits(spoke.speaker),
      )
    );
  }

  /** Whether a person other than `speaker` whom a pronoun fits was named since a sentence, latest first. */
  private anotherNamedSince(
    sentence: number,
    speaker: Speaker,
    fits: (speaker: Speaker) => boolean,
  ): boolean {
    for (let index = this.mentionedPeople.length - 1; index >= 0; index -= 1) {
      const person = this.mentionedPeople[index];
      if (person === undefined || person.sentence < sentence) return false;
      if (!sameSpeaker(person.speaker, speaker) && fits(person.speaker)) return true;
    }
    return false;
  }

  /** Whether an unnamed source is one person, whom "he" or "she" may mean: not a group, nor a medium. */
  /**
   * Whether a speaker is a body whose statement "it" and "the statement" may next mean: a party, or a body the
   * article names ("the Vatican"); not a medium, which relays others' words ("Foreign media reported …").
   */
  private isBody(speaker: Speaker): boolean {
    return (
      speaker.type === 'party' || (speaker.type === 'unnamed' && this.sources.get(speaker.key)?.body === true)
    );
  }

  private isOnePerson(key: string): boolean {
    const source = this.sources.get(key);
    return source?.group === false && source.medium !== true;
  }

  /**
   * The full names of people the knowledge lacks, for the surname alone, given before the paragraphs are
   * attributed: a surname may come first ("Peskov said …" above "Kremlin spokesman Dmitry Peskov").
   */
  foresee(names: readonly PersonName[]): void {
    this.unlisted.foresee(names);
  }
}

/** The office an epithet by age ends with ("the 87-year-old pope": "pope"), when it is one the knowledge can check. */
function epithetRole(label: string): string | undefined {
  const last = /(?<![\p{L}])(\p{Ll}+)$/u.exec(label.trim())?.[1];
  // Not a role any official may hold ("the 72-year-old diplomat"), which the knowledge cannot rule out.
  return last !== undefined && PERSON_NOUNS.has(last) && !GENERIC_ROLE.test(last) ? last : undefined;
}

/**
 * Whether a nationality word stands for people of that nation, not its state: a noun after a quantifier or an
 * indefinite article ("a Russian living in Istanbul", "Ordinary Ukrainians", "many Russians"), or "the
 * Russian" alone before a verb ("“We are close,” the Russian said"). "Russian officials", "the Russian side" and
 * "the Russians" (the side at the table) stay the state.
 */
function nationalsNotState(
  text: string,
  mention: { start: number; end: number; text: string },
  tokens: readonly Token[],
): boolean {
  if (!NATIONALITY_WORD.test(mention.text)) return false;
  const next = tokens[firstStartingAtOrAfter(tokens, startOf, mention.end)];
  const asNoun = next === undefined || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos);
  if (!asNoun) return false;
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  if (PEOPLE_QUANTIFIER.test(before)) return true;
  if (!/(?<![\p{L}])[Tt]he\s+$/u.test(before) || mention.text.endsWith('s')) return false;
  // "“…,” the Russian said", and "“…,” warned the Ukrainian.", the subject after its verb.
  const inverted = /(?<![\p{L}])(\p{Ll}+)\s+the\s+$/u.exec(before)?.[1];
  return (
    next?.pos === 'VERB' ||
    ((next === undefined || next.pos === 'PUNCT') && inverted !== undefined && INVERTING_VERBS.has(inverted))
  );
}

/**
 * Whether a speech verb is an attribution set off by commas inside a clause another speech verb opens
 * ("Putin told Erdogan, the Kremlin said, that a ceasefire was “premature”"): it names the channel, and
 * the quote is the earlier verb's subject's.
 */
function insertedAttribution(text: string, verbAt: number, from: number, verbs: readonly number[]): boolean {
  const verbEnd = verbAt + (/^\p{L}+/u.exec(text.slice(verbAt, verbAt + 40))?.[0].length ?? 0);
  // The earlier clause goes on after the closing comma ("…, the Kremlin said, that …"); a quote right after
  // it is this verb's ("Asked about …, Kuleba told Bloomberg News, “…”").
  if (!/^[^,.;:“”"]{0,30},(?!\s*[“"])/u.test(text.slice(verbEnd, verbEnd + 40))) return false;
  // ("he told his interviewer, CNN anchor Kaitlan Collins, “…”": the listener's apposition, then the quote.)
  if (/^[^,.;:“”"]{0,30},[^,.;:“”"]{1,60},\s*[“"]/u.test(text.slice(verbEnd, verbEnd + 100))) return false;
  const comma = text.lastIndexOf(',', verbAt);
  if (comma < from || verbAt - comma > 60 || /[“”"]/u.test(text.slice(comma, verbAt))) return false;
  return verbs.some((earlier) => earlier >= from && earlier < comma);
}

/** Verbs of saying whose clause reports someone's words ("stated that …", "noted that …", "pointed out that …"). */
const REPORTING_CLAUSE_LEMMAS: ReadonlySet<string> = new Set(
  (
    'say state report announce write note explain insist recall claim stress emphasise emphasize add confirm ' +
    'declare reiterate mention remark observe maintain assert argue point underline underscore highlight ' +
    'acknowledge indicate clarify affirm repeat allege contend concede disclose reveal conclude'
  ).split(' '),
);
/** The particle of a phrasal verb of saying, between it and its clause: "pointed out that". */
// ("confirmed to journalists that", "told the press that": whom the words were said to, before "that".)
const REPORTING_PARTICLE =
  /^\s+(?:out(?![\p{L}])|to\s+(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?(?=\s+that(?![\p{L}])))/u;
/** A role a head of state or government is given as readily as an official: "the politician". */
const ANY_LEADER_ROLE = /^politician$/u;
/**
 * When a verb of saying was said, between it and its "that": "on Tuesday", "on December 22", "last week",
 * "earlier", "again" (only when "that" follows).
 */
const TIME_BEFORE_THAT = new RegExp(
  String.raw`^,?\s+(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})|(?:last|this)\s+(?:week|month)|earlier(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|this\s+week|today))?|later|yesterday|today|again|also|repeatedly)(?=,?\s+that(?![\p{L}]))`,
  'u',
);
/** A sentence that opens with the question put to its subject, up to a quote before the question's comma. */
const ASKED_OPENING = /^(?:When\s+)?[Aa]sked\s[^,;:“”"]*$/u;
/** A preposition of company or time between a verb and a name after it: "said after his meeting with Trump". */
const COMPANY_OR_TIME_BEFORE =
  /(?<![\p{L}])(?:with|after|before|about|against|between|during|following|alongside|beside)(?![\p{L}])/iu;
/** Words that open the clause a verb of saying reports: whatever follows them is not the verb's subject. */
const REPORTED_CLAUSE_OPENER = /(?<![\p{L}])(?:that|whether|if|how|why|what)(?![\p{L}])/u;
/**
 * A clause of time or cause, or a relative one ("“…”, to which a Russian delegate warned"), that opens between a
 * quote and a later verb, with a subject of its own before it.
 */
const SUBORDINATE_AFTER_QUOTE =
  /(?<![\p{L}])(?:after|before|since|because|until|once|unless|although|though|(?:to|after|upon|in)\s+which)\s+[^,;:“”"]*\s$/u;
/** A free relative's opening right before its verb: "whatever Trump has", "whoever they". */
const FREE_RELATIVE_BEFORE =
  /(?<![\p{L}])(?:[Ww]hatever|[Ww]hoever|[Ww]hichever|[Nn]o matter what)\s+(?:[\p{L}.’'-]+\s+){1,4}$/u;
/** A free relative "what" and the subject of its verb, right before that verb: "what Russian Foreign Minister Sergei Lavrov had". */
const WHAT_CLAUSE_BEFORE = /(?<![\p{L}])what\s+(?:[\p{L}.’'-]+\s+){1,6}$/u;
/**
 * A copula after a verb and a word of its own before a quote: the quote completes the clause the verb's "what" is
 * subject of ("what Lavrov said is a “…”"); right before the quote, the quote is what was said ("What Lavrov said
 * was “…”").
 */
const COPULA_BETWEEN = /\s(?:is|was|are|were|will be|would be)\s+\p{L}+\s[^“”"]*$/u;
/** A word that opens a clause inside another: its subject is no subject of the clause around it. */
const SUBORDINATE_OPENER =
  /^(?:what|who|whom|which|that|whether|if|because|since|although|though|when|where)$/iu;

/** A side's document between its name and the verb: " statement", " readout from his call with Putin". */
const SIDE_DOCUMENT_BEFORE_VERB =
  /^\s+(?:statement|readout|communiqu[eé]|press\s+release)(?:\s+(?:from|on|of|about|after)\s+[^,;:“”"]{1,60}?)?\s+(?:\p{Ll}+ly\s+)?$/u;
/** The article that opens a clause before a side's document: "A Kremlin statement", "…, the Turkish readout". */
const DOCUMENT_OPENS_CLAUSE = /(?:^|[,;:”"]\s*)(?:[Aa]n?|[Tt]he)\s+$/u;
/** Before a participle that opens its sentence: nothing, or an adverb ("Also confirming …", "Speaking to reporters, …"). */
const OPENING_PARTICIPLE = /^(?:(?:also|later|earlier|then|again|separately|meanwhile)\s+|\p{L}+ly\s+)?$/iu;

/**
 * A sentence's opening that names whose account it is: "According to X,", "In the words of X,", "In X’s words,",
 * and whose view ("In the view of X,", "In X’s opinion,", "In his view,"), which the annotations give the same way.
 */
const OPENING_SOURCE = new RegExp(
  String.raw`^(?:[Aa]ccording to\s+|In the (?:words|view|opinion) of\s+|In\s+(?=[^,;:“”"]{1,60}[’']s\s+(?:own\s+)?(?:${OWN_WORDS}),)|In\s+(?=(?:his|her)\s+(?:own\s+)?(?:${OWN_WORDS}),))([^,;:“”"]{1,80}?)(?:[’']s\s+(?:own\s+)?(?:${OWN_WORDS})|\s+(?:own\s+)?(?:words|view|opinion))?,\s`,
  'du',
);

/** A state's body after its name, up to the verb it is the subject of: " Foreign Ministry ", " presidential office ". */
const STATE_BODY_BEFORE_VERB =
  /^\s+(?:(?:Foreign|Defen[cs]e|Interior|Justice|Presidential|presidential|press|Press|foreign|defen[cs]e)\s+)*(?:Ministry|ministry|Office|office|Presidency|presidency|Embassy|embassy|Administration|administration|Government|government)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A clause of time or cause that opens a sentence, with a short phrase before it, to its comma: "On Monday, as …, ". */
const OPENING_CLAUSE =
  /^(?:[^,;“”"]{0,40},\s*)?(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ss]ince|[Aa]lthough|[Tt]hough|[Oo]nce)\s[^,;“”"]{1,200},\s*/u;

/** What joins a person to another named after them, titles between: " and ", " and Foreign Minister ". */
const JOINED_BY_AND = /^\s*and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** The clause that opens a sentence by naming who reported what it tells, to its comma: "As Reuters reported, ". */
const AS_REPORTED_OPENING =
  /^As\s+[^,;“”"]{1,80}?\s+(?:reported|reports|wrote|writes|noted|notes|said|says|told|tells|put it|puts it|pointed out|points out|explained|recalled|mentioned)(?:\s[^,;“”"]{0,60})?,\s*/u;

/** A verb of naming right before the object it names: "called the", "described", "branded Kyiv's". */
const NAMING_VERB_BEFORE =
  /(?<![\p{L}])(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|term(?:ed|s|ing)?|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|dub(?:bed|s|bing)?)\s+(?:the\s+|a\s+|an\s+)?$/u;

/** Verbs of asking someone: "asked", "pressed", "questioned", "quizzed", "interviewed". */
/** A sentence that opens as an attribution: its capitalised subject, a verb, and no clause of its own after it. */
const ATTRIBUTION_OPENING =
  /^(\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,5})\p{Ll}+(?:\s*[,.;]|\s+(?:on|in|at|during|after|while|when|before|to)(?![\p{L}]))/u;
const ASKING_LEMMAS = new Set(['ask', 'press', 'question', 'quiz', 'interview', 'grill']);
/** Journalists as a subject: "Reporters", "a journalist", "the BBC’s correspondent". */
const JOURNALISTS =
  /^\s*(?:(?:a|an|the|one|several|two)\s+)?(?:[\p{L}’'.]+\s+){0,2}(?:reporters?|journalists?|correspondents?|interviewers?|hosts?|moderators?)\s*$/iu;

/** ", as the ministry had earlier put it," right after a quote's phrase: whose words the quote is. */
const AS_PUT_IT_AFTER =
  /^[”"]?[^“”";:.]{0,60}?,\s+as\s+[^,;:“”"]{1,80}?\s(?<verb>puts?|call(?:s|ed)?|describe[sd]?|term(?:s|ed)?|dub(?:s|bed)?)(?=\s+it(?![\p{L}]))/u;
/** A possessive and a person's role after a name: "Putin’s press secretary", "Erdogan's chief adviser". */
const OWNER_OF_ROLE =
  /^[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|press\s+secretary|secretary|advis[eo]r|aide|envoy|representative|negotiator|deputy|minister|ambassador|lawyer|wife|husband|son|daughter)(?![\p{L}])/u;
/**
 * Right after a quote its comma closes, a finite verb of saying and its subject, in either order ("said
 * Peskov", "Peskov said", "the spokesman told reporters"), before any other clause opens.
 */
/** A verb of saying again right before a remark's owner: "repeated Russia’s claim", "reiterated Kyiv’s position". */
const REPEATING_VERB_BEFORE =
  /(?<![\p{L}])(?:repeated|repeats|reiterated|reiterates|restated|restates|echoed|echoes|reaffirmed|reaffirms)\s+(?:the\s+)?$/u;
/** A verb of saying anywhere in a stretch of text. */
const SPEECH_VERB_IN = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS})(?![\p{L}])`, 'u');
/**
 * An office as written and as its equivalents name it: "the top diplomat" is a foreign minister, a foreign secretary
 * or a secretary of state; "the head of state" a president; "the US leader" a US president or prime minister. The
 * office's other words ("Russian", "US") stay.
 */
function equivalentOffices(office: string): string[] {
  for (const [phrase, titles] of OFFICE_EQUIVALENTS) {
    if (!` ${office} `.includes(` ${phrase} `)) continue;
    const others = ` ${office} `.replace(` ${phrase} `, ' ').trim();
    return titles.map((title) => `${others} ${title}`.trim());
  }
  return [office];
}

/** What joins a quote to the next of one list: "“manipulation” and “deception”", "“hard”, “long” or “useless”". */
const LIST_JOIN = /^[”"]?\s*,?\s*(?:(?:and|or)\s+)?[“"]$/u;

/**
 * For each quote of a sentence (`quotations[firstQuote]` up to `quotations[lastQuote]`), the index of the last quote
 * of the list it opens, or its own: quotes joined only by a comma, "and" or "or". Read from the sentence's last quote
 * back, once per sentence, so a sentence of many quotes costs no more than their number.
 */
function listEnds(
  text: string,
  quotations: readonly Quotation[],
  firstQuote: number,
  lastQuote: number,
): number[] {
  const ends: number[] = [];
  for (let index = lastQuote - 1; index >= firstQuote; index -= 1) {
    const quote = quotations[index];
    const next = quotations[index + 1];
    const joined =
      quote !== undefined &&
      next !== undefined &&
      index + 1 < lastQuote &&
      LIST_JOIN.test(text.slice(quote.end, next.start + 1));
    ends[index - firstQuote] = joined ? (ends[index + 1 - firstQuote] ?? index + 1) : index;
  }
  return ends;
}

const ATTRIBUTION_AT_ONCE =
  /^(?![\s,”"]*(?:and|but|while|as|which|who|that|when|after|before|if|because)\s)[”"]?\s*,?\s*[”"]?\s*(?:[^.;:,“”"]{1,60}?\s)?(?:said|says|told|tells|added|adds|stressed|noted|stated|wrote|explained|declared|insisted|argued|warned)(?![\p{L}])/u;
/** Right after a quote, an agency quoting someone: ", TASS quoted Foreign Minister Sergei Lavrov as saying". */
const QUOTED_RIGHT_AFTER = /^[”"]?\s*,?\s*[”"]?\s*(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:quoted|cited)\s/u;

/** A sentence that only announces someone's words, the quote to follow: "His words:", "In her own words:". */
const WORDS_ANNOUNCED = new RegExp(
  String.raw`^(?:In\s+)?(?<owner>[Hh]is|[Hh]er)\s+(?:own\s+)?${REMARK_NOUN}\s*:$`,
  'u',
);

/** What opens a clause that is not a speech verb's reported words, right before its subject. */
const CLAUSE_OF_ITS_OWN =
  /(?:[;–—]|,\s+(?:but|and|while|whereas|though|although|yet)|,\s+(?:a|an)\s+\p{Ll}+(?:\s+(?:that|which))?)\s+$/u;

/** The subject of a quote's verb is someone the compiler cannot name: the quote is theirs, and nobody else's. */
const HELD = 'held';

function asFound(result: Found | typeof HELD | undefined): Found | undefined {
  return result === HELD ? undefined : result;
}
