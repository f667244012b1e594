import type { Party } from '../../schemas/party';
import type { Person } from '../../schemas/person';
import type { DateRecordData, MentionRecordData, OpenData, QuoteRecordData } from '../../schemas/open-data';
import type { CompiledArticle, CompiledQuote } from '../compile/article';
import type { TalksModel } from '../compile/model';
import { isoDateValue } from '../compile/date-value';

/** What an article's records need besides the article: the people and parties its speakers are named from. */
export interface RecordLookups {
  people: readonly Pick<Person, 'id' | 'name' | 'roles'>[];
  parties: readonly Pick<Party, 'id' | 'name'>[];
}

/** The records of `/data/` that come from one article alone, each kind in paragraph order. */
export interface ArticleOpenData {
  quotes: QuoteRecordData[];
  dates: DateRecordData[];
  mentions: MentionRecordData[];
}

/** The kinds of record that come from one article alone: the rest (contacts, demands, rounds) from the whole model. */
export const ARTICLE_KINDS = ['quotes', 'dates', 'mentions'] as const;

/** Who a fact comes from: an editor's correction, or the compiler. */
const sourceOf = (fact: { correctedBy?: unknown }) =>
  fact.correctedBy === undefined ? ('compiler' as const) : ('editor' as const);

/** The speaker fields of a quote record: a person's id, or a body or unnamed source described in words. */
function speakerFields(
  quote: CompiledQuote,
  article: Pick<CompiledArticle, 'unnamedSources'>,
  lookups: RecordLookups,
): Pick<QuoteRecordData, 'speaker' | 'speakerKind' | 'speakerLabel' | 'party'> {
  const speaker = quote.speaker;
  if (speaker === undefined)
    return {
      speaker: null,
      speakerKind: quote.abstained ? 'unknown' : null,
      speakerLabel: null,
      party: null,
    };
  if (speaker.type === 'named')
    return { speaker: null, speakerKind: 'named', speakerLabel: speaker.name, party: null };
  if (speaker.type === 'person') {
    const person = lookups.people.find((candidate) => candidate.id === speaker.id);
    return {
      speaker: speaker.id,
      speakerKind: 'person',
      speakerLabel: quote.speakerLabel ?? person?.name ?? speaker.id,
      party: person?.roles.find((role) => role.party !== undefined)?.party ?? null,
    };
  }
  if (speaker.type === 'party') {
    const party = lookups.parties.find((candidate) => candidate.id === speaker.id);
    return {
      speaker: null,
      speakerKind: 'party',
      speakerLabel: quote.speakerLabel ?? party?.name ?? speaker.id,
      party: speaker.id,
    };
  }
  const source = article.unnamedSources.find((candidate) => candidate.key === speaker.key);
  return {
    speaker: null,
    speakerKind: 'unnamed',
    // The article's first description names the source; "the official" alone would not.
    speakerLabel: source?.description ?? quote.speakerLabel ?? null,
    party: source?.party ?? null,
  };
}

/**
 * The records of one article: its quotes, dates and mentions, as `/data/`
 * publishes them. Pure, and the same wherever the article is compiled: the
 * article loader's workers serialise them once per article (`serialise.ts`).
 */
export function articleOpenData(
  article: Pick<CompiledArticle, 'slug' | 'unnamedSources' | 'paragraphs'>,
  lookups: RecordLookups,
): ArticleOpenData {
  const each = <T>(make: (paragraph: CompiledArticle['paragraphs'][number]) => T[]) =>
    article.paragraphs.flatMap(make);
  return {
    quotes: each((paragraph) =>
      paragraph.quotes.map((quote) => ({
        article: article.slug,
        paragraph: paragraph.id,
        text: quote.text,
        ...speakerFields(quote, article, lookups),
        rule: quote.rule ?? null,
        source: sourceOf(quote),
      })),
    ),
    dates: each((paragraph) =>
      paragraph.dates.map((date) => ({
        article: article.slug,
        paragraph: paragraph.id,
        text: date.phrase,
        value: isoDateValue(date.start, date.end, date.precision),
        precision: date.precision,
        start: date.start,
        end: date.end,
        source: sourceOf(date),
      })),
    ),
    mentions: each((paragraph) =>
      paragraph.mentions.map((mention) => ({
        article: article.slug,
        paragraph: paragraph.id,
        kind: mention.kind,
        id: mention.id,
        text: mention.text,
        title: mention.title ?? null,
        start: mention.start,
        end: mention.end,
        inQuote: mention.inQuote,
        source: sourceOf(mention),
      })),
    ),
  };
}

/**
 * Every fact the compiler found, as the flat records of `/data/`: what
 * readers and researchers download, and what `npm run eval` measures
 * against the gold set. Pure: the same model gives the same records.
 */
export function openData(model: TalksModel): OpenData {
  const perArticle = model.articles.map((article) => articleOpenData(article, model));
  return {
    quotes: perArticle.flatMap((records) => records.quotes),
    dates: perArticle.flatMap((records) => records.dates),
    contacts: model.contacts.map((contact) => ({
      id: contact.id,
      kind: contact.kind,
      date: isoDateValue(contact.start, contact.end, contact.precision),
      precision: contact.precision,
      start: contact.start,
      end: contact.end,
      participants: contact.people,
      parties: contact.parties,
      reportedBy: contact.reportedBy ?? null,
      sources: contact.sightings.map(({ article, paragraphId, sentence }) => ({
        article,
        paragraph: paragraphId,
        sentence,
      })),
      source: sourceOf(contact),
    })),
    mentions: perArticle.flatMap((records) => records.mentions),
    demands: model.demands.flatMap((demand) =>
      demand.history.map((step) => ({
        demand: demand.id,
        title: demand.title,
        parties: demand.parties,
        topic: demand.topic,
        status: step.status,
        by: step.by === undefined ? demand.parties : [step.by],
        date: step.date,
        article: step.citation.article,
        paragraph: step.citation.paragraphId,
        quote: step.citation.quote,
        note: step.note ?? null,
        override: step.overrideReason ?? null,
        source: 'editor' as const,
      })),
    ),
    rounds: model.rounds.map((round) => ({
      id: round.id,
      title: round.title,
      number: round.number ?? null,
      start: round.start,
      end: round.lastDay,
      place: round.place ?? null,
      format: round.format,
      parties: round.parties,
      delegationHeads: round.delegationHeads.map((head) => head.person),
      paragraphs: round.paragraphs.map(({ article, paragraphId }) => ({ article, paragraph: paragraphId })),
      source: 'editor' as const,
    })),
  };
}
