import type { DemandRecord, ResolvedCitation } from '../compile/model';
import type { DemandStatus } from '../../schemas/demand';
import { STATUS_LABELS } from './labels';

/** One step of a demand's status strip: the status in words, when, and the paragraph that shows it. */
export interface StatusStripStep {
  status: DemandStatus;
  /** The status in words, with who took the step when another party did: "Rejected by Turkey". */
  words: string;
  /** The day of the step, `yyyy-MM-dd`. */
  date: string;
  /** The cited paragraph (`/articles/<slug>/#p-N`). */
  href: string;
  /** Where the link goes, for its accessible name: "CNN, 16 March 2022, paragraph 5". */
  source: string;
}

/**
 * A demand's status over time, oldest first: every step of its history, each
 * linking to the paragraph it cites. Plain HTML rather than a Plot chart: a
 * demand has a handful of steps, often several on one day, so a time scale
 * would pile their words on top of each other, while a list in order wraps
 * on a phone and keeps every status as text.
 */
export function demandStatusStrip(
  demand: DemandRecord,
  partyName: (id: string) => string,
  sourceLabel: (citation: ResolvedCitation) => string,
): StatusStripStep[] {
  return demand.history.map((step) => ({
    status: step.status,
    words: `${STATUS_LABELS[step.status]}${step.by === undefined ? '' : ` by ${partyName(step.by)}`}`,
    date: step.date,
    href: step.citation.url,
    source: sourceLabel(step.citation),
  }));
}
