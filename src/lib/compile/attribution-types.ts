/** The types the attribution of quotes shares among its modules and with the rest of the compiler. */
import type { Quotation } from './quotations';

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
  /** True for a medium ("Ukrainian television", "the American media outlet"): no one "he" or "she" may mean. */
  medium?: true;
  /** True for a body the article names ("the Vatican", "the International Committee of the Red Cross"): "it". */
  body?: true;
}

/**
 * Who a quote is attributed to: a person or party of the knowledge, a source
 * the article does not name, or a person the article names whom the knowledge
 * lacks (`named`, with the name as written, title aside).
 */
export type Speaker =
  | { type: 'person'; id: string }
  | { type: 'party'; id: string }
  | { type: 'unnamed'; key: string }
  | { type: 'named'; name: string };

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
  /** True when the words are someone's speech but no speaker was certain enough to name: no speaker beats a wrong one. */
  abstained?: true;
}

/** Words of a paragraph that may name a quote's speaker. */
export interface Candidate {
  start: number;
  end: number;
  /**
   * `pronoun`: "he", "she", resolved to a person. `group`: a definite plural
   * ("the European leaders") standing for people the paragraph has named; it
   * holds the subject's place, so no one else is taken for it, but names nobody.
   */
  speaker: Speaker | 'pronoun' | 'group';
  /** The words that name the candidate. */
  label: string;
  /** For "the minister", "the president": the office the person it refers back to must hold. */
  office?: string;
  /** For "the ministry", "it": a body that refers back to the party last spoken of. */
  body?: true;
  /** For "the statement": a document that refers back to the one who issued it lately. */
  document?: true;
  /**
   * For "the 72-year-old": a person told apart by what the compiler does not know, so the one person named
   * lately, and no one after two.
   */
  epithet?: true;
  /**
   * For "the adviser", "the diplomat": a role any official may be given, which no one was described with:
   * the one person named lately, and no one after two.
   */
  onlyPerson?: true;
  /** For "the senior Russian official": the side's words the one person must have been described with. */
  side?: string;
  /** A `group` that is someone named or described whom the compiler cannot name ("Peskov, who …", "one of his aides"). */
  unknown?: true;
  /** A `group` for a passive speech verb with no agent ("Arakhamia was asked …"): its words are no one's named. */
  passive?: true;
}

/**
 * A subject the compiler sees but cannot name ("Peskov, who …", "a Russian living in Istanbul", "his
 * spokesman"): a candidate that takes the quote from everyone else and gives it to no one.
 */
export function unknownSubject(span: { start: number; end: number }, label = ''): Candidate {
  return { start: span.start, end: span.end, speaker: 'group', unknown: true, label };
}

/** A speaker found for a quote, and how. */
export interface Found {
  speaker: Speaker;
  label: string;
  rule: AttributionRule;
}

/** Whether two speakers are the same one. */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Each speaker once, the first of each kept, in order. */
export function eachSpeakerOnce<T>(items: readonly T[], speakerOf: (item: T) => Speaker): T[] {
  return items.filter(
    (item, index) => items.findIndex((other) => sameSpeaker(speakerOf(other), speakerOf(item))) === index,
  );
}
