import { statusEvidence, type Demand, type DemandStep } from '../../schemas/demand';
import type { ArticleParagraph } from './paragraphs';
import { foldForComparison } from '../fold';
import { escapeRegExp, splitSentences } from './text';

/** The words a step's cited passage must hold for its status: the status's evidence words, or for `raised` and `reiterated` the demand's own signals. */
export function evidenceWords(
  demand: Pick<Demand, 'signals'>,
  status: DemandStep['status'],
): readonly string[] {
  return status === 'raised' || status === 'reiterated' ? demand.signals : statusEvidence[status];
}

/** True when a passage holds one of the words, at the start of a word, case and accents aside. */
export function holdsEvidence(passage: string, evidence: readonly string[]): boolean {
  const folded = foldForComparison(passage).replace(/[’‘]/gu, "'");
  return evidence.some((word) =>
    new RegExp(`(?<![\\p{L}])${escapeRegExp(foldForComparison(word))}`, 'u').test(folded),
  );
}

/**
 * Checks that a demand step's cited words support its status: "close to
 * agreement" needs "close", "deal", "agree…" in the quote; "dropped" needs
 * "dropped", "no longer", …. Returns the problem, with the passage of the
 * article that comes closest (one holding the words and naming the demand),
 * or undefined when the citation supports the status or an editor gave a
 * written reason to override it.
 */
export function statusEvidenceProblem(
  demand: Pick<Demand, 'id' | 'signals'>,
  step: Pick<DemandStep, 'status' | 'overrideReason'> & { citation: { article: string; quote: string } },
  paragraphs: readonly ArticleParagraph[],
): string | undefined {
  if (step.overrideReason !== undefined) return undefined;
  const evidence = evidenceWords(demand, step.status);
  if (holdsEvidence(step.citation.quote, evidence)) return undefined;
  const closest = paragraphs
    .flatMap((paragraph) => splitSentences(paragraph.text).map((sentence) => ({ paragraph, sentence })))
    .find(
      ({ sentence }) =>
        holdsEvidence(sentence.text, evidence) && holdsEvidence(sentence.text, demand.signals),
    );
  return (
    `the status "${step.status}" needs one of ${evidence.map((word) => `“${word}”`).join(', ')} in the cited words, ` +
    `and “${step.citation.quote.trim()}” has none. Cite the words that show it, change the status, or give an overrideReason.` +
    (closest === undefined
      ? ` No passage of ${step.citation.article} holds them.`
      : ` Closest passage (${closest.paragraph.id}): ${closest.sentence.text.trim()}`)
  );
}
