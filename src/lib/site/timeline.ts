import type { ContactKind } from '../compile/contacts';
import type { DemandRecord, ResolvedCitation, RoundRecord, TalksModel } from '../compile/model';
import type { DatePrecision } from '../compile/relative-dates';
import type { Round } from '../../schemas/round';
import { demandStatuses, type DemandStatus } from '../../schemas/demand';
import { formatNameList } from '../article-text';
import { CONTACT_LABELS } from './labels';
import { paragraphUrl } from '../urls';

/** A count of meetings one story gives, shown where the stories disagree. */
export interface CountClaim {
  count: number;
  /** What the count counts ("in person, in Belarus", "all meetings"): claims of one scope only. */
  scope: string;
  sentence: string;
  citation: ResolvedCitation;
}

/** One entry of the timeline: a round (main entry) or a contact the articles report (lighter entry). */
export interface TimelineEntry {
  /** The entry's anchor on the timeline (`/#2022-03-29-istanbul`). */
  id: string;
  kind: 'round' | ContactKind;
  start: string;
  end: string;
  precision: DatePrecision;
  title: string;
  /** A round's place in the sequence of rounds, when it has one. */
  number?: number;
  /** The round's page; contacts have none. */
  href?: string;
  /** Place id, if the entry has one. */
  place?: string;
  format?: Round['format'];
  /** Party ids involved. */
  parties: string[];
  /** The editor's summary of a round, or the sentence that reports a contact. */
  text: string;
  /** Where the entry's facts come from. */
  citations: ResolvedCitation[];
  /** Counts of meetings that disagree, given by stories published while this round was the latest. */
  countClaims: CountClaim[];
}

/** The filters the timeline offers: each is a page of its own, so filtering works without JavaScript. */
export type TimelineFilter = { type: 'format'; format: Round['format'] } | { type: 'party'; party: string };

const PRECISION_ORDER: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, span: 3 };

/** Chronological, then the more precise date first, then rounds before contacts, then by id (stable). */
export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.start.localeCompare(b.start) ||
    PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] ||
    Number(a.kind !== 'round') - Number(b.kind !== 'round') ||
    a.id.localeCompare(b.id)
  );
}

/** The citations of a round's facts, in order: what its timeline entry and its key facts count as its sources. */
export function roundCitations(round: RoundRecord): ResolvedCitation[] {
  return round.sourcedFacts.flatMap((fact) => ('citation' in fact ? [fact.citation] : []));
}

/** Contact kinds as the timeline's format filter sees them: a call is a phone call. */
const CONTACT_FORMAT: Partial<Record<ContactKind, Round['format']>> = { call: 'phone-call' };

/** The rounds and the contacts of the model as one timeline, in order. */
export function buildTimeline(model: TalksModel): TimelineEntry[] {
  const names = new Map(model.people.map((person) => [person.id, person.name]));
  const rounds = model.rounds.map((round): TimelineEntry => ({
    id: round.id,
    kind: 'round',
    start: round.start,
    end: round.lastDay,
    precision: 'day',
    title: round.title,
    ...(round.number === undefined ? {} : { number: round.number }),
    href: `/rounds/${round.id}/`,
    ...(round.place === undefined ? {} : { place: round.place }),
    format: round.format,
    parties: round.parties,
    text: round.summary,
    citations: roundCitations(round),
    countClaims: [],
  }));
  const contacts = model.contacts.map((contact): TimelineEntry => {
    const format = CONTACT_FORMAT[contact.kind];
    return {
      id: contact.id,
      kind: contact.kind,
      start: contact.start,
      end: contact.end,
      precision: contact.precision,
      title: `${CONTACT_LABELS[contact.kind]}: ${formatNameList(contact.people.map((id) => names.get(id) ?? id))}`,
      ...(format === undefined ? {} : { format }),
      parties: contact.parties,
      text: contact.sentence,
      citations: contact.citations,
      countClaims: [],
    };
  });
  attachCountClaims(model, rounds);
  return [...rounds, ...contacts].sort(compareTimelineEntries);
}

/**
 * Where the stories disagree on how many times the delegations met, each
 * claim goes on the round that was the latest when its story was published,
 * so the reader sees the disagreement where it arose. Versions of one story
 * count once.
 */
function attachCountClaims(model: TalksModel, rounds: TimelineEntry[]): void {
  const primary = new Set(model.stories.map((story) => story.primary));
  const published = new Map(model.articles.map((article) => [article.slug, article.publishedDay]));
  const claims = model.countStatements.filter(({ article }) => primary.has(article));
  // "Met four times" (every round) and "met in person three times in Belarus" count different things: only counts of one scope disagree.
  const scopes = new Map<string, typeof claims>();
  for (const claim of claims)
    scopes.set(claim.statement.scope, [...(scopes.get(claim.statement.scope) ?? []), claim]);
  for (const scoped of scopes.values()) {
    if (new Set(scoped.map(({ statement }) => statement.count)).size < 2) continue;
    for (const { article, paragraphId, statement } of scoped) {
      const day = published.get(article) ?? '';
      const round = rounds.filter((entry) => entry.start <= day).at(-1);
      if (round === undefined) continue;
      const url = paragraphUrl(article, paragraphId);
      round.countClaims.push({
        count: statement.count,
        sentence: statement.sentence,
        scope: statement.scope,
        citation: { article, paragraphId, quote: statement.sentence, url, highlightUrl: url },
      });
    }
  }
}

export function matchesFilter(entry: TimelineEntry, filter: TimelineFilter): boolean {
  return filter.type === 'format' ? entry.format === filter.format : entry.parties.includes(filter.party);
}

/** The filters worth offering: the formats and parties that at least one entry has. */
export function availableFilters(entries: readonly TimelineEntry[]): TimelineFilter[] {
  const formats = [...new Set(entries.flatMap((entry) => (entry.format ? [entry.format] : [])))].sort();
  const parties = [...new Set(entries.flatMap((entry) => entry.parties))].sort();
  return [
    ...formats.map((format): TimelineFilter => ({ type: 'format', format })),
    ...parties.map((party): TimelineFilter => ({ type: 'party', party })),
  ];
}

/** The URL of a filtered timeline. */
export function filterPath(filter: TimelineFilter): string {
  return filter.type === 'format' ? `/timeline/${filter.format}/` : `/timeline/party/${filter.party}/`;
}

/** The latest status of each demand of the negotiating parties: the "where the talks stand" summary. */
export function whereTalksStand(model: TalksModel): { party: string; demands: DemandRecord[] }[] {
  return model.parties
    .filter((party) => party.kind === 'negotiating-party')
    .map((party) => ({
      party: party.id,
      demands: model.demands.filter((demand) => demand.parties.includes(party.id)),
    }))
    .filter(({ demands }) => demands.length > 0);
}

/**
 * Where a demand stands: its latest status, and who took that step when it was another party than
 * the demand's own. Ukraine easing its stance on Russia's demand for neutrality leaves the demand
 * "eased by Ukraine", never just "eased", which would read as Russia easing it.
 */
export interface DemandStanding {
  status: DemandStatus;
  by?: string;
}

export function demandStanding(demand: DemandRecord): DemandStanding {
  const by = demand.history.at(-1)?.by;
  return by === undefined || demand.parties.includes(by)
    ? { status: demand.currentStatus }
    : { status: demand.currentStatus, by };
}

/** How many of the demands stand at each status (and by whom), in the schema's order of statuses, leaving out those at none. */
export function currentStatusCounts(
  demands: readonly DemandRecord[],
): (DemandStanding & { count: number })[] {
  const counts = new Map<string, DemandStanding & { count: number }>();
  for (const demand of demands) {
    const standing = demandStanding(demand);
    const key = `${standing.status} ${standing.by ?? ''}`;
    const counted = counts.get(key) ?? { ...standing, count: 0 };
    counted.count += 1;
    counts.set(key, counted);
  }
  return [...counts.values()].sort(
    (a, b) =>
      demandStatuses.indexOf(a.status) - demandStatuses.indexOf(b.status) ||
      Number(a.by !== undefined) - Number(b.by !== undefined) ||
      (a.by ?? '').localeCompare(b.by ?? ''),
  );
}
