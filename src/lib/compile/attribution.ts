import {
  ACCORDING_TO,
  ACCORDING_TO_BEFORE,
  BODY_BACK_REFERENCE,
  DOCUMENT_BACK_REFERENCE,
  ISSUED_DOCUMENT,
  AFTER_PREPOSITION,
  PHRASE_PREPOSITION,
  CALENDAR_WORDS,
  CLAUSE_BREAK,
  CLAUSE_OPENERS,
  CLAUSE_OPENERS_INVERTED,
  INVERTED_END,
  INVERTED_GAP,
  NAME_OF,
  OBJECT_OF,
  OPENING_CLAUSE,
  OPENING_PHRASE,
  SUBORDINATOR_BEFORE,
  ASKED_BEFORE,
  COORDINATED_BEFORE,
  inReducedRelative,
  SPEAKING_NOUNS,
  PERSON_OF,
  PERSON_DESCRIBED_AFTER,
  PERSON_HEADS,
  PERSON_NOUNS,
  SPEECH_VERBS,
  TITLED_OBJECT,
  OFFICE_BACK_REFERENCE,
  PARTY_BODIES,
  SPEAKING_FOR_PARTY,
  POSSESSIVE_REMARK,
  REMARK_NOUN,
  REMARK_OF,
  PRONOUN,
  NATIONALITY_WORD,
  PEOPLE_QUANTIFIER,
  REPLY_AFTER,
  AGE_EPITHET,
  GENERIC_ROLE,
  QUOTED_AS,
  REPORTED_SPEECH_END,
  SPEECH_AFTER,
  VERB_AFTER,
  NOUN_BEFORE,
  isTitle,
  quotedAlone,
  HEADLINE_NAME,
  ANNOUNCED_BY,
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
  nearestSpeaker,
  objectPronoun,
} from './candidates';
import { editDistance } from '../edit-distance';
import { DescribedPeople, normalised } from './described-people';
import { identifiedSource } from './introduced-sources';
import { openingNounPhrase } from './opening-phrase';
import { joinsWords, type Token } from './language';
import type { Mention } from './mentions';
import { wordBeforeParticles, type PersonName } from './person-names';
import type { Quotation } from './quotations';
import { OFFICE_WORDS } from './titles';
import { OFFICE_EQUIVALENTS } from './role-descriptions';
import { firstAtOrAfter, firstStartingAtOrAfter, overlapsAny, startingWithin as within } from './ranges';
import { endingWith, QUOTATION_MARK_TOKEN, splitSentences, surnameOf } from './text';
import { UnnamedSources } from './unnamed-sources';

/** The word for a person right after a party's name, perhaps after a rank ("UN Secretary-General", "Russian deputy minister"). */
const PERSON_WORD_AFTER =
  /^\s+(?:(?:deputy|vice|acting|former|top|chief|senior|foreign|defen[cs]e)\s+)?([\p{L}]+)(?=[-\s,.;]|$)/iu;
/** What joins a name to the one before in a list, titles between: " and Foreign Minister ". */
const JOINED_NAME = /^\s+(?:and|or)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,5}$/u;
/** "was quoted as", "was quoted by Russian news agencies as", "has been cited by TASS as", before the participle. */
const QUOTED_PASSIVE =
  /(?<![\p{L}])(?:was|were|is|are|been)\s+(?:quoted|cited)\s+(?:by\s+[^,;“”"]{1,60}?\s+)?as\s+$/u;
/**
 * A modal before a verb, directly or through an earlier verb it is coordinated with: "would repeat … and ",
 * "should observe and ": words to come, wished or possible, not words said.
 */
const FUTURE_BEFORE =
  /(?<![\p{L}])(?:will|would|shall|should|must|could|can|may|might)\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?(?:[^,;.:“”"]{0,80}?\s+and\s+)?$/u;
/** A description set off by commas right after a name, up to the verb: ", a member of the Ukrainian delegation, ". */
const SET_OFF_DESCRIPTION = /^,\s[^,;:“”"]{1,80},\s*$/u;
/**
 * What carries its author's words: "a message saying", "According to a Kremlin statement", "a readout". A
 * participle after one gives what it says; an opening "According to" one gives its author's words.
 */
const DOCUMENTS =
  'message|letter|note|statement|tweet|post|video|address|appeal|telegram|cable|readout|read-out|communiqu[eé]|press release|transcript|decree';
const MESSAGE_NOUN = new RegExp(`^(?:${DOCUMENTS})s?$`, 'iu');
const DOCUMENT_NOUN = new RegExp(`(?<![\\p{L}])(?:${DOCUMENTS})(?![\\p{L}])`, 'u');
/** A form of "be" right before a verb ("was told by"): a passive, whose agent follows. */
const BE_BEFORE = endingWith(/(?<![\p{L}])(?:was|were|is|are|be|been|being)\s+(?:\p{L}+ly\s+)?$/u);

/**
 * How far from a quote, in characters, the words that attribute it are
 * looked for, within its sentence (a long sentence of news prose is 300).
 * Looking no further keeps the work per quote the same in any paragraph.
 */
const WINDOW = 400;

/** A line that names the source of the lines of quotes after it, as Ukrainska Pravda's copy does: "Source: …". */
const SOURCE_LINE = /^Source:\s/u;
/** A line that is a quote of that source's: "Quote: “…”". */
const QUOTE_LINE = /^Quote:\s*[“"]/u;
/** The shortest surname a word one edit away is taken to misspell: shorter ones are too often other names. */
const MISSPELT_SURNAME_LENGTH = 6;

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
  /** The last paragraph that named a journalist, whose questions in an interview are no one's the compiler names. */
  private journalistParagraph = -1;
  /** Who a "Source: …" line named (Ukrainska Pravda's house style), for the "Quote: “…”" lines after it. */
  private sourceLine: { speaker: Speaker; label: string; paragraph: number } | undefined;
  /** The current paragraph's tokens and the current sentence's candidates. */
  private tokens: readonly Token[] = [];
  private text = '';
  private sentenceCandidates: readonly Candidate[] = [];
  /** The people the sentence before named, for "he replied": the one spoken to. */
  private previousSentencePeople: readonly { speaker: Speaker; label: string }[] = [];
  /** The subject of the latest earlier sentence that was a person, for "he" and "she". */
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
  /** Where the current paragraph's sentences start, in order. */
  private sentenceStarts: number[] = [];
  /** Whether a span of the paragraph lies outside its quotations. */
  private outsideQuotations: (start: number, end: number) => boolean = () => true;
  /** Offsets of the current paragraph's speech verbs. */
  private verbs: number[] = [];
  /** Those of them that judge: the speaker's words are those after them, never a quote before them. */
  private judging: ReadonlySet<number> = new Set();
  /** Whether a span lies in a known name (a person, party or place of the knowledge) of the paragraph. */
  private inKnownName: (span: { start: number; end: number }) => boolean = () => false;
  /** The current paragraph's names of the knowledge, whole ("Ukrainian officials" is an alias of a party). */
  private knownNames: readonly { start: number; end: number }[] = [];
  /** The paragraph's roles that resolve to one person ("the top Ukrainian diplomat"). */
  private roleSpans: readonly { start: number; end: number }[] = [];
  /** How the article describes the people it names, for "the spokesman" after "Kremlin spokesman Dmitry Peskov". */
  private readonly describedPeople: DescribedPeople<Speaker>;
  /** Sources introduced by description whom a later paragraph named, by key. */
  private readonly identified = new Map<string, { speaker: Speaker; label: string }>();
  /** People the article names whom the knowledge lacks, by surname: "Fomin said" after "Alexander Fomin". */
  private readonly namedBySurname = new Map<string, string>();
  /**
   * The same by the first word of a name of two, where no other name shares it: "Wang said" after "Wang Wenbin",
   * as names that put the family name first are written; null for a word two names share.
   */
  private readonly namedByFirstWord = new Map<string, string | null>();

  /**
   * @param reporters ids of journalists, who are never taken as the speaker of a quote they report
   * @param partyOf finds the party a description names ("NATO" in "a senior NATO official")
   */
  constructor(
    private readonly reporters: ReadonlySet<string>,
    partyOf: (description: string) => string | undefined,
    /** The words of a known person's offices, lower-cased ("turkish", "foreign", "minister"). */
    private readonly officeWordsOf: (id: string) => ReadonlySet<string> = () => new Set(),
    /** How the knowledge says a known person is referred back to ("he", "she"), when it says. */
    private readonly pronounOf: (id: string) => string | undefined = () => undefined,
    /** The parties a known person's roles speak for. */
    private readonly partiesOf: (id: string) => ReadonlySet<string> = () => new Set(),
    /** The party a folded word names ("kremlin"). */
    partyOfWord: (word: string) => string | undefined = () => undefined,
  ) {
    this.sources = new UnnamedSources(partyOf);
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
    this.paragraph += 1;
    if (
      mentions.some(
        (mention) => mention.kind === 'person' && !mention.inQuote && this.reporters.has(mention.id),
      )
    )
      this.journalistParagraph = this.paragraph;
    this.tokens = tokens;
    this.text = text;
    this.knownNames = mentions;
    this.roleSpans = descriptions;
    this.inKnownName = overlapsAny([...mentions, ...names, ...descriptions]);
    const sentences = splitSentences(text, quotations);
    this.sentenceStarts = sentences.map((sentence) => sentence.start);
    // Quotations do not overlap, and come in order: the one a range may lie in is found by halving.
    const outside = (start: number, end: number) => {
      const quote = quotations[firstStartingAtOrAfter(quotations, startOf, start + 1) - 1];
      return quote === undefined || end > quote.end;
    };
    this.outsideQuotations = outside;
    // Speech verbs: the fixed forms, and every verb the language layer gives a reporting lemma.
    // A fixed form after a possessive or a determiner is a noun: "Russia's claims about … are “lies”".
    const fixedForms = [...text.matchAll(VERB_AFTER)]
      .map((match) => match.index)
      .filter((at) => !NOUN_BEFORE.test(text.slice(Math.max(0, at - 12), at)))
      .filter((at) => {
        const index = firstStartingAtOrAfter(tokens, startOf, at);
        return tokens[index]?.start !== at || !inReducedRelative(tokens, index);
      });
    this.verbs = [...new Set([...fixedForms, ...reportingVerbs(tokens)])].sort((a, b) => a - b);
    this.judging = judgingVerbs(tokens);
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
    const named = this.namedCandidates(tokens, names, mentions, quotations, descriptions);
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
      this.sentenceStarts,
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
        sentenceStarts: this.sentenceStarts,
        knownNames: this.knownNames,
        roleSpans: this.roleSpans,
        inKnownName: this.inKnownName,
        people: people.map((person) => person.start),
        nameEnds: people.map((person) => person.end),
        adverbAt: (start) => this.tokens[firstStartingAtOrAfter(this.tokens, startOf, start)]?.pos === 'ADV',
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
        beforeVerb(text, epithet, this.verbs),
      ),
      ...backReferences(text, BODY_BACK_REFERENCE, outside, () => ({ body: true as const })),
      ...backReferences(text, DOCUMENT_BACK_REFERENCE, outside, () => ({ document: true as const })),
      ...offices,
    ].sort((a, b) => a.start - b.start);

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
    for (const sentence of sentences) {
      const sentenceEnd = sentence.start + sentence.text.length;
      const inSentence = startingWithin(candidates, sentence.start, sentenceEnd).filter(
        (candidate) => candidate.end <= sentenceEnd,
      );
      this.sentenceCandidates = inSentence;
      // "“The talks will continue tomorrow”. This was announced by the head of the delegation, David Arakhamia.":
      // the agent of a sentence that says who announced it.
      const claim = unclaimed.length === 0 ? null : ANNOUNCED_BY.exec(sentence.text);
      if (claim !== null) {
        const from = sentence.start + claim[0].length;
        const agents = inSentence.filter((candidate) => candidate.start >= from);
        const agent =
          agents.find((candidate) => isPersonCandidate(candidate)) ??
          agents.find((candidate) => typeof candidate.speaker !== 'string');
        const found = this.settle(agent, 'verb-after-quote');
        if (found) {
          for (const at of unclaimed) {
            const claimed = results[at];
            if (claimed !== undefined) results[at] = { quotation: claimed.quotation, ...found };
          }
          this.lastSpeaker = { speaker: found.speaker, label: found.label, paragraph: this.paragraph };
        }
      }
      unclaimed = [];
      const firstQuote = firstStartingAtOrAfter(quotations, startOf, sentence.start);
      const lastQuote = firstStartingAtOrAfter(quotations, startOf, sentenceEnd);
      for (let index = firstQuote; index < lastQuote; index += 1) {
        const quotation = quotations[index];
        if (quotation === undefined) continue;
        if (isTitle(text, quotation)) {
          results.push({ quotation });
          continue;
        }
        // "“We are ready – said Lavrov – but …”": the words after the inserted attribution are the same speaker's.
        const resumed = quotation.resumes ? results.at(-1) : undefined;
        if (resumed !== undefined) {
          results.push({ ...resumed, quotation });
          continue;
        }
        // "Asked “will you meet Putin?”, Zelensky said": the question is the asker's, whom the sentence does not name.
        // ("Asked on Wednesday whether Moscow had seen proposals for a “Christmas ceasefire,” Peskov said": a quote
        // inside the opening question, before its comma, is the question's too.)
        const lead = text.slice(sentence.start, quotation.start);
        if (ASKED_BEFORE.test(lead) || ASKED_OPENING.test(lead)) {
          results.push({ quotation, abstained: true });
          continue;
        }
        // A sentence that opens with an unattributed quote goes on with the last speaker (news style).
        // A quote inside a clause that a speech verb before it opens ("Putin said Friday there had been “…”")
        // is that verb's subject's, whatever verb follows in a later clause.
        // The verb that attributed the quote before ("“…,” Medinsky said, and “…,” Kuleba added") is that
        // quote's, and frames no later one.
        let frameFrom = Math.max(sentence.start, quotation.start - WINDOW);
        const previous = quotations[index - 1];
        if (
          previous !== undefined &&
          previous.end > frameFrom &&
          results.at(-1)?.rule === 'verb-after-quote'
        ) {
          const attribution = this.verbs[firstAtOrAfter(this.verbs, previous.end)];
          if (attribution !== undefined && attribution < quotation.start) frameFrom = attribution + 1;
        }
        // "Russia claims it is open to talks, yet there are no “serious proposals,” said Lavrov": a clause that "yet"
        // or "but" opens after the verb before, whose quote a verb of saying follows at once, is that verb's.
        const lastVerbBefore = this.verbs[firstAtOrAfter(this.verbs, quotation.start) - 1];
        const newClause =
          lastVerbBefore !== undefined &&
          lastVerbBefore >= frameFrom &&
          /,\s+(?:yet|but)\s+[^,;:“”"]*$/u.test(text.slice(lastVerbBefore, quotation.start)) &&
          SPEECH_AFTER.test(text.slice(quotation.end, Math.min(sentenceEnd, quotation.end + 40)));
        const framed = !newClause && this.verbBetween(frameFrom, quotation.start);
        const after = () =>
          this.speakerAfter(text, quotation, sentenceEnd, quotations[index + 1], inSentence);
        const before = () => this.speakerBefore(text, quotation, sentence.start, outside, inSentence);
        // "according to Ukrainian media" after a framed quote names the channel, not the speaker.
        const accordingTo = () =>
          this.speakerAccordingTo(text, quotation, sentence.start, sentenceEnd, inSentence);
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
          this.verbBetween(previous.end, quotation.start)
        ) {
          this.uncertainSpeech();
          results.push({ quotation, abstained: true });
          continue;
        }
        const framedBy = framed ? before() : undefined;
        // "Unlike Peskov, who called the talks “difficult”, Medinsky said …": the framing verb's subject is
        // someone the compiler cannot name, so no later verb's subject is taken for them.
        if (framedBy === HELD) {
          const channel = accordingTo();
          if (channel === undefined) {
            this.uncertainSpeech();
            results.push({ quotation, abstained: true });
            continue;
          }
        }
        const found: Found | undefined =
          (framed
            ? (putItAfter() ??
              (framedBy !== HELD && framedBy?.speaker.type === 'party'
                ? (this.personOpeningSource(text, sentence.start, inSentence) ??
                  this.subjectOfQuotedVerb(text, quotation, inSentence))
                : undefined) ??
              (framedBy === HELD
                ? undefined
                : this.reporterOverBody(framedBy, text, quotation, sentenceEnd, inSentence)) ??
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
          results.push({ quotation, abstained: true });
          continue;
        }
        if (found) {
          this.lastSpeaker = { speaker: found.speaker, label: found.label, paragraph: this.paragraph };
          this.speakersLately.push({ speaker: found.speaker, paragraph: this.paragraph });
          this.uncertainAt = undefined;
          this.markSpeaking(found.speaker);
          results.push({ quotation, ...found });
          continue;
        }
        // Speech no rule could give to anyone: said to be someone's, but nobody is named as saying it.
        // A comma inside the closing mark ("“Go home,” one read") means an attribution follows, even one not understood.
        // "According to Kuleba and Podolyak, the talks were “useful”": said, though by no one alone.
        // A quote that opens its sentence right after words whose speaker was uncertain goes on with them.
        const spoken =
          this.verbBetween(sentence.start, sentenceEnd) ||
          /,\s*$/u.test(quotation.text) ||
          /(?<![\p{L}])[Aa]ccording to\s/u.test(sentence.text) ||
          (quotation.start === sentence.start &&
            this.uncertainAt !== undefined &&
            this.uncertainAt >= this.paragraph - 1);
        if (spoken) this.uncertainSpeech();
        results.push(spoken ? { quotation, abstained: true } : { quotation });
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
      // The sentence's subject: who its first speech verb outside a quotation is said of, else its first person;
      // but a reporting clause that ends the sentence frames all before it: "Ukraine still insists on a
      // ceasefire, he said in a post." is his, not Ukraine's.
      // "Also confirming the agreement, Russia’s chief negotiator Vladimir Medinsky said:", "Asked for comment on
      // remarks by …, Peskov said": a participle that opens the sentence shares the subject of the verb after its
      // comma, which is the sentence's speech verb.
      const verbsOfSentence = this.verbs
        .slice(firstAtOrAfter(this.verbs, sentence.start), firstAtOrAfter(this.verbs, sentenceEnd))
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
        (this.endsSentenceAsAttribution(text, lastVerb, sentenceEnd) ||
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
        // "One of Zelensky’s closest aides, Mr Podolyak has led …": not the owner of the subject.
        inSentence.find(
          (candidate) =>
            (typeof candidate.speaker === 'string' || candidate.speaker.type !== 'party') &&
            !this.ownsOrIsObject(candidate) &&
            !inRelative(candidate),
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
      if (personOfSentence?.speaker.type === 'party')
        this.lastPartySubject = { ...personOfSentence, paragraph: this.paragraph };
      // "Zelensky put out a statement. “…,” the statement said.": the document is its issuer's words.
      // ("Zelensky’s office issued a statement": the office's, not his.)
      if (ISSUED_DOCUMENT.test(sentence.text))
        this.documentAuthor =
          resolvedSubject === undefined ||
          resolvedSubject.speaker.type === 'unnamed' ||
          subject === undefined ||
          /^[’']s(?![\p{L}])/u.test(text.slice(subject.end, subject.end + 3))
            ? undefined
            : { ...resolvedSubject, paragraph: this.paragraph };
      const personSubject = laterPerson ?? personOfSentence;
      // "Guterres spoke to Zelensky by phone. “…,” he said.": a sentence opened by a name the compiler cannot
      // resolve has someone unknown for its subject, whom "he" next refers to; not a person named after it.
      // "The chancellor said he had urged a ceasefire. “…,” he said.": the same for a description of one person
      // the compiler does not resolve; "he" is not the person named before it.
      const opening = openingNounPhrase(this.tokens, sentence.start, sentenceEnd);
      // "The president’s adviser Podolyak": a phrase that ends in a name is that name, no description; one that
      // ends in a capitalised title is one ("The UN Secretary-General thanked …").
      const described = opening !== undefined && PERSON_NOUNS.has(opening.head.lemma) ? opening : undefined;
      // "Ukraine’s General Staff posted an update. “…,” it said.": a body the compiler does not know (not a
      // known name nor a state's body: "the ministry") is the "it" next spoken of, not an earlier sentence's party.
      // ("On Friday the UAE Foreign Ministry announced …. “…,” the ministry said": a state's body whose state the
      // knowledge lacks is such a body too.)
      const ownerUnknown =
        opening !== undefined &&
        within(this.tokens, startOf, opening.start, opening.head.start).some(
          (token) =>
            token.pos === 'PROPN' &&
            /^\p{Lu}/u.test(token.text) &&
            !OFFICE_WORDS.has(token.text.toLowerCase()) &&
            !this.inKnownName(token),
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
        this.otherClauseSubject(text, personSubject, sentenceEnd, inSentence) !== undefined
      ) {
        // "Zelensky has asked to meet Putin, and once again Lavrov sidestepped the question. “…,” he said.":
        // two clauses, each with a person for its subject; "he" next may be either.
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
      if (sentence === sentences[0]) {
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
      const quoted = lastQuote > firstQuote;
      const verbSubject = ofVerb;
      const announcer = quoted ? undefined : this.wordsAnnounced(sentence.text);
      if (!quoted && (verbSubject !== undefined || accountOf !== undefined) && resolvedSubject) {
        this.lastSpeaker = { ...resolvedSubject, paragraph: this.paragraph };
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
      else if (!quoted && subject !== undefined && this.opensSentence(subject, sentence.start, sentenceEnd))
        this.lastSpeaker = undefined;
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
    return results;
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
    let index = firstStartingAtOrAfter(this.tokens, startOf, sentenceStart);
    const first = this.tokens[index];
    if (
      first === undefined ||
      first.start >= sentenceEnd ||
      first.pos !== 'PROPN' ||
      !/^\p{Lu}\p{Ll}/u.test(first.text)
    )
      return false;
    if (CALENDAR_WORDS.test(first.text) || PARTY_BODIES.has(first.text.toLowerCase())) return false;
    if (this.namedBySurname.has(first.text) || this.inKnownName(first)) return false;
    let runEnd = first.end;
    while (this.tokens[index + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(this.tokens[index + 1]?.text ?? '')) {
      index += 1;
      runEnd = this.tokens[index]?.end ?? runEnd;
    }
    // The name is the subject only when its clause's verb or an apposition's comma follows it.
    const next = this.tokens[index + 1];
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
    const verb = startingWithin(this.tokens, sentenceStart, sentenceEnd).find(
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
   * "A top Putin aide and head of the Russian delegation, Vladimir Medinsky, said": the name set off by commas
   * right before the verb is the subject the description before it describes, when no person opens the
   * clause ("Podolyak, an adviser to the Ukrainian president, Volodymr Zelenskiy, said" is Podolyak's).
   */
  private nameSetOff(text: string, clause: readonly Candidate[], verbAt: number): Candidate | undefined {
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
      !startingWithin(this.tokens, from, start).some((token) => token.pos === 'VERB' || token.pos === 'AUX')
    );
  }

  /** "Medinsky and Arakhamia said": a person joined to another by "and" speaks with them, not alone. */
  private joint(candidate: Candidate, candidates: readonly Candidate[]): boolean {
    // "Russia and Ukraine said in a joint statement", "Kyiv and Moscow both described": two parties too.
    const isParty = (other: Candidate) => typeof other.speaker !== 'string' && other.speaker.type === 'party';
    const sameKind = isPersonCandidate(candidate)
      ? isPersonCandidate
      : isParty(candidate)
        ? isParty
        : undefined;
    if (sameKind === undefined) return false;
    return candidates.some(
      (other) =>
        other !== candidate &&
        sameKind(other) &&
        (/^\s+and\s+$/u.test(this.text.slice(other.end, candidate.start)) ||
          /^\s+and\s+$/u.test(this.text.slice(candidate.end, other.start))),
    );
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
    const previous = this.verbs[firstAtOrAfter(this.verbs, verbAt) - 1];
    // "The former KGB spy called the accounts from Bucha, a suburb of Kyiv, “fake” and said …": the earlier
    // verb's subject, even one the compiler cannot name, is this verb's too; not a name in between.
    if (previous !== undefined && previous >= sentenceStart)
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
        this.ownsOrIsObject(candidate) ||
        this.partyAfterPreposition(candidate) ||
        SUBORDINATE_OPENER.test(
          this.tokens[firstStartingAtOrAfter(this.tokens, startOf, candidate.start) - 1]?.text ?? '',
        )
      )
        return false;
      let index = firstStartingAtOrAfter(this.tokens, startOf, candidate.end);
      while (this.tokens[index]?.pos === 'ADV') index += 1;
      // "Viktor Orbán, for his part, thanked Putin … and remarked": an aside set off by commas stands between;
      // so does a relative clause that tells of the subject ("Kuleba, who was in India on a visit, met …").
      index = this.pastRelativeClause(this.pastAside(index));
      const next = this.tokens[index];
      return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && next.start < verbAt;
    });
  }

  /**
   * The token after a short aside set off by commas that opens at `index` (", for his part,", ", in turn,"):
   * up to four words, none a verb; `index` itself when none opens there.
   */
  private pastAside(index: number): number {
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
  private pastRelativeClause(index: number): number {
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
  private onlyAuxiliariesBetween(from: number, to: number): boolean {
    if (/^\s?$/u.test(this.text.slice(from, to))) return true;
    const between = startingWithin(this.tokens, from, to);
    return (
      between.length > 0 &&
      between.length <= 3 &&
      between.every((token) => token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART')
    );
  }

  /** Whether a candidate comes before the first verb of its sentence: the sentence's grammatical subject. */
  private opensSentence(candidate: Candidate, sentenceStart: number, sentenceEnd: number): boolean {
    const verb = this.tokens
      .slice(firstStartingAtOrAfter(this.tokens, startOf, sentenceStart))
      .find((token) => token.start >= sentenceStart && (token.pos === 'VERB' || token.pos === 'AUX'));
    return candidate.start < Math.min(verb?.start ?? sentenceEnd, sentenceEnd);
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
      nearestSpeaker(startingWithin(candidates, from, verbAt).filter((candidate) => candidate.end <= verbAt)),
      rule,
    );
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
      this.verbs.some(
        (at) =>
          at >= from && at < quotation.start && this.passiveAgent(text, at, candidates)?.passive !== true,
      );
    if (opening !== undefined && !otherVerb(opening.end)) {
      const { source } = opening;
      if (source) return this.settle(this.alone(source, candidates), 'according-to');
    }
    // A speech verb after the quote in its sentence, whose subject says it, not a name before a colon.
    const verbAfterQuote = () => this.verbs.some((at) => at >= quotation.end && at < sentenceEnd);
    // "• Lavrov: Russia “not interested” in a nuclear war", as key points are written: the name that opens the
    // line and the colon closes says all the line says, where no verb between gives the words to another.
    const headline = HEADLINE_NAME.exec(text.slice(sentenceStart, quotation.start));
    if (headline !== null) {
      const colonAt = sentenceStart + headline[0].length - 1;
      const named = startingWithin(candidates, sentenceStart, colonAt).find(
        (candidate) => candidate.end === colonAt && typeof candidate.speaker !== 'string',
      );
      // ("Moscow: An agreement on “neutral status” could be near, Russia’s foreign minister has said": a
      // dateline, with a speech verb after the quote that says whose it is.)
      if (named && !verbAfterQuote() && !this.verbBetween(colonAt, quotation.start))
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
      const named = startingWithin(candidates, sentenceStart, at).find(
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
      if (this.verbBetween(quotation.end, quotation.end + match.index)) return undefined;
      const from = quotation.end + match.index + match[0].length;
      // The source the words after "according to" open with, whole: "Ukrainian media", not its "Ukrainian".
      const [first] = startingWithin(candidates, from, from + 40)
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
      startingWithin(candidates, leadStart, quotation.start).find(
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
    const subject = startingWithin(candidates, sentenceStart, quotation.start).find(
      (candidate) =>
        candidate.end <= quotation.start &&
        !this.ownsOrIsObject(candidate) &&
        !this.modifiesNoun(candidate) &&
        !OBJECT_OF.test(text.slice(Math.max(sentenceStart, candidate.start - 12), candidate.start)),
    );
    if (subject === undefined) return undefined;
    if (!/^[^\p{L}]*(?:[\p{L}.’'-]+,?\s+){0,4}$/u.test(text.slice(sentenceStart, subject.start)))
      return undefined;
    return this.settle(this.alone(subject, candidates), 'verb-before-quote');
  }

  /** A source, unless it is one of two joined by "and" ("according to Kuleba and Podolyak"): then no one alone. */
  private alone(source: Candidate | undefined, candidates: readonly Candidate[]): Candidate | undefined {
    if (source === undefined || this.joint(source, candidates)) return undefined;
    // "according to Erdogan’s spokesman": the owner of the source's description is not the source ("In
    // Kuleba’s words" is Kuleba).
    if (/^[’']s\s+(?!(?:own\s+)?words(?![\p{L}]))/u.test(this.text.slice(source.end, source.end + 14)))
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
    const first = this.tokens
      .slice(firstStartingAtOrAfter(this.tokens, startOf, quotation.start))
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
   * its source reports what a body did in it, as the body's words (tests/gold/README.md, "Quotes"); a person's
   * own verb inside ("According to Kuleba, Lavrov said “…”") still gives them to that person.
   */
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
      startingWithin(candidates, sentenceStart, sourceEnd).find(
        (candidate) =>
          candidate.end === sourceEnd &&
          !(
            typeof candidate.speaker !== 'string' &&
            candidate.speaker.type === 'party' &&
            this.ownsOrIsObject(candidate)
          ),
      ) ??
      startingWithin(candidates, phraseStart, phraseStart + 1).find(
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
    if (!DOCUMENT_NOUN.test(phrase)) return undefined;
    const [author, other] = eachSpeakerOnce(
      startingWithin(candidates, start, end).filter(
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
    const verbAt = this.verbs[firstAtOrAfter(this.verbs, quotation.end)];
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
      !startingWithin(this.tokens, quotation.end, verbAt).some(
        (token) => token.pos === 'VERB' || token.pos === 'AUX',
      );
    if (CLAUSE_BREAK.test(gap) && !titlesJoined) return undefined;
    // "The diplomatic “offensive” is getting under way after Zelensky conceded …": a verb in a clause of time or
    // cause after the quote's own clause tells what happened, not who put the words.
    if (SUBORDINATE_AFTER_QUOTE.test(gap)) return undefined;
    // "After Orban's post about the “Christmas ceasefire,” Zelensky stated …": a quote in a phrase that opens the
    // sentence, closed by the comma after it, is no words of the clause that follows.
    const sentenceStart =
      this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, quotation.start + 1) - 1] ?? 0;
    if (
      OPENING_PHRASE.test(text.slice(sentenceStart, quotation.start).replace(/[“"]\s*$/u, '')) &&
      (/^\s*,/u.test(gap) || quotation.text.trimEnd().endsWith(','))
    )
      return undefined;
    const quoted =
      this.quotedAs(verbAt, candidates) ?? this.quotedPassive(text, verbAt, quotation.end, candidates);
    if (quoted) return this.settle(quoted, 'verb-after-quote');
    // "“…,” Erdogan was told by Zelensky": the agent, or nobody.
    const passive = this.passiveAgent(text, verbAt, candidates);
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
    const between = startingWithin(candidates, quotation.end, verbAt).filter(
      (candidate) => candidate.end <= verbAt,
    );
    // ("“…” for people during Russian airstrikes, said a press release", "“…” to join Russia, said the President":
    // a party before another noun, or after a verb or a preposition, is in the phrase the quote goes on in.)
    const subjects = between.filter(
      (candidate, index) =>
        !this.ownsOrIsObject(candidate) &&
        !this.inApposition(candidate, between.slice(0, index), verbAt, quotation.end) &&
        !(isPartyCandidate(candidate) && (this.modifiesNoun(candidate) || this.verbObject(candidate))),
    );
    const last = between.at(-1);
    // "“…,” Russia’s ambassador to the US, Anatoly Antonov, said": as before a quote.
    const setOff = this.nameSetOff(text, between, verbAt);
    if (setOff) return this.settle(setOff, 'verb-after-quote');
    // "“…,” the Turkish mediator said": the party names whose the speaker is, not who; nobody the compiler knows.
    // ("“…,” a senior NATO official said": the party inside a description of a source is part of it.)
    const inDescription = (inner: Candidate) =>
      between.some((outer) => outer !== inner && outer.start <= inner.start && inner.end <= outer.end);
    if (
      last !== undefined &&
      !inDescription(last) &&
      this.modifiesNoun(last) &&
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
          this.inApposition(outer, between.slice(0, index), verbAt, quotation.end),
      );
    const before =
      last !== undefined && this.ownsOrIsObject(last) && !inSetOffDescription
        ? this.headOf(last, subjects, verbAt)
        : nearestSpeaker(subjects);
    // "“Will you meet Putin?” Tapper asked Zelensky": a subject the compiler cannot name stands before the verb, so
    // a name after it is its object, the one spoken to.
    if (
      before === undefined &&
      this.tokens.some(
        (token) =>
          token.start >= quotation.end &&
          token.end <= verbAt &&
          (token.pos === 'PROPN' || token.pos === 'NOUN'),
      )
    )
      return undefined;
    if (before !== undefined && this.joint(before, candidates)) return undefined;
    // "…, “said President Zelenski’s adviser, Mihail Podoleac": a possessive after the verb owns the subject, is not it.
    const verbEnd = verbAt + (/^\p{L}+/u.exec(text.slice(verbAt, verbAt + 40))?.[0].length ?? 0);
    const following = startingWithin(candidates, verbAt + 1, verbAt + 100);
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
    const chosen =
      before ??
      described ??
      (this.unknownAfter(verbEnd, candidates)
        ? undefined
        : following
            .filter((candidate) => candidate.start < verbAt + 60)
            // "… and insisted that Belarus is …": a name in the clause the verb reports is no inverted subject.
            .filter((candidate) => !REPORTED_CLAUSE_OPENER.test(text.slice(verbEnd, candidate.start)))
            // Not an owner ("said Putin’s adviser"), nor a name before a noun ("said the Zelensky chief of staff").
            .find(
              (candidate) =>
                !/^[’'](?:s(?![\p{L}])|\s)/u.test(text.slice(candidate.end, candidate.end + 2)) &&
                !this.modifiesNoun(candidate),
            ));
    // "…,” stressed Kremlin spokesman": a party before a person's noun names whose the speaker is, not who.
    if (chosen !== undefined && chosen !== before && this.modifiesNoun(chosen)) return undefined;
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
    const ownerAfter = startingWithin(candidates, from, quotation.start).find(
      (candidate) =>
        REMARK_OF.test(text.slice(Math.max(from, candidate.start - 60), candidate.start)) &&
        /^\s+that\s[^“”"]*$/u.test(text.slice(candidate.end, quotation.start)) &&
        !this.verbBetween(candidate.end, quotation.start),
    );
    if (ownerAfter !== undefined) return this.settle(ownerAfter, 'verb-before-quote');
    const remark = POSSESSIVE_REMARK.exec(before);
    if (remark === null) return undefined;
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
      startingWithin(this.tokens, remarkEnd, quotation.start).some(
        (token) => token.end <= quotation.start && token.pos === 'AUX',
      )
    )
      return undefined;
    // "Kuleba’s statement said: “…”", "Podolyak’s tweet read": the remark is the speech verb's subject.
    const remarkSpeaks =
      /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|read|reads|stated|states|added|adds)(?![\p{L}])[^“”"]{0,40}$/u.test(
        before.slice(remark.index + remark[0].length),
      );
    if (!remarkSpeaks && (!content || this.verbBetween(at, quotation.start))) return undefined;
    const owner = startingWithin(candidates, from, quotation.start).find((candidate) => candidate.end === at);
    // A colon gives the remark's content only where the remark opens the sentence ("Lavrov’s reply: “…”"); after
    // a verb it opens the subject's answer to it ("Zelensky dismissed Putin’s remarks: “…”").
    const ownerAt = owner?.start ?? at;
    // ("Asked about talks with Trump, Putin’s answer was plain: “Ready.”": an opening phrase's verb, before its
    // comma, is no verb of the remark's clause.)
    const clauseStart = Math.max(sentenceStart, text.lastIndexOf(',', ownerAt) + 1);
    const verbBeforeOwner = this.tokens.some(
      (token) => token.start >= clauseStart && token.end <= ownerAt && token.pos === 'VERB',
    );
    if (/:\s*$/u.test(before) && verbBeforeOwner) return undefined;
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
    // ("He said that while this is a “hard path” …": a "while" right after "that" opens a clause inside the
    // reported words, which the verb before still frames.)
    const clauseBreak = [...before.matchAll(/;|(?<![\p{L}])(?<!\bthat\s+)(?:while|whereas)(?![\p{L}])/gu)]
      .map((match) => from + match.index)
      .filter((at) => outside(at, at + 1))
      .at(-1);
    const verbs = this.verbs
      .slice(firstAtOrAfter(this.verbs, clauseBreak ?? from), firstAtOrAfter(this.verbs, quotation.start))
      .filter((at) => outside(at, at + 1));
    const near = startingWithin(candidates, from, quotation.start);
    const remark = this.remarkOwner(text, quotation, sentenceStart, candidates);
    if (remark !== undefined) return remark;
    // ("Slutsky also says according to the RIA news agency that both sides hope …": a source named after
    // "according to" is a channel, the subject of no verb.)
    const channel = (candidate: Candidate) =>
      /(?<![\p{L}])according to\s+(?:the\s+)?$/iu.test(
        text.slice(Math.max(0, candidate.start - 20), candidate.start),
      );
    const subjectOfVerb = (verbAt: number) =>
      this.subjectOf(
        text,
        verbAt,
        from,
        [...near, ...startingWithin(candidates, verbAt, verbAt + 60)].filter(
          (candidate) => !channel(candidate),
        ),
      );
    const inOrder = [...verbs];
    for (const verbAt of verbs.reverse()) {
      if (insertedAttribution(text, verbAt, from, inOrder) && !this.clauseAfterVerb(text, verbAt)) continue;
      // "He emphasized that whatever Trump has promised, “…”": a verb whose object is the "whatever" before its
      // subject ends its clause at the comma; the quote after is the clause around it's.
      if (
        FREE_RELATIVE_BEFORE.test(text.slice(Math.max(from, verbAt - 60), verbAt)) &&
        /^\p{L}+\s*,/u.test(text.slice(verbAt, quotation.start))
      )
        continue;
      const subject = subjectOfVerb(verbAt);
      // "Medinsky and Arakhamia said": both, so neither alone.
      if (subject && this.joint(subject, candidates)) return undefined;
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
      if (this.partyAfterPreposition(own)) return HELD;
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
    if (/(?<![\p{L}])what\s+$/iu.test(this.text.slice(Math.max(0, subject.start - 8), subject.start)))
      return false;
    return candidates.some(
      (candidate) =>
        candidate.start >= clauseStart &&
        candidate.end <= subject.start &&
        this.outsideQuotations(candidate.start, candidate.end) &&
        // "Lavrov: Kyiv said it was “ready”": a colon ends the clause the person is in.
        !this.text.slice(candidate.end, subject.start).includes(':') &&
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
    const token = this.tokens[firstStartingAtOrAfter(this.tokens, startOf, outer)];
    if (token === undefined || !REPORTING_CLAUSE_LEMMAS.has(token.lemma)) return undefined;
    if (!/^\s+(?:that\s+)?$/u.test(text.slice(token.end, subject.start))) return undefined;
    const reporter = subjectOfVerb(outer);
    // A body's statement ("the Kremlin said Putin had called …") tells its leader's words; a person reports their own.
    if (reporter === undefined || reporter === subject || !isPersonCandidate(reporter)) return undefined;
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
      if (this.ownsOrIsObject(candidate) || this.modifiesNoun(candidate)) return false;
      // "the talks with Podolyak, Medinsky, and Arakhamia had gone well": a name listed with an object is one too.
      const listed = listedBefore(text, candidate, candidates);
      if (listed.some((other) => this.ownsOrIsObject(other) || this.modifiesNoun(other))) return false;
      return startingWithin(this.tokens, candidate.end, quotation.start).some(
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
   * Whether a clause of its own, with a verb, follows the speech verb at `verbAt` before the next comma
   * ("Peskov said he would rather not answer, since …"): words it reports, so no attribution set off by
   * commas ("the Kremlin said on Tuesday,") that names only the channel.
   */
  private clauseAfterVerb(text: string, verbAt: number): boolean {
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
  private endsSentenceAsAttribution(text: string, verbAt: number, sentenceEnd: number): boolean {
    if (/[“”"]/u.test(text.slice(verbAt, sentenceEnd))) return false;
    return FINAL_ATTRIBUTION_SUBJECT.test(text.slice(Math.max(0, verbAt - 40), verbAt));
  }

  /**
   * A person other than `subject` who is the subject of a later clause of the sentence, one of its own after
   * "; " or ", and", ", but", ", while" … (adverbs between: ", and once again Lavrov sidestepped"), with a
   * verb right after the name: not a name the clause's words report ("said that Lavrov would come").
   */
  private otherClauseSubject(
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
    const quoted = this.quotedAs(verbAt, candidates);
    if (quoted) return quoted;
    const passive = this.passiveAgent(text, verbAt, candidates);
    if (passive) return passive;
    // "…, officials said on Tuesday, calling it “…”": a participle after a speech verb's clause has its subject,
    // also after the clauses the verb reports ("It said that while …, no resident suffered, adding that “…”"),
    // and after a conjunction of time ("Moscow has said it suspended the deal, after accusing Kyiv of a “…”").
    if (/^\p{L}+ing(?![\p{L}])/u.test(text.slice(verbAt, verbAt + 30))) {
      const previous = this.verbs[firstAtOrAfter(this.verbs, verbAt) - 1];
      if (
        previous !== undefined &&
        previous >= sentenceStart &&
        /^\p{L}+[^;.:“”"]{0,160},\s*(?:(?:after|before|while|when)\s+)?$/u.test(text.slice(previous, verbAt))
      )
        return this.subjectOf(text, previous, sentenceStart, candidates);
      // "The Kremlin on Monday rejected a report that Putin had held a call …, calling it “pure fiction.”": after
      // a clause with no verb of saying, the participle's subject is the sentence's, before its first verb.
      if (
        (previous === undefined || previous < sentenceStart) &&
        /,\s*$/u.test(text.slice(Math.max(sentenceStart, verbAt - 3), verbAt))
      ) {
        const firstVerb = this.tokens.find(
          (token) => token.start >= sentenceStart && (token.pos === 'VERB' || token.pos === 'AUX'),
        );
        const opener =
          firstVerb === undefined
            ? undefined
            : candidates.find(
                (candidate) =>
                  candidate.start >= sentenceStart &&
                  candidate.end <= firstVerb.start &&
                  !this.ownsOrIsObject(candidate),
              );
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
    const quotedBefore = this.quotedPassive(text, verbAt, sentenceStart, candidates);
    if (quotedBefore) return quotedBefore;
    // "Kalin said Erdogan would repeat that offer to Putin and ask him to “give a chance”": a verb of saying
    // after "will", "would" or another modal tells of words not yet spoken, so its subject has not said them;
    // they are the words of the one who reports the plan, the subject of the sentence's verb of saying before
    // it, or of no one known. So is a hope another reports ("The Vatican's spokesman said Pope Francis hoped
    // the undertaking “can initiate paths of peace”"): it is told in the reporter's words.
    const verb = this.tokens[firstStartingAtOrAfter(this.tokens, startOf, verbAt)];
    const reporting = this.verbs[firstAtOrAfter(this.verbs, verbAt) - 1];
    const reported = reporting !== undefined && reporting >= sentenceStart;
    const unsaid =
      verb !== undefined &&
      verb.text.toLowerCase() === verb.lemma &&
      FUTURE_BEFORE.test(text.slice(Math.max(sentenceStart, verbAt - 120), verbAt));
    // ("The talks will offer a chance to discuss “…”, he said": with no reporter before it, a verb of saying told
    // ahead of time leaves its words to a reporting verb after them in the sentence.)
    const sentenceEnd = this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, verbAt + 1)] ?? text.length;
    const reportedAfter = this.verbs.some(
      (at) => at > verbAt && at < sentenceEnd && this.outsideQuotations(at, at + 1),
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
      MESSAGE_NOUN.test(this.tokens[firstStartingAtOrAfter(this.tokens, startOf, verbAt) - 1]?.text ?? '')
    ) {
      const firstVerb = this.tokens.find(
        (token) => token.start >= sentenceStart && (token.pos === 'VERB' || token.pos === 'AUX'),
      );
      if (firstVerb !== undefined && firstVerb.start < verbAt)
        return candidates.find(
          (candidate) =>
            candidate.start >= sentenceStart &&
            candidate.end <= firstVerb.start &&
            isPersonCandidate(candidate) &&
            !this.ownsOrIsObject(candidate),
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
      if (nearest !== undefined && this.verbObject(nearest)) return unknownSubject(nearest);
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
        !this.modifiesNoun(candidate) &&
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
      const before = inOwnClause.filter(
        (candidate, index) =>
          !this.ownsOrIsObject(candidate) &&
          !this.partyAfterPreposition(candidate) &&
          !this.inApposition(candidate, inOwnClause.slice(0, index), verbAt),
      );
      const last = inOwnClause.at(-1);
      if (last !== undefined && this.ownsOrIsObject(last)) return this.headOf(last, before, verbAt);
      // A name right before the verb is its subject, a body too: "what Russia refers to as “…”", also with
      // auxiliaries and adverbs between ("what Russia has referred to as", "Moscow has repeatedly called").
      const adjacent = before.at(-1);
      if (adjacent !== undefined && this.onlyAuxiliariesBetween(adjacent.end, verbAt)) return adjacent;
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
        INVERTED_END.test(text.slice(candidate.end, candidate.end + 3)),
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
    const setOff = this.nameSetOff(text, inClause, verbAt);
    if (setOff) return setOff;
    // "Zelensky’s adviser, Mykhailo Podolyak, said": the owner of the subject is not it; the name set off is.
    const free = inClause.filter((candidate) => !this.ownsOrIsObject(candidate));
    const first = inClause[0];
    if (first !== undefined && free.length === 0)
      return { start: first.start, end: first.end, speaker: 'group', label: first.label };
    return (
      free.find((candidate) => typeof candidate.speaker === 'string' || candidate.speaker.type !== 'party') ??
      free[0]
    );
  }

  /**
   * A speech verb in the passive ("Macron was told by Putin that …", "Putin was called “…” by Biden"): its
   * subject heard the words or is described by them, so the speaker is the agent after "by", else nobody
   * (a holder that takes the subject's place). "X was quoted as saying" keeps X: it is the words' speaker.
   */
  private passiveAgent(
    text: string,
    verbAt: number,
    candidates: readonly Candidate[],
  ): Candidate | undefined {
    const verb = /^\p{L}+/u.exec(text.slice(verbAt, verbAt + 30))?.[0] ?? '';
    if (verb.endsWith('ing') || /^(?:quoted|cited|reported)$/u.test(verb)) return undefined;
    if (!BE_BEFORE.test(text.slice(0, verbAt))) return undefined;
    const sentenceEnd = this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, verbAt + 1)] ?? text.length;
    // The agent of this verb, not of a later one: "Who sits on the delegation has not been disclosed, while Ukraine
    // may be represented by Kyrylo Budanov" names no one who disclosed anything. (A verb inside a quotation,
    // "was called “the man who kills” by Biden", is no later verb.)
    const verbEnd = verbAt + verb.length;
    const laterVerbBefore = (at: number) =>
      startingWithin(this.tokens, verbEnd, at).some(
        (token) =>
          token.end <= at &&
          (token.pos === 'VERB' || token.pos === 'AUX') &&
          this.outsideQuotations(token.start, token.end),
      );
    const agent = startingWithin(candidates, verbAt, sentenceEnd).find(
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
   * True for a person who owns the subject or sits in a phrase inside it, and
   * so is not the one speaking: "Putin's spokesman", "a spokesman for
   * Zelensky", "the office of Zelensky". A party's body speaks for the party
   * ("Russia's defence ministry said"), so a party keeps its place.
   */
  /**
   * "the talks with Kyiv continue": a party after a preposition is the object of a phrase, no verb's subject;
   * but "with Moscow saying …" makes it the subject of the participle.
   */
  private partyAfterPreposition(candidate: Candidate): boolean {
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
  private verbFollows(at: number): boolean {
    let index = firstStartingAtOrAfter(this.tokens, startOf, at);
    while (this.tokens[index]?.pos === 'ADV') index += 1;
    const pos = this.tokens[index]?.pos;
    return pos === 'VERB' || pos === 'AUX';
  }

  private ownsOrIsObject(candidate: Candidate): boolean {
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
    const beforeTitle = TITLED_OBJECT.test(
      this.text.slice(Math.max(sentenceStart, candidate.start - 80), candidate.start),
    );
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
  private verbObject(candidate: Candidate): boolean {
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
    const verbBeforeComma = startingWithin(this.tokens, candidate.end, commaAt).some(
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
  private headOf(inner: Candidate, others: readonly Candidate[], verbAt: number): Candidate {
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
      /^,[^,;“”"]+,\s*(?:[^,;“”"]{1,60}\s)?$/u.test(this.text.slice(head.end, verbAt))
    )
      return head;
    return { start: inner.start, end: inner.end, speaker: 'group', label: inner.label };
  }

  /**
   * Whether the first verb of the sentence, before `before`, has for subject a name the compiler cannot
   * resolve ("Pope Francis acknowledged"; not "the encounter between the … ministers stayed").
   */
  private unknownSentenceSubject(before: number): boolean {
    const sentenceStart = this.sentenceStarts[firstAtOrAfter(this.sentenceStarts, before + 1) - 1] ?? 0;
    const verb = startingWithin(this.tokens, sentenceStart, before).find(
      (token) => token.pos === 'VERB' && this.outsideQuotations(token.start, token.end),
    );
    const subject = verb === undefined ? undefined : this.unknownSubject(verb.start, this.sentenceCandidates);
    return (
      subject !== undefined &&
      this.tokens[firstStartingAtOrAfter(this.tokens, startOf, subject.start)]?.pos === 'PROPN'
    );
  }

  /**
   * A name right before the verb that the knowledge lacks and the language
   * layer did not take for a person's full name ("Peskov said" where the
   * article never gave his first name): someone speaks whom the compiler cannot
   * name, so no one else may be taken for the subject.
   */
  private unknownSubject(verbAt: number, candidates: readonly Candidate[]): Candidate | undefined {
    let index = firstStartingAtOrAfter(this.tokens, startOf, verbAt) - 1;
    while (this.tokens[index]?.pos === 'ADV' || this.tokens[index]?.pos === 'AUX') index -= 1;
    const token = this.tokens[index];
    if (token === undefined) return undefined;
    // "Putin at a meeting with the Security Council noted": a noun a preposition governs is no subject ("one of
    // his advisers stated" is: "of" is inside the subject; "an official contacted by the agency said" has one
    // the compiler cannot name).
    // (A name after a common noun begins a phrase of its own: "on the call Xi urged".)
    const phraseTags =
      token.pos === 'PROPN' ? ['PROPN', 'ADJ', 'DET'] : ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'];
    let phraseStart = index;
    while (phraseTags.includes(this.tokens[phraseStart - 1]?.pos ?? '')) phraseStart -= 1;
    const governing = this.tokens[phraseStart - 1];
    // ("with officials describing them as “…”": "with" and a participle make the noun the participle's subject.)
    const withParticiple =
      governing?.text.toLowerCase() === 'with' &&
      /^\p{L}+ing(?![\p{L}])/u.test(this.text.slice(verbAt, verbAt + 20));
    if (governing?.pos === 'ADP' && !['of', 'by'].includes(governing.text.toLowerCase()) && !withParticiple)
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
      this.inKnownName(token) ||
      CALENDAR_WORDS.test(token.text) ||
      PARTY_BODIES.has(token.text.toLowerCase())
    )
      return undefined;
    if (candidates.some((candidate) => candidate.start <= token.start && token.end <= candidate.end))
      return undefined;
    // A surname alone that the article gave in full earlier is a known name ("Fomin said").
    if (this.namedBySurname.has(token.text)) return undefined;
    // "The Russian Ministry of Defence described": a state's body named with "of" is no unknown name either.
    let nameStart = index;
    while (
      this.tokens[nameStart - 1] !== undefined &&
      (this.tokens[nameStart - 1]?.pos === 'PROPN' ||
        /^(?:of|the)$/u.test(this.tokens[nameStart - 1]?.text ?? ''))
    )
      nameStart -= 1;
    if (this.tokens.slice(nameStart, index).some((word) => PARTY_BODIES.has(word.text.toLowerCase())))
      return undefined;
    return { start: token.start, end: token.end, speaker: 'group', label: token.text };
  }

  /**
   * Whether the word right after an inverted verb is a name the compiler does not know ("said Umerov, standing
   * next to Arakhamia", "said Yermak after talking to Zelensky"): the subject, whom no later name replaces.
   */
  private unknownAfter(verbEnd: number, candidates: readonly Candidate[]): boolean {
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
    // The run of capitalised and title words after the verb: "said Kremlin spokesman Dmitry Peskov" holds a name.
    let end = token.end;
    for (let index = first + 1; index < this.tokens.length; index += 1) {
      const next = this.tokens[index];
      if (next === undefined || next.start - end > 1) break;
      if (!/^\p{Lu}/u.test(next.text) && !OFFICE_WORDS.has(next.text.toLowerCase())) break;
      end = next.end;
    }
    return !candidates.some((candidate) => candidate.start < end && token.start < candidate.end);
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
      if (isTitle(this.text, quote.quotation)) continue;
      if (this.verbBetween(quote.quotation.end, next.quotation.start)) continue;
      sentenceQuotes[index] = {
        quotation: quote.quotation,
        speaker: next.speaker,
        ...(next.label === undefined ? {} : { label: next.label }),
        rule: next.rule,
      };
    }
  }

  /**
   * True for a name inside an apposition to the one before it, set off by
   * commas before the verb: "Podolyak, adviser to President Zelenskyy and
   * another negotiator, in a tweet said" is Podolyak's, "Kuleba, speaking
   * after meeting Lavrov, said" Kuleba's.
   */
  private inApposition(
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
        this.text.slice(name.end, comma).trim() === '' &&
        (!droppedComma || /^[\s,]*$/u.test(this.text.slice(quoteEnd, name.start))),
    );
  }

  /** "Medinsky was quoted by Russian news agencies as saying": the one quoted, the name right before "was". */
  private quotedPassive(
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
  private quotedAs(verbAt: number, candidates: readonly Candidate[]): Candidate | undefined {
    const match = QUOTED_AS.exec(this.text.slice(verbAt, verbAt + 160));
    const object = match?.groups?.['object'];
    if (match === null || object === undefined) return undefined;
    // "Medinsky was quoted by Russian news agencies as saying": the agency after "by" quotes the subject.
    if (/^by\s/u.test(object)) return undefined;
    const start = verbAt + match[0].indexOf(object, match[0].search(/\s/u));
    const end = start + object.length;
    if (/^(?:him|her)$/iu.test(object)) return { start, end, speaker: 'pronoun', label: object };
    const inside = startingWithin(candidates, start, end).filter((candidate) => candidate.end <= end);
    return nearestSpeaker(inside) ?? { start, end, speaker: 'group', label: object };
  }

  /** True when the word after a candidate is a common noun it modifies ("Putin aide"). */
  private modifiesNoun(candidate: Candidate): boolean {
    const first = firstStartingAtOrAfter(this.tokens, startOf, candidate.end);
    const next = this.tokens[first];
    if (typeof candidate.speaker !== 'string' && candidate.speaker.type === 'party') {
      // "the Ukrainian presidency confirmed", "Russia’s defence ministry said": a party before one of its bodies
      // is that party speaking; before a person ("Ukraine’s chief negotiator", "Ukrainian presidential
      // adviser") it says whose the person is.
      let index = first + (/^[’']s$/u.test(next?.text ?? '') ? 1 : 0);
      let head: Token | undefined;
      while (
        this.tokens[index] !== undefined &&
        (this.tokens[index]?.pos === 'ADJ' || this.tokens[index]?.pos === 'NOUN') &&
        /^\p{Ll}/u.test(this.tokens[index]?.text ?? '') &&
        !this.verbs.includes(this.tokens[index]?.start ?? -1)
      ) {
        head = this.tokens[index];
        index += 1;
        // "the Kremlin’s press-service": a hyphen joins the words of one noun.
        if (joinsWords(this.tokens, index)) index += 1;
      }
      if (next === undefined || next.start - candidate.end > 1 || head === undefined) return false;
      // "the Kremlin chief", "the NATO chief": the language layer may tag "chief" an adjective.
      if (head.pos !== 'NOUN' && !PERSON_HEADS.has(head.text)) return false;
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

  /**
   * The last speaker, when a quote that opens its sentence goes on with them: only
   * when that speaker spoke in this paragraph or the one before, and no verb
   * after the quote attributes it otherwise ("“…,” one read").
   */
  private continued(quotation: Quotation, sentenceEnd: number): Found | undefined {
    const last = this.lastSpeaker;
    if (last === undefined || last.paragraph < this.paragraph - 1) return undefined;
    // Up to the sentence's real end: a "!" inside the quote ("Stop! Remember …") is not it.
    const stop = /[.!?](?=\s|$)/u.exec(this.text.slice(quotation.end, quotation.end + WINDOW));
    // A quote whose words close its sentence ("“… this meeting.” Lavrov said nothing …") is all of it: the
    // next sentence is another's, unless it is an attribution and nothing more ("“… this meeting.” Medinsky said.").
    if (/[.!?]$/u.test(quotation.text.trimEnd()) && quotation.end >= sentenceEnd) {
      const nextEnd = stop === null ? this.text.length : quotation.end + stop.index;
      return this.attributionAlone(quotation.end, nextEnd)
        ? undefined
        : { speaker: last.speaker, label: last.label, rule: 'continued-quote' };
    }
    const clauseEnd = stop === null ? sentenceEnd : Math.max(sentenceEnd, quotation.end + stop.index);
    let attributedAfter = false;
    for (let index = firstStartingAtOrAfter(this.tokens, startOf, quotation.end); ; index += 1) {
      const token = this.tokens[index];
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

  /** Whether the words in [from, to) are a short sentence whose one verb reports speech ("Medinsky told reporters."). */
  private attributionAlone(from: number, to: number): boolean {
    const tokens = this.tokens.filter(
      (token) => token.start >= from && token.end <= to && token.pos !== 'PUNCT',
    );
    const verbs = tokens.filter((token) => token.pos === 'VERB' || this.verbs.includes(token.start));
    return tokens.length <= 8 && verbs.length === 1 && this.verbs.includes(verbs[0]?.start ?? -1);
  }

  private settle(candidate: Candidate | undefined, rule: AttributionRule): Found | undefined {
    if (candidate === undefined) return undefined;
    if (candidate.speaker === 'group') return undefined;
    if (candidate.speaker !== 'pronoun') return { speaker: candidate.speaker, label: candidate.label, rule };
    if (candidate.body) {
      // "Russia set conditions on Ukraine for halting what it calls a “…”": a party earlier in the sentence, not
      // one after a preposition, is what "it" means; two such leave it to neither.
      const earlier = this.sentenceCandidates.filter(
        (other) =>
          other.end <= candidate.start &&
          typeof other.speaker !== 'string' &&
          other.speaker.type === 'party' &&
          !AFTER_PREPOSITION.test(this.text.slice(Math.max(0, other.start - 20), other.start)) &&
          // "sat down with Li Hui, China’s special representative, for a talk, it said": a state's possessive
          // that opens an apposition describes the person before it; it is no subject "it" may mean.
          !(
            /,\s*$/u.test(this.text.slice(Math.max(0, other.start - 3), other.start)) &&
            /^[’']s(?![\p{L}])/u.test(this.text.slice(other.end, other.end + 3))
          ),
      );
      // "Russia invaded Ukraine … in what it calls a “…”": of two, the one a verb follows is the clause's subject;
      // the other is its object. "Ukraine and Russia met": both are.
      const subjects = earlier.filter((other, index) => {
        let last = other;
        for (const next of earlier.slice(index + 1)) {
          if (!/^\s*(?:,\s*)?(?:and|or|,)\s*$/u.test(this.text.slice(last.end, next.start))) break;
          last = next;
        }
        return this.verbFollows(last.end);
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
        !/[,;:–—()]/u.test(this.text.slice(nearest.end, candidate.start))
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
      this.sentenceCandidates.some(
        (other) =>
          other.end <= owner.start &&
          typeof other.speaker !== 'string' &&
          (other.speaker.type === 'person' || other.speaker.type === 'named') &&
          !/^[’']s(?![\p{L}])/u.test(this.text.slice(other.end, other.end + 3)),
      );
    const earlierPeople = this.sentenceCandidates.filter(
      (other) =>
        other.end <= candidate.start &&
        typeof other.speaker !== 'string' &&
        (other.speaker.type === 'person' || other.speaker.type === 'named') &&
        fits(other.speaker) &&
        // "Orban, a long-standing Trump ally, … what he called": a name that modifies a noun is no one "he" means.
        !this.modifiesNoun(other) &&
        !/^\s*,\s*$/u.test(this.text.slice(other.end, candidate.start)) &&
        // "Lavrov recalled Zelensky’s appeals, as he put it, “…”": the owner of a noun is not the subject "he" means.
        !(/^[’']s(?![\p{L}])/u.test(this.text.slice(other.end, other.end + 3)) && subjectBefore(other)),
    );
    // "Zelenskyy challenged Putin to meet him; he asked …": a verb's object is not the one "he" means when a
    // person before it is no object.
    const nearest = earlierPeople.at(-1);
    const earlier =
      nearest !== undefined && this.verbObject(nearest)
        ? (earlierPeople.findLast((other) => !this.verbObject(other)) ?? nearest)
        : nearest;
    // "Kuleba and Cavusoglu spoke; he said …": either may be "he".
    if (
      earlier !== undefined &&
      listedWith(this.text, earlier, this.sentenceCandidates).some(
        (other) => typeof other.speaker !== 'string' && fits(other.speaker),
      )
    )
      return undefined;
    const replies = REPLY_AFTER.test(this.text.slice(candidate.end, candidate.end + 30));
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
      if (person !== undefined && this.holdsOffice(person.speaker, office))
        return { ...person, rule: 'pronoun' };
      // "Kuleba arrived in Brussels. … (two paragraphs on) “…,” the foreign minister said": with no holder named
      // lately, the one the article named earlier; two leave it to neither.
      const [holder, other] = holders.length > 0 ? holders : this.earlierHolders(office, candidate.start);
      // "Podolyak said … “…,” the adviser said": an office any official may hold, which no one named was given.
      if (holder === undefined && GENERIC_ROLE.test(office)) return this.onlyPersonLately(candidate.start);
      if (holder === undefined || other !== undefined) return undefined;
      return { speaker: holder.speaker, label: candidate.label, rule: 'pronoun' };
    }
    if (person === undefined || !fits(person.speaker)) return undefined;
    if (ambiguous && !goesOn(person.speaker)) return undefined;
    // "Kuleba said … ¶ The 87-year-old pope had been asked …": an epithet by age with a role names someone of
    // that role, whom the person last spoken of may not be.
    const role = candidate.epithet === true ? epithetRole(candidate.label) : undefined;
    if (role !== undefined && !this.holdsOffice(person.speaker, role)) return undefined;
    // "Zelensky has said he is open to compromise. … Putin now wants Ukraine to recognise them. ¶ He said “…”": the
    // last subject, of the paragraph before, never spoke lately, and someone else "he" fits did: either may be
    // meant. ("Prikk was blunter. “…,” he said": a subject of the quote's own paragraph is the one.)
    if (
      earlier === undefined &&
      !replies &&
      !this.personSubjects.some(
        (subject) =>
          subject.paragraph === this.paragraph &&
          subject.speaker !== undefined &&
          sameSpeaker(subject.speaker, person.speaker),
      ) &&
      this.spokeInsteadLately(person.speaker, fits)
    )
      return undefined;
    return { ...person, rule: 'pronoun' };
  }

  /**
   * The one person named lately (in this paragraph before a place, or the one before, in a phrase too, or
   * the subject of a sentence there), whom a role any official may be given refers back to; none when
   * there were two, or when the one is a head of state or government (OFFICE_EQUIVALENTS), whom no one
   * calls "the adviser".
   */
  private onlyPersonLately(before: number, side?: string): Found | undefined {
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
    const [person, other] = eachSpeakerOnce(people, (found) => found.speaker);
    if (person === undefined || other !== undefined) return undefined;
    if (person.speaker.type !== 'person' && person.speaker.type !== 'named') return undefined;
    if (['head of state', 'head of government'].some((office) => this.holdsOffice(person.speaker, office)))
      return undefined;
    // "the senior Russian official": only one the article or the knowledge gives that side.
    if (side !== undefined && !this.holdsOffice(person.speaker, side)) return undefined;
    return { ...person, rule: 'pronoun' };
  }

  /** How many people the sentence before and this one up to a place name, each once. */
  private peopleLately(before: number): number {
    const people = [
      ...this.previousSentencePeople.map((person) => person.speaker),
      ...this.sentenceCandidates.flatMap((other) =>
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
    const verbs = this.verbs
      .slice(firstAtOrAfter(this.verbs, sentenceStart), firstAtOrAfter(this.verbs, sentenceEnd))
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
  private earlierHolders(office: string, before: number) {
    return this.describedPeople
      .fitting('', this.paragraph, before, sameSpeaker, true, Infinity)
      .filter((person) => this.holdsOffice(person.speaker, office));
  }

  private holdsOffice(speaker: Speaker, office: string): boolean {
    // "Deputy Defence Minister Alexander Fomin said … “…,” the deputy minister said": the office the article gave them.
    if (this.describedPeople.describes(speaker, office, sameSpeaker)) return true;
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
    for (const [phrase, titles] of OFFICE_EQUIVALENTS) {
      if (!` ${office} `.includes(` ${phrase} `)) continue;
      const others = ` ${office} `.replace(` ${phrase} `, ' ').trim();
      return titles.some((title) => holds(`${others} ${title}`.trim().split(' ')));
    }
    return holds(office.split(' '));
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
      // Only a person of this paragraph or the one before: further back, "he" may be anyone the text has moved on to.
      if (subject === undefined || subject.paragraph < this.paragraph - 1) return undefined;
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
    let index = firstStartingAtOrAfter(this.tokens, startOf, quotation.start);
    while (this.tokens[index]?.pos === 'PUNCT') index += 1;
    const first = this.tokens[index];
    if (first === undefined || first.end > quotation.end) return false;
    let next = index;
    while (this.tokens[next]?.pos === 'PROPN') next += 1;
    return next > index && this.verbFollows(this.tokens[next - 1]?.end ?? first.end);
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
  private isOnePerson(key: string): boolean {
    const source = this.sources.get(key);
    return source?.group === false && source.medium !== true;
  }

  /** True when a speech verb of the paragraph starts in [from, to). */
  private verbBetween(from: number, to: number): boolean {
    const at = this.verbs[firstAtOrAfter(this.verbs, from)];
    return at !== undefined && at < to;
  }

  /**
   * People the paragraph names whom the knowledge lacks: full names from the
   * language layer, and a surname alone once the article has given the full name.
   */
  private namedCandidates(
    tokens: readonly Token[],
    names: readonly PersonName[],
    mentions: readonly Mention[],
    quotations: readonly Quotation[],
    descriptions: readonly { start: number; end: number }[],
  ): Candidate[] {
    const claimed = [...mentions, ...quotations, ...descriptions];
    const full = fullNamesOutside(names, descriptions);
    this.foresee(full);
    const inFull = overlapsAny(full);
    const isClaimed = overlapsAny(claimed);
    const surnames = tokens.flatMap((token): Candidate[] => {
      const bare = token.text.replace(/[’']s$/u, '');
      const name =
        this.namedBySurname.get(bare) ??
        (token.pos === 'PROPN' ? (this.namedByFirstWord.get(bare) ?? this.misspeltSurname(bare)) : undefined);
      if (name === undefined || inFull(token)) return [];
      if (isClaimed(token)) return [];
      return [
        { start: token.start, end: token.start + bare.length, speaker: { type: 'named', name }, label: bare },
      ];
    });
    return [
      ...full.map((name): Candidate =>
        // A name too near a known person's to be someone else's, too far to be sure: whom it means is uncertain.
        name.nearKnown === undefined
          ? {
              start: name.start,
              end: name.end,
              speaker: { type: 'named', name: this.longerName(name.name) ?? name.name },
              label: name.name,
            }
          : unknownSubject(name, name.name),
      ),
      ...surnames,
    ];
  }

  /**
   * The one name the article gave whose surname this word misspells by one edit ("Ushkakov told Channel One"
   * after "Yury Ushakov"), as copy misspells a name it spelt right before; a short word, or one as near two
   * surnames, is no one's.
   */
  private misspeltSurname(word: string): string | undefined {
    if (word.length < MISSPELT_SURNAME_LENGTH) return undefined;
    const folded = word.toLowerCase();
    const near = new Set(
      [...this.namedBySurname]
        .filter(
          ([surname]) =>
            surname.length >= MISSPELT_SURNAME_LENGTH &&
            surname[0] === word[0] &&
            editDistance(folded, surname.toLowerCase(), 1) === 1,
        )
        .map(([, name]) => name),
    );
    return near.size === 1 ? [...near][0] : undefined;
  }

  /**
   * The one fuller name the article gave that ends in this one: "Di Maio" after "Luigi Di Maio" (a surname of two
   * words), "Tayyip Erdogan" after "Recep Tayyip Erdogan"; or whose surname a one-word name is.
   */
  private longerName(name: string): string | undefined {
    // "Lula" after "Luiz Inacio Lula da Silva": a one-word name the article used as that fuller name's surname.
    const bySurname = name.includes(' ') ? undefined : this.namedBySurname.get(name);
    if (bySurname !== undefined && bySurname !== name) return bySurname;
    const longer = new Set([...this.namedBySurname.values()].filter((full) => full.endsWith(` ${name}`)));
    return longer.size === 1 ? [...longer][0] : undefined;
  }

  /**
   * The full names of people the knowledge lacks, for the surname alone: the article's first of each surname,
   * given before the paragraphs are attributed (a surname may come first: "Peskov said …" above "Kremlin
   * spokesman Dmitry Peskov") and again as each paragraph comes.
   */
  foresee(names: readonly PersonName[]): void {
    for (const { name, nearKnown } of names) {
      if (nearKnown !== undefined) continue;
      // A surname alone after an office ("Kremlin spokesman Peskov") is a name of one word.
      const surname = surnameOf(name) ?? (name.includes(' ') ? undefined : name);
      // "President Tokaev speaks …" before "Kazakhstan's President Kasym-Zhomart Tokaev": the full name, wherever
      // it comes, says who the surname alone is.
      const known = surname === undefined ? undefined : this.namedBySurname.get(surname);
      if (surname !== undefined && (known === undefined || (known === surname && name !== surname)))
        this.namedBySurname.set(surname, name);
      // "Lula said" after "Luiz Inacio Lula da Silva": the word a name's particles follow is a surname too.
      const beforeParticles = wordBeforeParticles(name);
      if (beforeParticles !== undefined && !this.namedBySurname.has(beforeParticles))
        this.namedBySurname.set(beforeParticles, name);
      const words = name.split(/\s+/u);
      const [first] = words;
      if (words.length !== 2 || first === undefined || this.namedBySurname.has(first)) continue;
      const earlier = this.namedByFirstWord.get(first);
      this.namedByFirstWord.set(first, earlier === undefined || earlier === name ? name : null);
    }
  }
}

/** Names a role the knowledge resolves does not hold ("the Turkish Foreign Minister" is that person, no name). */
export function fullNamesOutside(
  names: readonly PersonName[],
  descriptions: readonly { start: number; end: number }[],
): PersonName[] {
  const inDescription = overlapsAny(descriptions);
  return names.filter((name) => !inDescription(name));
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

/** Verbs of saying whose clause reports someone's words ("stated that …"). */
const REPORTING_CLAUSE_LEMMAS: ReadonlySet<string> = new Set(['say', 'state', 'report', 'announce', 'write']);
/** A sentence that opens with the question put to its subject, up to a quote before the question's comma. */
const ASKED_OPENING = /^(?:When\s+)?[Aa]sked\s[^,;:“”"]*$/u;
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
/** A word that opens a clause inside another: its subject is no subject of the clause around it. */
const SUBORDINATE_OPENER =
  /^(?:what|who|whom|which|that|whether|if|because|since|although|though|when|where)$/iu;

/** Before a participle that opens its sentence: nothing, or an adverb ("Also confirming …", "Speaking to reporters, …"). */
/** A side's document between its name and the verb: " statement", " readout from his call with Putin". */
const SIDE_DOCUMENT_BEFORE_VERB =
  /^\s+(?:statement|readout|communiqu[eé]|press\s+release)(?:\s+(?:from|on|of|about|after)\s+[^,;:“”"]{1,60}?)?\s+(?:\p{Ll}+ly\s+)?$/u;
/** The article that opens a clause before a side's document: "A Kremlin statement", "…, the Turkish readout". */
const DOCUMENT_OPENS_CLAUSE = /(?:^|[,;:”"]\s*)(?:[Aa]n?|[Tt]he)\s+$/u;
const OPENING_PARTICIPLE = /^(?:(?:also|later|earlier|then|again|separately|meanwhile)\s+|\p{L}+ly\s+)?$/iu;

/** A sentence's opening that names whose account it is: "According to X,", "In the words of X,", "In X’s words,". */
const OPENING_SOURCE =
  /^(?:[Aa]ccording to\s+|In the words of\s+|In\s+(?=[^,;:“”"]{1,60}[’']s\s+(?:own\s+)?words,)|In\s+(?=(?:his|her)\s+(?:own\s+)?words,))([^,;:“”"]{1,80}?)(?:[’']s\s+(?:own\s+)?words|\s+(?:own\s+)?words)?,\s/du;

/** Verbs of asking someone: "asked", "pressed", "questioned", "quizzed", "interviewed". */
const ASKING_LEMMAS = new Set(['ask', 'press', 'question', 'quiz', 'interview', 'grill']);
/** Journalists as a subject: "Reporters", "a journalist", "the BBC’s correspondent". */
const JOURNALISTS =
  /^\s*(?:(?:a|an|the|one|several|two)\s+)?(?:[\p{L}’'.]+\s+){0,2}(?:reporters?|journalists?|correspondents?|interviewers?|hosts?|moderators?)\s*$/iu;

/** ", as the ministry had earlier put it," right after a quote's phrase: whose words the quote is. */
const AS_PUT_IT_AFTER =
  /^[”"]?[^“”";:.]{0,60}?,\s+as\s+[^,;:“”"]{1,80}?\s(?<verb>puts?|call(?:s|ed)?|describe[sd]?|term(?:s|ed)?|dub(?:s|bed)?)(?=\s+it(?![\p{L}]))/u;
/** Right after a quote, an agency quoting someone: ", TASS quoted Foreign Minister Sergei Lavrov as saying". */
const QUOTED_RIGHT_AFTER = /^[”"]?\s*,?\s*[”"]?\s*(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:quoted|cited)\s/u;

/** A sentence that only announces someone's words, the quote to follow: "His words:", "In her own words:". */
const WORDS_ANNOUNCED = new RegExp(
  String.raw`^(?:In\s+)?(?<owner>[Hh]is|[Hh]er)\s+(?:own\s+)?${REMARK_NOUN}\s*:$`,
  'u',
);

/**
 * A pronoun, a capitalised name of up to three words, or a description opened by an article right after a comma,
 * before a verb: ", he ", ", Dmitry Peskov ", ", the spokesperson ".
 */
const FINAL_ATTRIBUTION_SUBJECT =
  /,\s+(?:he|she|they|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}|(?:[Tt]he|an?|one)\s+(?:[\p{L}’'.-]+\s+){1,4})\s*(?:\p{Ll}+ly\s+)?$/u;

/** The word a possessive owns, an adjective or two before it allowed: "’s premier", "’s new foreign minister". */
const OWNED_WORD = new RegExp(
  `^[’']s\\s+(?:\\p{Ll}+\\s+){0,2}?(\\p{L}+)(?=\\s+(?:\\p{Ll}+ly\\s+)?(?:${SPEECH_VERBS})(?![\\p{L}]))`,
  'u',
);

/** A label that opens a line before a colon: "Original title:", "UPDATE:". */
const LEADING_LABEL = /^\p{Lu}[\p{L} ]{0,24}:\s+/u;

/** What opens a clause of its own right before its subject, adverbs allowed between: ", and once again". */
const CLAUSE_OPENER_BEFORE = /(?:;|,\s+(?:but|and|while|whereas|yet))(?<words>(?:\s+\p{Ll}+){0,2})\s+$/u;

/** What opens a clause that is not a speech verb's reported words, right before its subject. */
const CLAUSE_OF_ITS_OWN =
  /(?:[;–—]|,\s+(?:but|and|while|whereas|though|although|yet)|,\s+(?:a|an)\s+\p{Ll}+(?:\s+(?:that|which))?)\s+$/u;

/** The subject of a quote's verb is someone the compiler cannot name: the quote is theirs, and nobody else's. */
const HELD = 'held';

function asFound(result: Found | typeof HELD | undefined): Found | undefined {
  return result === HELD ? undefined : result;
}

const startOf = (span: { start: number }) => span.start;

/** The spans, sorted by start, that start in [from, to). */
function startingWithin<T extends { start: number }>(spans: readonly T[], from: number, to: number): T[] {
  return within(spans, startOf, from, to);
}
