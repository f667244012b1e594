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

/** A sentence that shows a party's change of a demand's status before the first step that dates it. */
export interface EarlierStatusEvidence {
  demand: string;
  status: DemandStep['status'];
  /** The party that changed the status: the step's `by`, or the demand's party. */
  party: string;
  /** The date of the first step of that status by that party. */
  firstDated: string;
  article: string;
  paragraphId: string;
  sentence: string;
}

/** What `earlierStatusEvidence` reads of an article: its day and its paragraphs with their mentions. */
interface ReportingArticle {
  slug: string;
  publishedDay: string;
  paragraphs: readonly {
    id: string;
    text: string;
    mentions: readonly { kind: string; id: string; start: number }[];
  }[];
}

/**
 * The sentences that report a party easing, dropping or rejecting a demand, or coming close to
 * agreement on it, before the demand's first step of that status by that party: a sentence of an
 * article published before that step's date that holds the status's evidence words and the demand's
 * signals, and names the party or one of its people. Each is a step the history lacks, or dates too
 * late ("open to discussing neutrality" on 16 March, first dated 29 March). `raised` and
 * `reiterated` are left out: their evidence is the demand's own signals, which any report holds.
 */
export function earlierStatusEvidence(
  demand: Pick<Demand, 'id' | 'parties' | 'signals'> & {
    history: readonly Pick<DemandStep, 'status' | 'date' | 'by'>[];
  },
  articles: readonly ReportingArticle[],
  people: readonly { id: string; roles: readonly { party?: string | undefined }[] }[],
): EarlierStatusEvidence[] {
  const first = new Map<string, { status: DemandStep['status']; party: string; date: string }>();
  for (const step of demand.history) {
    if (step.status === 'raised' || step.status === 'reiterated') continue;
    for (const party of step.by === undefined ? demand.parties : [step.by]) {
      const key = `${step.status}\0${party}`;
      const known = first.get(key);
      if (known === undefined || step.date < known.date)
        first.set(key, { status: step.status, party, date: step.date });
    }
  }
  const partiesOf = new Map(
    people.map((person) => [person.id, new Set(person.roles.flatMap((role) => role.party ?? []))]),
  );
  const found: EarlierStatusEvidence[] = [];
  for (const { status, party, date } of first.values()) {
    const evidence = evidenceWords(demand, status);
    for (const article of articles) {
      if (article.publishedDay >= date) continue;
      for (const paragraph of article.paragraphs) {
        for (const sentence of splitSentences(paragraph.text)) {
          if (!holdsEvidence(sentence.text, evidence) || !holdsEvidence(sentence.text, demand.signals))
            continue;
          const end = sentence.start + sentence.text.length;
          const namesParty = paragraph.mentions.some(
            (mention) =>
              mention.start >= sentence.start &&
              mention.start < end &&
              ((mention.kind === 'party' && mention.id === party) ||
                (mention.kind === 'person' && partiesOf.get(mention.id)?.has(party) === true)),
          );
          if (namesParty)
            found.push({
              demand: demand.id,
              status,
              party,
              firstDated: date,
              article: article.slug,
              paragraphId: paragraph.id,
              sentence: sentence.text.trim(),
            });
        }
      }
    }
  }
  return found;
}
