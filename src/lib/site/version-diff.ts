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

function similarity(a: string, b: string): number {
  const words = (text: string) => new Set(comparable(text).toLowerCase().split(' '));
  const [first, second] = [words(a), words(b)];
  const shared = [...first].filter((word) => second.has(word)).length;
  return shared / (first.size + second.size - shared);
}

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
    for (const paragraph of unmatched.first) {
      const match = unmatched.second
        .slice(from)
        .findIndex((other) => similarity(paragraph.text, other.text) >= EDITED_PARAGRAPH_SIMILARITY);
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

  const parts = diffArrays([...first], [...second], {
    comparator: (a, b) => comparable(a.text) === comparable(b.text),
  });
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
