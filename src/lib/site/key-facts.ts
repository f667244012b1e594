import type { ResolvedCitation } from '../compile/model';
import type { Round } from '../../schemas/round';
import { FORMAT_LABELS } from './labels';

/** What a round's one-line key facts are made of: structured data from `content/rounds.yaml` and its citations. */
export interface RoundKeyFactsInput {
  /** The round's title, shown above the line: what it already says is not repeated. */
  title: string;
  format?: Round['format'] | undefined;
  /** The place's name, when the round has a place. */
  placeName?: string | undefined;
  /** The citations of the round's facts (a round's own, or its timeline entry's). */
  citations: readonly ResolvedCitation[];
}

/**
 * A round's key facts as short phrases, for the one line under its title in
 * the timeline and the lists of rounds: "In person · Belovezhskaya Pushcha ·
 * 2 articles cited". Only what the round's data states; the parties are links
 * the caller adds. The place is left out when the title names it. A round no
 * article reports says so, since its facts are then the editors' own.
 */
export function roundKeyFacts(round: RoundKeyFactsInput): string[] {
  const articles = new Set(round.citations.map((citation) => citation.article)).size;
  const placeInTitle = round.placeName !== undefined && round.title.includes(round.placeName);
  return [
    ...(round.format === undefined ? [] : [FORMAT_LABELS[round.format]]),
    ...(round.placeName === undefined || placeInTitle ? [] : [round.placeName]),
    articles === 0
      ? 'editors’ sources only'
      : articles === 1
        ? '1 article cited'
        : `${articles} articles cited`,
  ];
}
