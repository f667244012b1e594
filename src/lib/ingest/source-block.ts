/** What a block of the copy is, as far as its markup says: plain text says nothing, HTML says a lot. */
export type SourceBlockKind = 'line' | 'headline' | 'heading' | 'paragraph' | 'dek';

/** One block of text of the copy as received, before anything is decided about it. */
export interface SourceBlock {
  /** The text, trimmed at both ends; everything between is as received. */
  text: string;
  /** 1-based line in the input file where the block starts. */
  line: number;
  /** `line` for plain text; for HTML the element it came from (`h1`, `h2`–`h6`, a dek element, anything else). */
  kind: SourceBlockKind;
}

/** Text of the copy that is left out of the article, with why, for the editor to check. */
export interface RemovedText {
  text: string;
  reason: string;
  line?: number;
}

/** Text kept in the article that the ingest is unsure about, for the editor to check. */
export interface FlaggedText {
  text: string;
  reason: string;
  line?: number;
}
