import { diffArrays, diffWordsWithSpace } from 'diff';

/** A paragraph of one version, by its anchor and text. */
export interface VersionParagraph {
  id: string;
  text: string;
}

/** A run of words in a changed paragraph: in both versions, or only in one. */
export interface WordChange {
  text: string;
  in: 'both' | 'first' | 'second';
}

/** How one paragraph differs between two versions of a story. */
export type ParagraphDifference =
  | { kind: 'only-in-first'; paragraph: VersionParagraph }
  | { kind: 'only-in-second'; paragraph: VersionParagraph }
  | { kind: 'changed'; first: VersionParagraph; second: VersionParagraph; words: WordChange[] };

/** Two paragraphs this alike (shared words over all words) are one paragraph edited, not two. */
const EDITED_PARAGRAPH_SIMILARITY = 0.5;

/** Text as compared for alignment: outlets restyle quote marks and apostrophes between versions. */
function comparable(text: string): string {
  return text.replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** A paragraph's words, as `similarity` compares them: made once per paragraph, not once per comparison. */
function wordSet(text: string): Set<string> {
  return new Set(comparable(text).toLowerCase().split(' '));
}

function similarity(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of first) if (second.has(word)) shared += 1;
  return shared / (first.size + second.size - shared);
}

/**
 * How many paragraphs ahead an edited paragraph is looked for in the other
 * version. Versions of a story keep their order; without a bound, two
 * unrelated versions of a thousand paragraphs compared every pair (11 s).
 */
const EDIT_LOOKAHEAD = 50;
/**
 * The most paragraphs the alignment adds or removes before it stops looking
 * for the shortest edit (Myers' diff costs the paragraphs times the edits):
 * beyond it, the leftover paragraphs are paired as edits in order instead.
 */
const MAX_ALIGNMENT_EDITS = 400;

function wordChanges(first: string, second: string): WordChange[] {
  return diffWordsWithSpace(first, second).map((part) => ({
    text: part.value,
    in: part.added ? 'second' : part.removed ? 'first' : 'both',
  }));
}

/**
 * What differs between two versions of a story, paragraph by paragraph, in
 * reading order: paragraphs only one version has, and paragraphs both have
 * but worded differently, with the words that differ. Paragraphs are aligned
 * by their text (quote styles aside, so a paragraph that only changed its
 * quote marks still shows as changed, not as one removed and one added); of
 * the paragraphs left over between two aligned ones, those alike enough are
 * paired as edits. Paragraphs the same in both are left out.
 */
export function compareVersions(
  first: readonly VersionParagraph[],
  second: readonly VersionParagraph[],
): ParagraphDifference[] {
  const differences: ParagraphDifference[] = [];
  let unmatched: { first: VersionParagraph[]; second: VersionParagraph[] } = { first: [], second: [] };
  const settleUnmatched = () => {
    let from = 0;
    const secondWords = unmatched.second.map((paragraph) => wordSet(paragraph.text));
    for (const paragraph of unmatched.first) {
      const words = wordSet(paragraph.text);
      const match = secondWords
        .slice(from, from + EDIT_LOOKAHEAD)
        .findIndex((other) => similarity(words, other) >= EDITED_PARAGRAPH_SIMILARITY);
      if (match === -1) {
        differences.push({ kind: 'only-in-first', paragraph });
        continue;
      }
      for (const other of unmatched.second.slice(from, from + match))
        differences.push({ kind: 'only-in-second', paragraph: other });
      const second = unmatched.second[from + match];
      if (second !== undefined)
        differences.push({
          kind: 'changed',
          first: paragraph,
          second,
          words: wordChanges(paragraph.text, second.text),
        });
      from += match + 1;
    }
    for (const other of unmatched.second.slice(from))
      differences.push({ kind: 'only-in-second', paragraph: other });
    unmatched = { first: [], second: [] };
  };

  // Compared by their comparable text, made once per paragraph rather than in every comparison.
  const keys = (paragraphs: readonly VersionParagraph[]) =>
    paragraphs.map((paragraph) => comparable(paragraph.text));
  const parts = diffArrays(keys(first), keys(second), { maxEditLength: MAX_ALIGNMENT_EDITS }) ?? [
    { count: first.length, removed: true, added: false },
    { count: second.length, removed: false, added: true },
  ];
  let [firstAt, secondAt] = [0, 0];
  for (const part of parts) {
    const { count } = part;
    if (part.removed) {
      unmatched.first.push(...first.slice(firstAt, firstAt + count));
      firstAt += count;
    } else if (part.added) {
      unmatched.second.push(...second.slice(secondAt, secondAt + count));
      secondAt += count;
    } else {
      settleUnmatched();
      for (let offset = 0; offset < count; offset += 1) {
        const [a, b] = [first[firstAt + offset], second[secondAt + offset]];
        if (a !== undefined && b !== undefined && a.text !== b.text)
          differences.push({ kind: 'changed', first: a, second: b, words: wordChanges(a.text, b.text) });
      }
      firstAt += count;
      secondAt += count;
    }
  }
  settleUnmatched();
  return differences;
}
