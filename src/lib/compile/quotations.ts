/** A quotation in a paragraph: the span with its marks, and the words inside them. */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (the paragraph's end when the quote runs on into the next paragraph). */
  end: number;
  /** The quoted words, without the marks. */
  text: string;
  /** True when no closing mark ends it: news style for a quote that continues in the next paragraph. */
  runsOn: boolean;
}

/**
 * Finds the double-quoted spans of a paragraph, typographic (“…”) or
 * straight ("…"), or opened straight and closed with two apostrophes
 * ("…'', a typewriter's closing mark that wire copy keeps). Single quotes
 * are left alone: they mark quotes within quotes and apostrophes.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let openedAt: number | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const opens = char === '“' || (char === '"' && openedAt === undefined);
    const twoApostrophes =
      openedAt !== undefined && text.startsWith("''", index) && text.charAt(openedAt) === '"';
    // "… on the border, “said his adviser", "… leadership “, the delegation said": with a quote open, an opening
    // mark followed by a comma or a lowercase word is a closing mark printed the wrong way round.
    const misprintedClose =
      char === '“' && openedAt !== undefined && /^\s*(?:,|\p{Ll})/u.test(text.slice(index + 1, index + 4));
    const closes =
      char === '”' || (char === '"' && openedAt !== undefined) || twoApostrophes || misprintedClose;
    if (opens && openedAt === undefined) {
      openedAt = index;
    } else if (closes && openedAt !== undefined) {
      const markLength = twoApostrophes ? 2 : 1;
      quotations.push({
        start: openedAt,
        end: index + markLength,
        text: text.slice(openedAt + 1, index),
        runsOn: false,
      });
      openedAt = undefined;
      index += markLength - 1;
    }
  }
  if (openedAt !== undefined) {
    quotations.push({ start: openedAt, end: text.length, text: text.slice(openedAt + 1), runsOn: true });
  }
  return quotations;
}
