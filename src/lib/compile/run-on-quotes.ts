import type { AttributionRule } from './attribution-types';
import type { CompiledQuote } from './article';

/** Rules that read a quote's speaker in its own sentence, which a later paragraph does not overrule. */
const OWN_SENTENCE: ReadonlySet<AttributionRule> = new Set([
  'verb-before-quote',
  'verb-after-quote',
  'according-to',
]);

/**
 * A quotation that runs on over paragraphs ("“…¶ …¶ …,” Zelensky added.") is the speaker's whom the verb after
 * its closing mark names: its earlier pieces, which the compiler read before it reached that verb, take that
 * speaker unless their own sentence named one. `quotes` are each paragraph's quotes in order; `continuing`
 * says which paragraphs go on with the previous one's open quotation (`continuedParagraphs`), and `closes`
 * which of those close it (their first quotation ends in them), so a paragraph that closes one run and opens
 * another ends the first.
 */
export function closingSpeakers(
  quotes: readonly (readonly CompiledQuote[])[],
  continuing: readonly boolean[],
  closes: readonly boolean[],
): CompiledQuote[][] {
  const result = quotes.map((paragraph) => [...paragraph]);
  let index = 1;
  while (index < result.length) {
    if (continuing[index] !== true) {
      index += 1;
      continue;
    }
    // The run: the paragraph before opens it, these go on with it, the last closes it.
    let end = index;
    while (closes[end] !== true && continuing[end + 1] === true) end += 1;
    const closing = result[end]?.[0];
    if (closing?.speaker !== undefined && closing.rule === 'verb-after-quote') {
      const pieces: [number, number][] = [[index - 1, (result[index - 1]?.length ?? 0) - 1]];
      for (let at = index; at < end; at += 1) pieces.push([at, 0]);
      for (const [paragraph, position] of pieces) {
        const piece = result[paragraph]?.[position];
        if (piece === undefined || (piece.rule !== undefined && OWN_SENTENCE.has(piece.rule))) continue;
        (result[paragraph] ?? [])[position] = {
          text: piece.text,
          speaker: closing.speaker,
          ...(closing.speakerLabel === undefined ? {} : { speakerLabel: closing.speakerLabel }),
          rule: 'continued-quote',
        };
      }
    }
    index = end + 1;
  }
  return result;
}
