import type { Mention } from './mentions';
import type { Quotation } from './quotations';
import { firstStartingAtOrAfter, startingWithin as within } from './ranges';
import { splitSentences, words } from './text';

/** Someone the coverage quotes without naming ("one European defense official"). */
export interface UnnamedSource {
  /** Unique within the article: `unnamed-1`, `unnamed-2`, … in order of appearance. */
  key: string;
  /** The words the article first describes them with. */
  description: string;
  /** The party the description ties them to ("a senior NATO official" → nato), if any. */
  party?: string;
  /** True for a plural description ("two US officials"). */
  group: boolean;
  /** True once the article reports them saying something, quoted or not ("one source … said"). */
  speaks: boolean;
}

/** Who a quote is attributed to. */
export type Speaker =
  { type: 'person'; id: string } | { type: 'party'; id: string } | { type: 'unnamed'; key: string };

/** How the speaker of a quote was found, for the record. */
export type AttributionRule =
  | 'verb-after-quote'
  | 'verb-before-quote'
  | 'continued-quote'
  | 'pronoun'
  | 'earlier-description'
  | 'according-to'
  | 'reported-speech';

/** A quote with the speaker the compiler attributes it to. */
export interface AttributedQuote {
  quotation: Quotation;
  speaker?: Speaker;
  /** The name or description the article gives the speaker where it attributes the quote ("Kalin", "the official"). */
  label?: string;
  rule?: AttributionRule;
}

interface Candidate {
  start: number;
  end: number;
  speaker: Speaker | 'pronoun';
  /** The words that name the candidate. */
  label: string;
}

interface Found {
  speaker: Speaker;
  label: string;
  rule: AttributionRule;
}

/** Verbs that report speech, as a regular expression's alternatives (also read by round-links.ts). */
export const SPEECH_VERBS =
  'said|says|told|tells|added|adds|wrote|writes|explained|asked|warned|argued|noted|stated|continued|insisted|acknowledged|recalled|declared|replied|responded|posted|tweeted|saying|calling|demanded|urged|described|describing|claimed|claims|claiming';
const VERB_AFTER = new RegExp(`(?<![\\p{L}-])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'gu');

// "that" is left out: it is far more often a conjunction ("warning that negotiators …").
const DETERMINER = String.raw`(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Mm]ultiple|[Aa]nother|[Tt]he|[Tt]his)`;
const MODIFIER = String.raw`(?:\p{Lu}[\p{L}.’'-]*|senior|top|defense|defence|administration|intelligence|military|congressional|government|western|foreign|former|high-ranking)`;
// "leaders" only in the plural: "the Russian leader" is a named person described, not an unnamed source.
const HEAD = String.raw`(?:officials?|diplomats?|sources?|negotiators?|spokesperson|spokesman|spokeswoman|lawmakers?|leaders)`;
const UNNAMED = new RegExp(
  String.raw`(?<![\p{L}])(?<det>${DETERMINER})\s+(?<mods>(?:${MODIFIER}\s+){0,4})(?<head>${HEAD})(?![\p{L}])(?<post>\s+familiar with the [\p{L}’' ]{1,60}?(?=[,.;]| told| said))?`,
  'gu',
);
const DEFINITE = /^(?:the|this)$/iu;
/** A speech verb right after a description: the source is reported saying something. */
const SPEECH_AFTER = new RegExp(`^[^.;“"]{0,25}?(?<![\\p{L}-])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'u');
/**
 * Between a quote and the verb that attributes it, no dash or semicolon: after
 * one, the verb belongs to another clause ("a “neutral” status -- a possibility that one
 * congressional source told CNN has caused heartburn").
 */
const CLAUSE_BREAK = /--|—|–|;/u;
/** "…, according to an Elysée Palace readout": the named source's words. */
const ACCORDING_TO = /(?<![\p{L}])according to\s/u;
/** A sentence that ends in its attribution ("…, a senior NATO official said."): reported speech, which the next sentence may go on with. */
const REPORTED_SPEECH_END = /,\s+[^,“”"]{1,80}?\s(?:said|says|added|told \p{L}+)\.?\s*$/u;
/** A quote that is a title, right after "on" or "in" and capitalised word by word (“State of the Union”): nobody's words. */
const TITLE_QUOTE =
  /^(?:\p{Lu}[\p{L}’'-]*|of|the|and|a|an|in|on|for|to|at)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|and|a|an|in|on|for|to|at))*[.,]?$/u;
const PRONOUN = /(?<![\p{L}])(?:he|she|He|She)(?![\p{L}])/gu;
/**
 * How far from a quote, in characters, the words that attribute it are
 * looked for, within its sentence (a long sentence of news prose is 300).
 * Looking no further keeps the work per quote the same in any paragraph.
 */
const WINDOW = 400;
/** How many of the latest unnamed sources "the official" may refer back to. */
const RECENT_SOURCES = 50;
const POSSESSIVE_REMARK =
  /[’']s (?:recent |latest |earlier )?(?:comment|remark|statement|words|claim|pledge|warning)s?\b/u;

/**
 * Attributes the quotes of one article, paragraph by paragraph, in order.
 * One instance per article: it remembers the unnamed sources described so far
 * (so "the official" finds "one European defense official"), the speaker of
 * the last quote (for a quote continued in the next paragraph) and the
 * subjects of earlier sentences (for "he said").
 */
export class ArticleAttributor {
  readonly unnamedSources: UnnamedSource[] = [];
  /** Unnamed sources, the most recently referred to last: "the official" means the latest one. */
  private readonly recentSources: UnnamedSource[] = [];
  /** Each source's description as a set of words, made once: "the official" is compared with many. */
  private readonly describedWords = new Map<UnnamedSource, Set<string>>();
  private readonly sourceByDescription = new Map<string, UnnamedSource>();
  private readonly sourceByKey = new Map<string, UnnamedSource>();
  private lastSpeaker: { speaker: Speaker; label: string } | undefined;
  /** The subject of the latest earlier sentence that was a person, for "he" and "she". */
  private lastPersonSubject: { speaker: Speaker; label: string } | undefined;

  /**
   * @param reporters ids of journalists, who are never taken as the speaker of a quote they report
   * @param partyOf finds the party a description names ("NATO" in "a senior NATO official")
   */
  constructor(
    private readonly reporters: ReadonlySet<string>,
    private readonly partyOf: (description: string) => string | undefined,
  ) {}

  /**
   * @param descriptions people the paragraph refers to by their title alone ("the Russian President"), found by the caller
   */
  attribute(
    text: string,
    quotations: readonly Quotation[],
    mentions: readonly Mention[],
    descriptions: readonly { start: number; end: number; id: string; text: string }[] = [],
  ): AttributedQuote[] {
    // Quotations do not overlap, and come in order: the one a range may lie in is found by halving.
    const outside = (start: number, end: number) => {
      const quote = quotations[firstStartingAtOrAfter(quotations, startOf, start + 1) - 1];
      return quote === undefined || end > quote.end;
    };
    const candidates: Candidate[] = [
      ...mentions
        .filter((mention) => !mention.inQuote && mention.kind !== 'place')
        .filter((mention) => !(mention.kind === 'person' && this.reporters.has(mention.id)))
        .map((mention): Candidate => ({
          start: mention.start,
          end: mention.end,
          speaker: { type: mention.kind === 'person' ? 'person' : 'party', id: mention.id },
          label: mention.text,
        })),
      ...descriptions
        .filter((description) => outside(description.start, description.end))
        .map((description): Candidate => ({
          start: description.start,
          end: description.end,
          speaker: { type: 'person', id: description.id },
          label: description.text,
        })),
      ...this.unnamedCandidates(text, outside),
      ...[...text.matchAll(PRONOUN)]
        .filter((match) => outside(match.index, match.index + match[0].length))
        .map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          speaker: 'pronoun' as const,
          label: match[0],
        })),
    ].sort((a, b) => a.start - b.start);

    const results: AttributedQuote[] = [];
    // The speaker of the paragraph's last sentence of reported speech, which the next sentence may go on with.
    let reported: { speaker: Speaker; label: string } | undefined;
    for (const sentence of splitSentences(text)) {
      const sentenceEnd = sentence.start + sentence.text.length;
      const inSentence = startingWithin(candidates, sentence.start, sentenceEnd).filter(
        (candidate) => candidate.end <= sentenceEnd,
      );
      const firstQuote = firstStartingAtOrAfter(quotations, startOf, sentence.start);
      const lastQuote = firstStartingAtOrAfter(quotations, startOf, sentenceEnd);
      for (let index = firstQuote; index < lastQuote; index += 1) {
        const quotation = quotations[index];
        if (quotation === undefined) continue;
        if (isTitle(text, quotation)) {
          results.push({ quotation });
          continue;
        }
        // A sentence that opens with an unattributed quote goes on with the last speaker (news style).
        const found: Found | undefined =
          this.speakerAccordingTo(text, quotation, sentenceEnd, inSentence) ??
          this.speakerAfter(text, quotation, sentenceEnd, quotations[index + 1], inSentence) ??
          this.speakerBefore(text, quotation, sentence.start, outside, inSentence) ??
          (quotation.start === sentence.start && this.lastSpeaker
            ? { ...this.lastSpeaker, rule: 'continued-quote' as const }
            : undefined) ??
          (reported ? { ...reported, rule: 'reported-speech' as const } : undefined);
        if (found) {
          this.lastSpeaker = { speaker: found.speaker, label: found.label };
          this.markSpeaking(found.speaker);
        }
        results.push({ quotation, ...found });
      }
      const subject = inSentence[0];
      const resolvedSubject =
        subject &&
        (subject.speaker === 'pronoun'
          ? this.previousPerson()
          : { speaker: subject.speaker, label: subject.label });
      if (resolvedSubject?.speaker.type === 'person') this.lastPersonSubject = resolvedSubject;
      reported = this.reportedSpeaker(sentence.text, sentence.start, inSentence);
    }
    return results;
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
    const from = sentenceStart + tail.index;
    const found = this.settle(nearestSpeaker(startingWithin(candidates, from, Infinity)), 'reported-speech');
    return found && { speaker: found.speaker, label: found.label };
  }

  /** `“…,” according to an Elysée Palace readout`: the words of the source the sentence names. */
  private speakerAccordingTo(
    text: string,
    quotation: Quotation,
    sentenceEnd: number,
    candidates: readonly Candidate[],
  ): Found | undefined {
    const match = ACCORDING_TO.exec(text.slice(quotation.end, Math.min(sentenceEnd, quotation.end + WINDOW)));
    if (match === null) return undefined;
    const from = quotation.end + match.index + match[0].length;
    return this.settle(startingWithin(candidates, from, from + 40)[0], 'according-to');
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
    const after = text.slice(quotation.end, limit);
    const verb = [...after.matchAll(VERB_AFTER)][0];
    if (verb === undefined) return undefined;
    const verbAt = quotation.end + verb.index;
    if (CLAUSE_BREAK.test(text.slice(quotation.end, verbAt))) return undefined;
    const before = nearestSpeaker(
      startingWithin(candidates, quotation.end, verbAt).filter((candidate) => candidate.end <= verbAt),
    );
    const chosen = before ?? startingWithin(candidates, verbAt + 1, verbAt + 60)[0];
    return this.settle(chosen, 'verb-after-quote');
  }

  /** `Prikk said: “…”`, `Kalin said Putin had additional demands that were “…”`. */
  private speakerBefore(
    text: string,
    quotation: Quotation,
    sentenceStart: number,
    outside: (start: number, end: number) => boolean,
    candidates: readonly Candidate[],
  ): Found | undefined {
    const from = Math.max(sentenceStart, quotation.start - WINDOW);
    const before = text.slice(from, quotation.start);
    const verbs = [...before.matchAll(VERB_AFTER)]
      .map((match) => from + match.index)
      .filter((at) => outside(at, at + 1));
    const near = startingWithin(candidates, from, quotation.start);
    // "Biden’s recent comment that Putin “…”": the remark's owner speaks, unless a speech verb comes after it.
    const remark = POSSESSIVE_REMARK.exec(before);
    if (remark && verbs.every((at) => at < from + remark.index)) {
      const at = from + remark.index;
      const owner = near.find((candidate) => candidate.end === at);
      if (owner) return this.settle(owner, 'verb-before-quote');
    }
    for (const verbAt of verbs.reverse()) {
      const subject = nearestSpeaker(near.filter((candidate) => candidate.end <= verbAt));
      if (subject) return this.settle(subject, 'verb-before-quote');
    }
    return undefined;
  }

  private settle(candidate: Candidate | undefined, rule: AttributionRule): Found | undefined {
    if (candidate === undefined) return undefined;
    if (candidate.speaker !== 'pronoun') return { speaker: candidate.speaker, label: candidate.label, rule };
    const person = this.previousPerson();
    return person ? { ...person, rule: 'pronoun' } : undefined;
  }

  private markSpeaking(speaker: Speaker): void {
    if (speaker.type !== 'unnamed') return;
    const source = this.sourceByKey.get(speaker.key);
    if (source) source.speaks = true;
  }

  /** The person a "he" or "she" refers to: the subject of the nearest earlier sentence that was a person. */
  private previousPerson(): { speaker: Speaker; label: string } | undefined {
    return this.lastPersonSubject;
  }

  /** Descriptions of unnamed sources in a paragraph, each resolved to a source of the article. */
  private unnamedCandidates(text: string, outside: (start: number, end: number) => boolean): Candidate[] {
    return [...text.matchAll(UNNAMED)].flatMap((match) => {
      // Words inside a quotation describe someone the speaker talks about, not a source of the article.
      if (!outside(match.index, match.index + match[0].length)) return [];
      const groups = match.groups ?? {};
      const det = groups['det'] ?? '';
      const head = groups['head'] ?? '';
      const core = `${groups['mods'] ?? ''}${head}`;
      const description = match[0].trim();
      // A definite description with no earlier match ("the European leaders") is a source of its own.
      const source =
        (DEFINITE.test(det) ? this.earlierSource(core) : undefined) ?? this.newSource(description, head);
      if (SPEECH_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))) {
        source.speaks = true;
      }
      const previous = this.recentSources.indexOf(source);
      if (previous !== -1) this.recentSources.splice(previous, 1);
      this.recentSources.push(source);
      return [
        {
          start: match.index,
          end: match.index + match[0].length,
          speaker: { type: 'unnamed' as const, key: source.key },
          label: description,
        },
      ];
    });
  }

  /** "the NATO official" is the latest source whose description has all of "NATO" and "official". */
  private earlierSource(core: string): UnnamedSource | undefined {
    const wanted = words(core);
    // The latest few sources: "the official" refers back to one described lately, not to one of hundreds.
    return this.recentSources.slice(-RECENT_SOURCES).findLast((source) => {
      const described = this.describedWords.get(source);
      return described !== undefined && wanted.every((word) => described.has(word));
    });
  }

  private newSource(description: string, head: string): UnnamedSource {
    const existing = this.sourceByDescription.get(description);
    if (existing) return existing;
    const party = this.partyOf(description);
    const source: UnnamedSource = {
      key: `unnamed-${this.unnamedSources.length + 1}`,
      description,
      group: head.endsWith('s') && head !== 'spokesperson',
      speaks: false,
      ...(party === undefined ? {} : { party }),
    };
    this.unnamedSources.push(source);
    this.sourceByDescription.set(description, source);
    this.sourceByKey.set(source.key, source);
    this.describedWords.set(source, new Set(words(description)));
    return source;
  }
}

/** A quoted title: right after "on" or "in", and capitalised word by word. */
function isTitle(text: string, quotation: Quotation): boolean {
  return (
    /(?<![\p{L}])(?:on|in)\s+$/u.test(text.slice(Math.max(0, quotation.start - 4), quotation.start)) &&
    TITLE_QUOTE.test(quotation.text.trim())
  );
}

/** The candidate nearest the end of the list, preferring people and unnamed sources over parties named in passing. */
function nearestSpeaker(candidates: readonly Candidate[]): Candidate | undefined {
  return (
    candidates.findLast(
      (candidate) => candidate.speaker === 'pronoun' || candidate.speaker.type !== 'party',
    ) ?? candidates.at(-1)
  );
}

const startOf = (span: { start: number }) => span.start;

/** The spans, sorted by start, that start in [from, to). */
function startingWithin<T extends { start: number }>(spans: readonly T[], from: number, to: number): T[] {
  return within(spans, startOf, from, to);
}
