import { getCollection } from 'astro:content';
import { compileModel, type TalksModel } from '../lib/compile/model';

/**
 * The compiled model of the talks, built once per build from every
 * collection and shared by all pages. Bad references or citations stop the
 * build here, with every problem listed.
 */
export const model: TalksModel = compileModel(
  (await getCollection('articles')).map((entry) => ({
    slug: entry.id,
    data: entry.data,
    body: entry.body ?? '',
  })),
  {
    parties: (await getCollection('parties')).map((entry) => entry.data),
    people: (await getCollection('people')).map((entry) => entry.data),
    places: (await getCollection('places')).map((entry) => entry.data),
    rounds: (await getCollection('rounds')).map((entry) => entry.data),
    demands: (await getCollection('demands')).map((entry) => entry.data),
    conflicts: (await getCollection('conflicts')).map((entry) => entry.data),
  },
);

/** Lookups by id, for pages that link entities. */
export const articleBySlug = new Map(model.articles.map((article) => [article.slug, article]));
export const personById = new Map(model.people.map((person) => [person.id, person]));
export const partyById = new Map(model.parties.map((party) => [party.id, party]));
