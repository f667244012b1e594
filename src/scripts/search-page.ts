/**
 * The search page: a search is its URL (query and filters); this runs it,
 * lists the pages it names and the index's results, and keeps the place in
 * the history. Pagefind, the index's questions, drawing and the filters are
 * in src/scripts/search/.
 */
import { asksForDemands, entitiesNamed, peopleDescribed } from '../lib/search/query';
import {
  pagefindFilters,
  paramsFromState,
  stateFromParams,
  type SearchState,
} from '../lib/search/search-state';
import {
  empty,
  form,
  filterBox,
  input,
  layout,
  more,
  results,
  status,
  suggestionLine,
} from './search/elements';
import { currentState, filterCounts, renderActiveFilters, renderFilters } from './search/filters';
import { dayPages, findResults, FIRST_RESULTS } from './search/find';
import { moveWithArrowKeys } from './search/keyboard';
import {
  indexReady,
  INDEX_MISSING,
  pagefind,
  type Pagefind,
  type PagefindResult,
  type ResultData,
} from './search/pagefind';
import { fromEntity, fromPagefind, renderResult, type ShownResult } from './search/render';
import { loadDays, vocabulary } from './search/resources';

/** Results shown at first and added by each "show more". */
const PAGE_OF_RESULTS = 20;

/**
 * The filters' data, loaded once the first results are shown: searches made
 * after it return the counts shown beside the filters. Not before, so the
 * first results need neither its bytes nor its time.
 */
let filtersLoaded: Promise<unknown> | undefined;

/**
 * One entry of a result list: a page the query names by name (in hand), one
 * of the pages of a day it names, or one of the index's results; the last two
 * are loaded when shown.
 */
type ListEntry = { kind: 'named'; shown: ShownResult } | { kind: 'day' | 'index'; result: PagefindResult };

/**
 * The results of the current search, kept so "show more" can add the next
 * ones: a day's pages, the pages named by name, then the index's, from
 * `cursor` on. A page named and found by the index too is listed once, where
 * it was named (a day's pages are left out of the index's results by id).
 */
interface Listing {
  entries: ListEntry[];
  cursor: number;
  shown: number;
  /** The index's results dropped so far as repeats of a page named by name. */
  repeats: number;
  /** The pages named by name. */
  namedUrls: ReadonlySet<string>;
  /** Those of them not yet met among the index's results or a day's pages: until none is, the count may still fall. */
  awaited: Set<string>;
  /** What the index's results were found for (the spelling suggested, if any); a day's pages are for `typed`. */
  query: string;
  typed: string;
}
let listed: Listing | undefined;
let latest = 0;

/** How many results the list holds: its entries, less the index's that repeat a page named. */
function listedCount(listing: Listing): number {
  return listing.entries.length - listing.repeats;
}

/** An entry with what it shows: its page's data loaded, for a day's page or an index result. */
type LoadedEntry = Extract<ListEntry, { kind: 'named' }> | { kind: 'day' | 'index'; data: ResultData };

/** Adds the next `count` results; `offerMore` false keeps "show more" hidden (the rest is on its way). */
async function showMore(count: number, offerMore = true): Promise<HTMLLIElement[]> {
  const listing = listed;
  if (listing === undefined) return [];
  const words = await vocabulary;
  const shown: ShownResult[] = [];
  while (shown.length < count && listing.cursor < listing.entries.length) {
    const batch = listing.entries.slice(listing.cursor, listing.cursor + count - shown.length);
    listing.cursor += batch.length;
    // The batch's pages load together.
    const loaded = await Promise.all(
      batch.map(async (entry): Promise<LoadedEntry> =>
        entry.kind === 'named' ? entry : { kind: entry.kind, data: await entry.result.data() },
      ),
    );
    for (const entry of loaded) {
      if (entry.kind === 'named') {
        shown.push(entry.shown);
        continue;
      }
      const url = entry.data.url.split('#')[0] ?? entry.data.url;
      listing.awaited.delete(url);
      if (entry.kind === 'index' && listing.namedUrls.has(url)) listing.repeats++;
      else shown.push(fromPagefind(entry.data, entry.kind === 'day' ? listing.typed : listing.query, words));
    }
  }
  const rendered = shown.map(renderResult);
  results.append(...rendered);
  listing.shown += rendered.length;
  more.hidden = !offerMore || listing.shown >= listedCount(listing);
  return rendered;
}

/** What the status says of a listing. */
function countText(listing: Listing, state: SearchState, shownQuery: string, hasFilters: boolean): string {
  const total = listedCount(listing);
  return total === 0
    ? state.query === ''
      ? 'No pages pass these filters.'
      : `No results for “${state.query}”.`
    : `${total} result${total === 1 ? '' : 's'}${shownQuery === '' ? '' : ` for “${shownQuery}”`}${hasFilters ? ', filtered' : ''}.`;
}

/** Where the reader was in a list of results, kept in the history entry. */
interface Place {
  shown: number;
  scrollY: number;
}

/**
 * Runs a search and shows it. The results area is `aria-busy` until the
 * results, the status and the filters' counts are all in place.
 */
async function run(state: SearchState, restore?: Place | null): Promise<void> {
  const id = ++latest;
  layout.setAttribute('aria-busy', 'true');
  try {
    await show(id, state, restore);
  } finally {
    if (id === latest) layout.removeAttribute('aria-busy');
  }
}

async function show(run: number, state: SearchState, restore?: Place | null): Promise<void> {
  input.value = state.query;
  empty.hidden = true;
  suggestionLine.hidden = true;
  renderActiveFilters(state, go);
  let api: Pagefind;
  try {
    api = await pagefind;
  } catch {
    status.textContent = INDEX_MISSING;
    empty.hidden = false;
    return;
  }
  const words = await vocabulary;
  // The days a query names, read while Pagefind gets ready (the date parser takes a while);
  // the parser is loaded only for a query with a digit in it.
  const days =
    words === undefined || !/\d/u.test(state.query)
      ? []
      : (await loadDays()).daysNamed(state.query, words.years);
  // What the query names outright comes first: a day's rounds and articles, an entity's page.
  // Found, like the days, while Pagefind gets ready, rather than once it is.
  const named =
    words === undefined ? [] : [...entitiesNamed(state.query, words), ...peopleDescribed(state.query, words)];
  if (asksForDemands(state.query))
    named.sort((a, b) => Number(b.type === 'party') - Number(a.type === 'party'));
  const typeFilter = state.filters.type;
  const byName = named
    .filter((entity) => typeFilter === undefined || typeFilter.includes(entity.type))
    .map((entity) => fromEntity(entity, state.query));
  await indexReady;
  const filters = pagefindFilters(state.filters);
  const hasFilters = Object.keys(filters).length > 0;
  if (state.query === '' && !hasFilters) {
    filtersLoaded ??= api.filters();
    await filtersLoaded;
    const all = await api.search(null, { filters });
    if (run !== latest) return;
    results.replaceChildren();
    more.hidden = true;
    listed = undefined;
    if (all) renderFilters(state, await filterCounts(api, null, state, all));
    status.textContent = 'Type a name, a term or a day to search the articles, rounds, parties and people.';
    return;
  }

  // The pages of a day and the index's results are looked up at the same time. The index's top
  // results that the first ones shown will need start loading at once; a day's pages (a query with
  // a digit) usually fill the first results by themselves.
  const warm = /\d/u.test(state.query) ? 1 : FIRST_RESULTS - byName.length;
  const [dated, { found, query, note }] = await Promise.all([
    dayPages(api, days, filters),
    findResults(api, state.query, filters, words, warm),
  ]);

  if (run !== latest) return;
  // A day's pages are known by their ids: the index's results leave them out before any is loaded.
  const datedIds = new Set(dated.map((entry) => entry.id));
  const pages = found.good ? (found.search?.results ?? []).filter((result) => !datedIds.has(result.id)) : [];
  const namedUrls = new Set(byName.map((result) => result.url));
  listed = {
    entries: [
      ...dated.map((result): ListEntry => ({ kind: 'day', result })),
      ...byName.map((shown): ListEntry => ({ kind: 'named', shown })),
      ...pages.map((result): ListEntry => ({ kind: 'index', result })),
    ],
    cursor: 0,
    shown: 0,
    repeats: 0,
    namedUrls,
    awaited: new Set(namedUrls),
    query,
    typed: state.query,
  };
  results.replaceChildren();
  // The first few results are shown as soon as their data is in (the search loaded the top
  // ones' already), then the rest of the page of results; the list is the same either way.
  const wanted = restore?.shown ?? PAGE_OF_RESULTS;
  await showMore(Math.min(Math.max(FIRST_RESULTS, byName.length), wanted), false);
  if (run !== latest) return;

  if (note !== '') {
    suggestionLine.replaceChildren(
      `No good match for “${state.query}”. Did you mean `,
      Object.assign(document.createElement('a'), {
        href: `?${paramsFromState({ query: note, filters: state.filters }).toString()}`,
        textContent: note,
      }),
      '? Showing its results.',
    );
    suggestionLine.hidden = false;
  }
  const shownQuery = note === '' ? state.query : note;
  // The count is final once every page pinned by name has been met among the index's results
  // loaded so far (each is counted once); until then it waits for the whole page of results.
  // The status is a live region: it is set once a search, as before.
  let told = '';
  if (listed.awaited.size === 0) {
    told = countText(listed, state, shownQuery, hasFilters);
    status.textContent = told;
    empty.hidden = listedCount(listed) !== 0;
  }
  await showMore(wanted - listed.shown);
  if (run !== latest) return;
  const count = countText(listed, state, shownQuery, hasFilters);
  if (count !== told) status.textContent = count;
  empty.hidden = listedCount(listed) !== 0;
  filtersLoaded ??= api.filters();
  await filtersLoaded;
  const counted = await api.search(query === '' ? null : query, { filters });
  if (run !== latest) return;
  if (counted) renderFilters(state, await filterCounts(api, query === '' ? null : query, state, counted));
  if (restore) window.scrollTo(0, restore.scrollY);
}

function go(state: SearchState): void {
  const params = paramsFromState(state).toString();
  history.pushState(null, '', params === '' ? location.pathname : `?${params}`);
  void run(state);
}

/** Remembers where the reader was in the results, so Back returns there. */
function rememberPlace(): void {
  history.replaceState({ shown: listed?.shown ?? PAGE_OF_RESULTS, scrollY: window.scrollY }, '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go({ ...currentState(), query: input.value.trim() });
});
filterBox.addEventListener('change', () => {
  go(currentState());
});
more.addEventListener('click', () => {
  void showMore(PAGE_OF_RESULTS).then((added) => {
    added[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
});
window.addEventListener('popstate', (event) => {
  void run(stateFromParams(new URLSearchParams(location.search)), event.state as Place | null);
});
window.addEventListener('pagehide', rememberPlace);
results.addEventListener('click', rememberPlace);

// Arrow keys move through the results and their paragraphs, from the search box too; Tab works as everywhere else.
moveWithArrowKeys(results, input);

history.scrollRestoration = 'manual';
const arrival = stateFromParams(new URLSearchParams(location.search));
// A day in the query: its parser loads while Pagefind does.
if (/\d/u.test(arrival.query)) void loadDays();
void run(arrival, history.state as Place | null).then(() => {
  // Arriving with a query, the reader hears how many results there are, and Tab goes on to them.
  if (arrival.query !== '' && history.state === null) status.focus();
});
