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

function positionOf(demand: DemandRecord, party: string): Position | undefined {
  const latest = demand.history.at(-1);
  if (latest === undefined) return undefined;
  const earlier = demand.history
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
    const cells = negotiating.map((party) =>
      demands
        .filter((demand) => demand.parties.includes(party))
        .flatMap((demand) => positionOf(demand, party) ?? []),
    );
    const others = demands
      .filter((demand) => !demand.parties.some((party) => negotiating.includes(party)))
      .flatMap((demand) => positionOf(demand, demand.parties.join(',')) ?? []);
    return { topic, label: TOPIC_LABELS[topic], cells, others };
  });
  return {
    columns: negotiating,
    rows: rows.filter((row) => row.cells.some((cell) => cell.length > 0) || row.others.length > 0),
  };
}
