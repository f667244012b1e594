import { utc } from '@date-fns/utc';
import { eachDayOfInterval, format, parseISO } from 'date-fns';
import type { ArticleRecord, PersonRecord, RoundRecord, TalksModel } from '../compile/model';
import type { Party } from '../../schemas/party';
import { aliasText, type NamedEntity } from './aliases';

/** What SearchFacets needs for one page. */
export interface PageFacets {
  parties: string[];
  people: string[];
  rounds: string[];
  aliases: string;
  /** The days the page is about, `yyyy-MM-dd`: a search for a day lists its rounds and articles first. */
  days: string[];
}

type Lookup = ReturnType<typeof buildLookup>;
/** Built once per model, not once per page: every article page asks for its facets. */
const lookups = new WeakMap<TalksModel, Lookup>();

function buildLookup(model: TalksModel) {
  return {
    party: new Map(model.parties.map((party) => [party.id, party])),
    person: new Map(model.people.map((person) => [person.id, person])),
    place: new Map(model.places.map((place) => [place.id, place])),
    round: new Map(model.rounds.map((round) => [round.id, round])),
    article: new Map(model.articles.map((article) => [article.slug, article])),
  };
}

function lookup(model: TalksModel): Lookup {
  let maps = lookups.get(model);
  if (maps === undefined) {
    maps = buildLookup(model);
    lookups.set(model, maps);
  }
  return maps;
}

function entitiesOf(model: TalksModel, mentions: readonly { kind: string; id: string }[]): NamedEntity[] {
  const maps = lookup(model);
  return mentions.flatMap((mention): NamedEntity[] => {
    const entity = maps[mention.kind as 'party' | 'person' | 'place'].get(mention.id);
    return entity ? [entity] : [];
  });
}

/** Facets of an article page: the parties, people and rounds its paragraphs speak of, and their other names. */
export function articleFacets(model: TalksModel, article: ArticleRecord): PageFacets {
  const maps = lookup(model);
  const mentions = article.paragraphs.flatMap((paragraph) => paragraph.mentions);
  const ids = (kind: string) => [
    ...new Set(mentions.filter((mention) => mention.kind === kind).map((mention) => mention.id)),
  ];
  const roundIds = [
    ...new Set(article.paragraphs.flatMap((paragraph) => paragraph.rounds.map((link) => link.round))),
  ];
  return {
    parties: ids('party').map((id) => maps.party.get(id)?.name ?? id),
    people: ids('person').map((id) => maps.person.get(id)?.name ?? id),
    rounds: roundIds.map((id) => maps.round.get(id)?.title ?? id),
    aliases: aliasText(entitiesOf(model, mentions)),
    days: [article.publishedDay],
  };
}

/** Facets of a round page: its parties and people, the place, and everyone its linked paragraphs name. */
export function roundFacets(model: TalksModel, round: RoundRecord): PageFacets {
  const maps = lookup(model);
  const people = [...round.delegationHeads.map((head) => head.person), ...round.participants];
  const linked = round.paragraphs.flatMap(
    ({ article, paragraphId }) =>
      maps.article.get(article)?.paragraphs.find((p) => p.id === paragraphId)?.mentions ?? [],
  );
  const place = round.place === undefined ? undefined : maps.place.get(round.place);
  return {
    parties: round.parties.map((id) => maps.party.get(id)?.name ?? id),
    people: people.map((id) => maps.person.get(id)?.name ?? id),
    rounds: [round.title],
    aliases: aliasText([
      ...(place ? [place] : []),
      ...people.flatMap((id) => maps.person.get(id) ?? []),
      ...entitiesOf(model, linked),
    ]),
    days: eachDayOfInterval(
      { start: parseISO(`${round.start}T00:00:00Z`), end: parseISO(`${round.lastDay}T00:00:00Z`) },
      { in: utc },
    ).map((day) => format(day, 'yyyy-MM-dd', { in: utc })),
  };
}

/** Facets of a person page: the parties they speak for, and their other names. */
export function personFacets(model: TalksModel, person: PersonRecord): PageFacets {
  const maps = lookup(model);
  return {
    parties: person.roles.flatMap((role) =>
      role.party ? [maps.party.get(role.party)?.name ?? role.party] : [],
    ),
    people: [person.name],
    rounds: person.rounds.map((id) => maps.round.get(id)?.title ?? id),
    aliases: aliasText([person]),
    days: [],
  };
}

/** Facets of a party page: the party, and its other names. */
export function partyFacets(party: Party): PageFacets {
  return { parties: [party.name], people: [], rounds: [], aliases: aliasText([party]), days: [] };
}
