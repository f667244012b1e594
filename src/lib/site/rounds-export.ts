import type { TalksModel } from '../compile/model';
import { toICalendar } from './icalendar';
import { FORMAT_LABELS } from './labels';
import { paragraphUrl } from '../urls';

/** The rounds for `/rounds.json`: plain data with absolute URLs, for other tools. */
export function roundsExport(model: TalksModel, site: string) {
  const placeName = (id: string | undefined) => model.places.find((place) => place.id === id)?.name;
  return {
    rounds: model.rounds.map((round) => ({
      slug: round.id,
      url: new URL(`/rounds/${round.id}/`, site).href,
      title: round.title,
      number: round.number ?? null,
      start: round.start,
      end: round.lastDay,
      ongoing: round.ongoing,
      place: round.place ?? null,
      placeName: placeName(round.place) ?? null,
      format: round.format,
      parties: round.parties,
      delegationHeads: round.delegationHeads,
      // Which facts (by index) state the dates, the place and the delegation heads, with their sources below.
      headerSources: round.headerSources,
      summary: round.summary,
      facts: round.sourcedFacts.map((fact) =>
        'citation' in fact
          ? {
              statement: fact.statement,
              citation: { ...fact.citation, url: new URL(fact.citation.url, site).href },
            }
          : { statement: fact.statement, editorsSource: fact.editorsSource },
      ),
      citations: round.paragraphs.map(({ article, paragraphId, reasons }) => ({
        article,
        paragraphId,
        url: new URL(paragraphUrl(article, paragraphId), site).href,
        reasons,
      })),
    })),
  };
}

/** The rounds as iCalendar, stamped with the newest article's day so the file is the same for the same content. */
export function roundCalendar(model: TalksModel, site: string): string {
  const stamp =
    model.articles
      .map((article) => article.publishedDay)
      .sort()
      .at(-1) ?? '2000-01-01';
  const host = new URL(site).hostname;
  return toICalendar(
    model.rounds.map((round) => {
      const place = model.places.find((candidate) => candidate.id === round.place);
      return {
        uid: `${round.id}@${host}`,
        start: round.start,
        end: round.lastDay,
        summary: round.title,
        description: `${FORMAT_LABELS[round.format]}. ${round.summary}`,
        ...(place ? { location: place.name } : {}),
        url: new URL(`/rounds/${round.id}/`, site).href,
      };
    }),
    stamp,
  );
}
