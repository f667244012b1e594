import type { Speaker } from '../compile/attribution-types';
import type {
  ArticleRecord,
  DemandRecord,
  DemandStepRecord,
  ParagraphRecord,
  QuoteRecord,
  RoundRecord,
  TalksModel,
} from '../compile/model';
import type { Place } from '../../schemas/place';
import type { Round } from '../../schemas/round';
import { paragraphUrl, passageUrl } from '../urls';
import { addDays, format, parseISO } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { ordinal } from './dates';
import { FORMAT_LABELS } from './labels';

/** A paragraph the compiler linked to the round, as the round page quotes it. */
export interface SourceParagraph {
  paragraph: ParagraphRecord;
  reasons: string[];
  url: string;
  /** The paragraph link with a text fragment on its first words, so the browser highlights it. */
  highlightUrl: string;
}

/** The paragraphs of one story that speak of the round. */
export interface SourceGroup {
  article: ArticleRecord;
  /** Other versions of the same story, shown once under this one. */
  alsoPublishedAs: ArticleRecord[];
  paragraphs: SourceParagraph[];
}

/** A person or an unnamed source involved in the round, with what they said about it. */
export interface RoundVoice {
  speaker: Speaker;
  /** Their part in the round: head of a party's delegation, or a participant; none for someone only quoted. */
  role?: { kind: 'head'; party: string } | { kind: 'participant' };
  quotes: QuoteRecord[];
}

export interface RoundPageData {
  round: RoundRecord;
  /** "4th round", or the format for meetings outside the numbered rounds. */
  sequenceLabel: string;
  previous?: RoundRecord;
  next?: RoundRecord;
  /** Demand steps dated in the round's days, or a day either side that no round holds (`roundsOfStep`), by party. */
  onTheTable: { party: string; steps: { demand: DemandRecord; step: DemandStepRecord }[] }[];
  /** Demands the linked paragraphs speak of, beyond the dated steps. */
  alsoDiscussed: DemandRecord[];
  sources: SourceGroup[];
  voices: RoundVoice[];
}

/** "4th round", or the format ("Foreign ministers") for a meeting outside the numbered rounds. */
export function roundSequenceLabel(round: Round): string {
  return round.number === undefined ? FORMAT_LABELS[round.format] : `${ordinal(round.number)} round`;
}

/** Where a round was held, with the place it lies in ("Gomel region, Belarus"); undefined when it had no single place. */
export function roundPlaceName(round: Round, places: readonly Place[]): string | undefined {
  const byId = (id: string | undefined) => places.find((place) => place.id === id);
  const place = byId(round.place);
  if (place === undefined) return undefined;
  const within = byId(place.within);
  return within === undefined ? place.name : `${place.name}, ${within.name}`;
}

function shiftDay(day: string, days: number): string {
  return format(addDays(new UTCDate(parseISO(`${day}T00:00:00Z`)), days), 'yyyy-MM-dd');
}

function firstWords(text: string): string {
  return text.split(/\s+/u).slice(0, 8).join(' ');
}

/**
 * The rounds a demand step belongs to: the round whose days hold its date; when no round's do, the
 * rounds a day from it (a step the day before or after a meeting), and of those the one whose
 * paragraphs hold the step's citation when one does. A day one round holds is never also given to
 * its neighbour: ongoing talks end the day before the next round, so a margin after them would
 * reach into it.
 */
export function roundsOfStep(
  rounds: readonly Pick<RoundRecord, 'id' | 'start' | 'lastDay' | 'paragraphs'>[],
  step: Pick<DemandStepRecord, 'date' | 'citation'>,
): string[] {
  const holding = rounds.filter((round) => round.start <= step.date && step.date <= round.lastDay);
  if (holding.length > 0) return holding.map((round) => round.id);
  const near = rounds.filter(
    (round) => shiftDay(round.start, -1) <= step.date && step.date <= shiftDay(round.lastDay, 1),
  );
  const cited = near.filter((round) =>
    round.paragraphs.some(
      (link) => link.article === step.citation.article && link.paragraphId === step.citation.paragraphId,
    ),
  );
  return (cited.length > 0 ? cited : near).map((round) => round.id);
}

/** Articles by slug, built once per model: round pages and their later pages all need it. */
const articleMaps = new WeakMap<TalksModel, Map<string, ArticleRecord>>();
function articlesBySlug(model: TalksModel): Map<string, ArticleRecord> {
  let map = articleMaps.get(model);
  if (map === undefined) {
    map = new Map(model.articles.map((article) => [article.slug, article]));
    articleMaps.set(model, map);
  }
  return map;
}

/** Assembles what a round's page shows from the model; the page itself only renders it. */
export function roundPageData(model: TalksModel, roundId: string): RoundPageData {
  const index = model.rounds.findIndex((round) => round.id === roundId);
  const round = model.rounds[index];
  if (round === undefined) throw new Error(`no round ${roundId}`);

  const byParty = new Map<string, { demand: DemandRecord; step: DemandStepRecord }[]>();
  for (const demand of model.demands) {
    for (const step of demand.history) {
      if (!roundsOfStep(model.rounds, step).includes(round.id)) continue;
      for (const party of step.by === undefined ? demand.parties : [step.by]) {
        byParty.set(party, [...(byParty.get(party) ?? []), { demand, step }]);
      }
    }
  }
  const onTheTable = [...byParty].map(([party, steps]) => ({ party, steps }));

  const bySlug = articlesBySlug(model);
  const linked = new Map<string, SourceParagraph[]>();
  for (const { article, paragraphId, reasons } of round.paragraphs) {
    const paragraph = bySlug.get(article)?.paragraphs.find((candidate) => candidate.id === paragraphId);
    if (paragraph === undefined) continue;
    linked.set(article, [
      ...(linked.get(article) ?? []),
      {
        paragraph,
        reasons,
        url: paragraphUrl(article, paragraphId),
        highlightUrl: passageUrl(article, paragraphId, firstWords(paragraph.text)),
      },
    ]);
  }
  const sources: SourceGroup[] = [];
  for (const [slug, paragraphs] of linked) {
    const article = bySlug.get(slug);
    if (article === undefined) continue;
    // A version whose fuller story is also quoted here is shown once, under that story.
    if (article.versionOf !== undefined && linked.has(article.versionOf)) continue;
    const alsoPublishedAs = article.otherVersions.flatMap((other) => bySlug.get(other) ?? []);
    sources.push({ article, alsoPublishedAs, paragraphs });
  }
  sources.sort(
    (a, b) =>
      a.article.publishedDay.localeCompare(b.article.publishedDay) ||
      a.article.slug.localeCompare(b.article.slug),
  );

  const discussed = new Set(
    sources.flatMap((group) => group.paragraphs.flatMap(({ paragraph }) => paragraph.demands)),
  );
  const onTableIds = new Set(onTheTable.flatMap(({ steps }) => steps.map(({ demand }) => demand.id)));
  const alsoDiscussed = model.demands.filter(
    (demand) => discussed.has(demand.id) && !onTableIds.has(demand.id),
  );

  return {
    round,
    sequenceLabel: roundSequenceLabel(round),
    ...(model.rounds[index - 1] ? { previous: model.rounds[index - 1] } : {}),
    ...(model.rounds[index + 1] ? { next: model.rounds[index + 1] } : {}),
    onTheTable,
    alsoDiscussed,
    sources,
    voices: roundVoices(round, sources),
  };
}

function speakerKey(speaker: Speaker, article: string): string {
  if (speaker.type === 'unnamed') return `${article}/${speaker.key}`;
  return speaker.type === 'named' ? `named/${speaker.name}` : `${speaker.type}/${speaker.id}`;
}

/** The delegation heads and participants, then everyone quoted in the round's paragraphs, each with their quotes. */
function roundVoices(round: RoundRecord, sources: readonly SourceGroup[]): RoundVoice[] {
  const voices = new Map<string, RoundVoice>();
  for (const head of round.delegationHeads) {
    voices.set(`person/${head.person}`, {
      speaker: { type: 'person', id: head.person },
      role: { kind: 'head', party: head.party },
      quotes: [],
    });
  }
  for (const person of round.participants) {
    if (voices.has(`person/${person}`)) continue;
    voices.set(`person/${person}`, {
      speaker: { type: 'person', id: person },
      role: { kind: 'participant' },
      quotes: [],
    });
  }
  for (const group of sources) {
    for (const { paragraph } of group.paragraphs) {
      for (const quote of paragraph.quotes) {
        if (quote.speaker === undefined || quote.speaker.type === 'party') continue;
        const key = speakerKey(quote.speaker, quote.article);
        const voice = voices.get(key) ?? { speaker: quote.speaker, quotes: [] };
        voice.quotes.push(quote);
        voices.set(key, voice);
      }
    }
  }
  return [...voices.values()];
}
