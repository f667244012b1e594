import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { Knowledge } from '../lib/compile/knowledge';
import { aggregateModel, type TalksModel } from '../lib/compile/model';
import { contentRoot } from '../lib/content-root';
import { versionChecksFile } from '../lib/build/version-checks-file';
import { readCorrections } from '../lib/content/read-corrections';
import { pageCacheKey } from '../lib/site/cache-key';
import { PAGE_SIZE, pageOf, pagePath } from '../lib/site/paging';
import { UNNAMED_SOURCES_PATH, unnamedSources } from '../lib/site/people';
import { availableFilters, buildTimeline, filterPath, type TimelineFilter } from '../lib/site/timeline';
import { timelineMonths, type TimelineMonth } from '../lib/site/timeline-pages';
import { articlesNewestFirst, compiledArticle, compiledDigest, compiledFactsDir } from './articles';

/**
 * The compiled model of the talks, aggregated once per build from each
 * article's compiled facts (kept by the article loader between builds) and
 * the curated knowledge. Bad citations stop the build here, every problem listed.
 */
const knowledge: Knowledge = {
  parties: (await getCollection('parties')).map((entry) => entry.data),
  people: (await getCollection('people')).map((entry) => entry.data),
  places: (await getCollection('places')).map((entry) => entry.data),
  rounds: (await getCollection('rounds')).map((entry) => entry.data),
  demands: (await getCollection('demands')).map((entry) => entry.data),
  conflicts: (await getCollection('conflicts')).map((entry) => entry.data),
};

// Oldest first, as the files sort: the order contacts and stories are merged in.
const articlesByFile = [...articlesNewestFirst].sort((a, b) => a.id.localeCompare(b.id));
// Pairs of articles already compared by the duplicate check, kept in the build's cache folder
// beside the compiled facts (not among them: the loader removes every file there it did not write).
const versionChecks = versionChecksFile(
  join(compiledFactsDir(), '..', 'talks-version-checks.json'),
  new Map(articlesByFile.map((article) => [article.id, compiledDigest(article)])),
);
export const model: TalksModel = aggregateModel(
  articlesByFile.map(compiledArticle),
  knowledge,
  // The article loader applied each article's own; a contact's apply once contacts are merged.
  readCorrections(contentRoot),
  versionChecks,
);
versionChecks.save();
for (const warning of model.correctionWarnings) console.warn(warning);

/** Lookups by id, for pages that link entities. */
export const articleBySlug = new Map(model.articles.map((article) => [article.slug, article]));
export const personById = new Map(model.people.map((person) => [person.id, person]));
export const partyById = new Map(model.parties.map((party) => [party.id, party]));
export const roundById = new Map(model.rounds.map((round) => [round.id, round]));
export const placeById = new Map(model.places.map((place) => [place.id, place]));
export const demandById = new Map(model.demands.map((demand) => [demand.id, demand]));

/** Unnamed sources article by article, and where each is listed (its page of the list, its anchor). */
export const unnamedSourceList = unnamedSources(model);
export const unnamedSourceHref = new Map(
  unnamedSourceList.map(({ anchor }, index) => [
    anchor,
    `${pagePath(UNNAMED_SOURCES_PATH, pageOf(index, PAGE_SIZE.unnamedSources))}#${anchor}`,
  ]),
);

/** The timeline of rounds and contacts, built once, and the filters it offers. */
export const timeline = buildTimeline(model);
export const timelineFilters = availableFilters(timeline);

/**
 * The months of the timeline, whole or filtered, each list made once: every
 * page of a filter shows the same month navigation, and making it per page
 * would go through the whole timeline once per page.
 */
const monthsByFilter = new Map<string, TimelineMonth[]>();
export function timelineMonthsOf(filter?: TimelineFilter): TimelineMonth[] {
  const key = filter === undefined ? '' : filterPath(filter);
  let months = monthsByFilter.get(key);
  if (months === undefined) {
    months = timelineMonths(timeline, filter);
    monthsByFilter.set(key, months);
  }
  return months;
}

/** A digest of the curated knowledge: names, titles and rounds that any page may show. */
const knowledgeDigest = pageCacheKey(knowledge);

/** The slugs of the articles a page's data cites: every `article` field, however deep. */
function citedArticles(data: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(data)) for (const item of data) citedArticles(item, found);
  else if (typeof data === 'object' && data !== null)
    for (const [key, value] of Object.entries(data)) {
      if (key === 'article' && typeof value === 'string') found.add(value);
      else citedArticles(value, found);
    }
  return found;
}

/**
 * The `cacheKey` of a page that shows `data` (its props): the data itself,
 * the knowledge, and how the page shows each article it cites (outlet, day,
 * title, whether it is a version). A page re-renders when any of them changes.
 */
export function cacheKeyFor(data: unknown): string {
  const cited = [...citedArticles(data)].sort().map((slug) => {
    const article = articleBySlug.get(slug);
    return [slug, article?.data.title, article?.data.outlet, article?.publishedDay, article?.versionOf];
  });
  return pageCacheKey(knowledgeDigest, data, cited);
}
