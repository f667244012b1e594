import type {
  DemandRecord,
  DemandStepRecord,
  PersonRecord,
  QuoteRecord,
  RoundRecord,
  TalksModel,
} from '../compile/model';
import type { Party } from '../../schemas/party';
import { namedInArticles, namedOnlyByEditors } from './people';

/** What the parties index shows for one party. */
export interface PartySummary {
  party: Party;
  demandCount: number;
  quoteCount: number;
}

/** A step another party took on this party's demand: its answer, shown beside the demand. */
export interface DemandAnswer {
  demand: DemandRecord;
  step: DemandStepRecord;
}

export interface PartyPageData {
  party: Party;
  demands: DemandRecord[];
  /** Answers by other parties to this party's demands, by demand id. */
  answers: Map<string, DemandStepRecord[]>;
  /** The party's people whom the articles name, each with their quotes, newest article first. */
  people: { person: PersonRecord; quotes: QuoteRecord[] }[];
  /** The party's people only the editors name (a round's delegation), whom no article names yet. */
  namedOnlyByEditors: PersonRecord[];
  rounds: RoundRecord[];
}

/** The people who speak for a party in one of their roles. */
function peopleOf(model: TalksModel, partyId: string): PersonRecord[] {
  return model.people.filter((person) =>
    person.roles.some((role) => role.party === partyId && role.kind !== 'reporter'),
  );
}

/** Parties for the index: the negotiating parties first, then mediators, allies, organisations, others. */
export function partySummaries(model: TalksModel): PartySummary[] {
  const order: Party['kind'][] = ['negotiating-party', 'mediator', 'ally', 'organisation', 'other'];
  return model.parties
    .map((party) => ({
      party,
      demandCount: model.demands.filter((demand) => demand.parties.includes(party.id)).length,
      quoteCount: peopleOf(model, party.id).reduce((sum, person) => sum + person.quotes.length, 0),
    }))
    .sort(
      (a, b) =>
        order.indexOf(a.party.kind) - order.indexOf(b.party.kind) || a.party.name.localeCompare(b.party.name),
    );
}

/** How many of each person's quotes a party's page shows, the latest: their own page has every one, so this page stays small. */
export const QUOTES_PER_PERSON = 3;

/** Assembles what a party's page shows. */
export function partyPageData(model: TalksModel, partyId: string): PartyPageData {
  const party = model.parties.find((candidate) => candidate.id === partyId);
  if (party === undefined) throw new Error(`no party ${partyId}`);
  const demands = model.demands.filter((demand) => demand.parties.includes(partyId));
  const answers = new Map(
    demands.map((demand) => [
      demand.id,
      demand.history.filter((step) => step.by !== undefined && step.by !== partyId),
    ]),
  );
  const published = new Map(model.articles.map((article) => [article.slug, article.publishedDay]));
  const newestFirst = (a: QuoteRecord, b: QuoteRecord) =>
    (published.get(b.article) ?? '').localeCompare(published.get(a.article) ?? '') ||
    a.article.localeCompare(b.article) ||
    a.paragraphId.localeCompare(b.paragraphId, 'en', { numeric: true });
  const people = peopleOf(model, partyId);
  return {
    party,
    demands,
    answers,
    people: people.filter(namedInArticles).map((person) => ({
      person,
      quotes: [...person.quotes].sort(newestFirst),
    })),
    namedOnlyByEditors: namedOnlyByEditors(people),
    rounds: model.rounds.filter((round) => round.parties.includes(partyId)),
  };
}

/** How many party colours the visual system has (`--party-1` … `--party-6` in src/styles/tokens.css). */
export const PARTY_COLOUR_COUNT = 6;

/**
 * A party's colour class (`party-1` …), by its order in content/parties.yaml, so an editor's new
 * party gets a colour without a code change. After six the colours repeat: the colour only marks
 * the name beside it, never stands for it.
 */
export function partyColourClass(parties: readonly Pick<Party, 'id'>[], id: string): string | undefined {
  const index = parties.findIndex((party) => party.id === id);
  return index === -1 ? undefined : `party-${(index % PARTY_COLOUR_COUNT) + 1}`;
}
