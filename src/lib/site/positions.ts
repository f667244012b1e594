import { demandTopics, type DemandStatus } from '../../schemas/demand';
import type { DemandRecord, DemandStepRecord, TalksModel } from '../compile/model';

/** The issues as readers name them, in the matrix's order. */
export const TOPIC_LABELS: Record<(typeof demandTopics)[number], string> = {
  'neutrality-and-nato': 'Neutrality and NATO',
  'security-guarantees': 'Security guarantees',
  demilitarisation: 'Demilitarisation and force limits',
  denazification: '“Denazification”',
  language: 'Language',
  crimea: 'Crimea',
  donbas: 'Donbas',
  'ceasefire-and-withdrawal': 'Ceasefire and withdrawal',
  sanctions: 'Sanctions',
  'territorial-integrity': 'Territorial integrity',
};

/** One party's latest position on one issue, from one demand. */
export interface Position {
  demand: DemandRecord;
  party: string;
  latest: DemandStepRecord;
  /** The step before, from an earlier article, when the status changed since. */
  before?: { status: DemandStatus; date: string };
}

export interface PositionsRow {
  topic: (typeof demandTopics)[number];
  label: string;
  /** One cell per negotiating party, in the columns' order. */
  cells: Position[][];
  /** The mediators' and allies' positions on the issue. */
  others: Position[];
}

export interface PositionsMatrix {
  /** Party ids of the negotiating parties: the columns. */
  columns: string[];
  rows: PositionsRow[];
}

/** The parties that took a step: the one named in `by`, or the demand's own. */
export function stepActors(demand: DemandRecord, step: DemandStepRecord): string[] {
  return step.by === undefined ? demand.parties : [step.by];
}

/**
 * A party's own latest position on a demand: only the steps that party took
 * (its demand raised or eased, or its answer to another's demand), never
 * another party's answer. Undefined when the party took no step.
 */
function positionOf(demand: DemandRecord, party: string): Position | undefined {
  // `party` may be a joint actor ("france,germany"): the steps they took together.
  const own = demand.history.filter((step) => {
    const actors = stepActors(demand, step);
    return actors.includes(party) || actors.join(',') === party;
  });
  const latest = own.at(-1);
  if (latest === undefined) return undefined;
  const earlier = own
    .filter((step) => step.citation.article !== latest.citation.article && step.date <= latest.date)
    .at(-1);
  return {
    demand,
    party,
    latest,
    ...(earlier && earlier.status !== latest.status
      ? { before: { status: earlier.status, date: earlier.date } }
      : {}),
  };
}

/** Issues as rows, one column per negotiating party and one for mediators and allies; issues nobody spoke to are left out. */
export function positionsMatrix(model: TalksModel): PositionsMatrix {
  const negotiating = model.parties
    .filter((party) => party.kind === 'negotiating-party')
    .map((party) => party.id);
  const rows = demandTopics.map((topic): PositionsRow => {
    const demands = model.demands.filter((demand) => demand.topic === topic);
    const cells = negotiating.map((party) => demands.flatMap((demand) => positionOf(demand, party) ?? []));
    // Mediators and allies: each one's own steps, whoever's demand they answer.
    const others = demands.flatMap((demand) =>
      [...new Set(demand.history.map((step) => stepActors(demand, step).join(',')))]
        .filter((actors) => !actors.split(',').some((party) => negotiating.includes(party)))
        .flatMap((party) => positionOf(demand, party) ?? []),
    );
    return { topic, label: TOPIC_LABELS[topic], cells, others };
  });
  return {
    columns: negotiating,
    rows: rows.filter((row) => row.cells.some((cell) => cell.length > 0) || row.others.length > 0),
  };
}
