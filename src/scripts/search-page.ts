import {
  asksForDemands,
  contentWords,
  entitiesNamed,
  peopleDescribed,
  suggestSpelling,
} from '../lib/search/query';
import { highlightTerms, hitsMatchQuery, resultExcerpt } from '../lib/search/results';
import { paragraphSubResults, type PagefindResultData } from '../lib/search/sub-results';
import {
  FILTER_KEYS,
  pagefindFilters,
  paramsFromState,
  resultLink,
  stateFromParams,
  type FilterKey,
  type SearchState,
} from '../lib/search/search-state';
import type { SearchVocabulary, SearchWords, VocabularyEntity } from '../lib/search/vocabulary';
import { withNativeGunzip } from '../lib/search/native-gunzip';

type ResultData = PagefindResultData & { excerpt: string };
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Loads what a search for the term needs, without searching. */
  preload: (term: string) => Promise<void>;
  /** A null query lists every page that passes the filters. */
  search: (
    query: string | null,
    options: { filters: Record<string, { any: string[] }> },
  ) => Promise<PagefindSearch | null>;
}
/** Pagefind's module: an instance of its search, with options. */
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

const FILTER_LABELS: Record<FilterKey, string> = {
  type: 'Type',
  party: 'Party',
  person: 'Person mentioned',
  outlet: 'Outlet',
  round: 'Round',
};
const TYPE_LABELS: Record<string, string> = {
  article: 'Article',
  round: 'Round',
  party: 'Party',
  person: 'Person',
  sources: 'Unnamed sources',
};
/** Results shown at first and added by each "show more". */
const PAGE_OF_RESULTS = 20;
/**
 * Results shown, with the count, before the rest of the first page of results
 * is loaded: a first screen's worth. Two to four results begin in the first
 * screen at 1280×800, one or two at 375×740 ("talks", "Lavrov", "Austrian
 * model", "29 March"); the pages the query names by name, in hand already,
 * are all shown with them. Each other result (a day's page, an index result)
 * waits for its own file, so fewer of them first is a sooner first screen.
 */
const FIRST_RESULTS = 3;
/** Values a filter group shows before "show all": the ones with the most results. */
const TOP_FILTER_VALUES = 5;
/** Wide enough for the filters to sit beside the results, open. */
const WIDE = window.matchMedia('(min-width: 60rem)');

/** The page's element with this id, which must be of this kind (the markup is in src/pages/search.astro). */
function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`the search page has no ${kind.name} #${id}`);
  return found;
}

const form = element('search-form', HTMLFormElement);
const input = element('search-input', HTMLInputElement);
const layout = element('search-layout', HTMLDivElement);
const status = element('search-status', HTMLParagraphElement);
const activeList = element('search-active-filters', HTMLUListElement);
const suggestionLine = element('search-suggestion', HTMLParagraphElement);
const results = element('search-results', HTMLOListElement);
const more = element('search-more', HTMLButtonElement);
const empty = element('search-empty', HTMLDivElement);
const filterPanel = element('search-filter-panel', HTMLDetailsElement);
const filterSummary = element('search-filter-summary', HTMLElement);
const filterBox = element('search-filters', HTMLDivElement);
element('search-needs-js', HTMLDivElement).hidden = true;
form.hidden = false;
layout.hidden = false;
filterPanel.open = WIDE.matches;

// Pagefind runs in this page's thread and fetches with the page's `fetch`: its gzipped files are
// unzipped by the browser on the way in, not by Pagefind's JavaScript (src/lib/search/native-gunzip.ts).
window.fetch = withNativeGunzip(window.fetch.bind(window), location.href);
// A path in a variable, so the bundler leaves Pagefind's own file to be loaded at run time.
const pagefindPath = '/pagefind/pagefind.js';
const pagefind = (async () => {
  const loaded = (await import(/* @vite-ignore */ pagefindPath)) as PagefindModule;
  // Pagefind's default ranking: measured against tests/search-eval (npm run eval:search), pageLength 0,
  // 0.25 and 0.5 with termFrequency 0.5 did no better at 1 and 3 together (README, "Search").
  // In the page's own thread, not Pagefind's web worker: the worker's script is one more download
  // (43 KB) that the index's files wait for, and this page has nothing else to do while it searches.
  // The cache tag of the entry file the page preloads (src/integrations/pagefind-index.ts): with the
  // same tag, Pagefind asks for the preloaded URL. None under `npm run dev`: Pagefind adds a time.
  const preloaded = document.querySelector<HTMLLinkElement>(
    'link[rel="preload"][href*="pagefind-entry.json"]',
  );
  const tag = preloaded === null ? null : new URL(preloaded.href).searchParams.get('ts');
  return loaded.createInstance({
    noWorker: true,
    excerptLength: 30,
    ...(tag === null ? {} : { metaCacheTag: tag }),
  });
})();
/** How often, and how many times, the page asks Pagefind whether its WebAssembly is ready (`indexReady`). */
const READY_STEP_MS = 5;
const READY_CHECKS = 10;
/**
 * Settles once Pagefind's WebAssembly and metadata are in. Pagefind checks
 * for its WebAssembly every 50 ms, and a search asked for before it is ready
 * waits for the next check; empty preloads (they load nothing) asked for
 * every 5 ms meet it within 5 ms, and the page's searches, made once the
 * first of them settles, find it ready.
 */
const indexReady: Promise<unknown> = (async () => {
  const api = await pagefind;
  const preloads: Promise<boolean>[] = [];
  for (let check = 0; check < READY_CHECKS; check++) {
    // A failed preload settles it too: the search then reports the failure.
    preloads.push(
      api.preload('').then(
        () => true,
        () => true,
      ),
    );
    const step = new Promise<boolean>((resolve) => {
      setTimeout(() => {
        resolve(false);
      }, READY_STEP_MS);
    });
    if (await Promise.race([step, ...preloads])) break;
  }
  return Promise.race(preloads);
})().catch(() => undefined);
/**
 * The filters' data, loaded once the first results are shown: searches made
 * after it return the counts shown beside the filters. Not before, so the
 * first results need neither its bytes nor its time.
 */
let filtersLoaded: Promise<unknown> | undefined;
// A failed load is reported by run(), when a search needs the index.
pagefind.catch(() => undefined);
/** Names and years (src/lib/search/vocabulary.ts); search works without it, only less forgiving. */
const vocabulary: Promise<SearchVocabulary | undefined> = fetch('/search-vocabulary.json').then(
  (response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : undefined),
  () => undefined,
);
let frequentWords: Promise<SearchWords> | undefined;
/**
 * The corpus's frequent words, fetched once and only to suggest a spelling;
 * none if they fail to load. A file cached from before the build keyed them
 * (`keys`) still serves: a word without a key is keyed as it is measured.
 */
function loadFrequentWords(): Promise<SearchWords> {
  frequentWords ??= fetch('/search-words.json')
    .then((response): Promise<Partial<SearchWords>> | Partial<SearchWords> =>
      response.ok ? (response.json() as Promise<Partial<SearchWords>>) : {},
    )
    .then(
      (file): SearchWords => ({ words: file.words ?? [], keys: file.keys ?? [] }),
      () => ({ words: [], keys: [] }),
    );
  return frequentWords;
}

let daysModule: Promise<typeof import('../lib/search/days')> | undefined;
/** The date parser, loaded once, and only for a query with a digit in it. */
function loadDays(): Promise<typeof import('../lib/search/days')> {
  daysModule ??= import('../lib/search/days');
  return daysModule;
}

/**
 * What the page says when the index does not load. `npm run dev` serves no
 * index (Pagefind writes it after a build), which would otherwise look like a
 * broken page.
 */
const INDEX_MISSING = import.meta.env.DEV
  ? 'Search needs the index that the build writes, which `npm run dev` does not serve. Run `npm run build`, then `npm run preview`, to search.'
  : 'The search index did not load. Reload the page, or browse the people, the rounds, the parties and the articles.';

function text(tag: string, content: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

/** One entry of the result list, whatever found it. */
interface ShownResult {
  url: string;
  title: string;
  meta: string;
  /** HTML, escaped, hits marked; or plain text when `excerptIsText`. */
  excerpt: string;
  excerptIsText?: boolean;
  highlight: string;
  subResults: ReturnType<typeof paragraphSubResults>;
}

function fromPagefind(data: ResultData, query: string, words: SearchVocabulary | undefined): ShownResult {
  const terms = highlightTerms(data, words);
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    meta: [TYPE_LABELS[data.meta['type'] ?? ''] ?? data.meta['type'], data.meta['outlet'], data.meta['date']]
      .filter((part): part is string => Boolean(part))
      .join(' · '),
    excerpt: resultExcerpt(data),
    highlight: terms.length > 0 ? terms.join(' ') : query,
    subResults: paragraphSubResults(data),
  };
}

function fromEntity(entity: VocabularyEntity, query: string): ShownResult {
  return {
    url: entity.url,
    title: entity.title,
    meta: TYPE_LABELS[entity.type] ?? entity.type,
    excerpt: entity.line,
    excerptIsText: true,
    highlight: query,
    subResults: [],
  };
}

function renderResult(result: ShownResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = resultLink(result.url, result.highlight);
  link.textContent = result.title;
  link.className = 'search-result-link';
  heading.append(link);
  item.append(heading, text('p', result.meta, 'meta'));
  if (result.excerpt !== '') {
    const excerpt = document.createElement('p');
    // Our excerpts escape the page's words before adding <mark> (src/lib/search/results.ts).
    if (result.excerptIsText) excerpt.textContent = result.excerpt;
    else excerpt.innerHTML = result.excerpt;
    item.append(excerpt);
  }
  if (result.subResults.length > 0) {
    const list = document.createElement('ul');
    for (const sub of result.subResults) {
      const entry = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = resultLink(sub.url, result.highlight);
      subLink.textContent = sub.title;
      subLink.className = 'search-result-link';
      const subExcerpt = document.createElement('span');
      subExcerpt.innerHTML = `: ${sub.excerpt}`;
      entry.append(subLink, subExcerpt);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Filter groups whose "show all" the reader opened; kept across searches. */
const expandedGroups = new Set<FilterKey>();

function filterLabel(key: FilterKey, value: string): string {
  return key === 'type' ? (TYPE_LABELS[value] ?? value) : value;
}

function renderFilters(state: SearchState, counts: Partial<Record<FilterKey, Record<string, number>>>): void {
  const focused = document.activeElement;
  const refocus =
    focused instanceof HTMLInputElement && filterBox.contains(focused)
      ? `${focused.name}\u0000${focused.value}`
      : '';
  filterBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const chosen = state.filters[key] ?? [];
    const values = Object.entries(counts[key] ?? {})
      .filter(([value, count]) => count > 0 || chosen.includes(value))
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.append(text('legend', FILTER_LABELS[key]));
    const expanded = expandedGroups.has(key);
    values.forEach(([value, count], index) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen.includes(value);
      label.append(box, ` ${filterLabel(key, value)} (${count})`);
      label.hidden = !expanded && index >= TOP_FILTER_VALUES && !box.checked;
      fieldset.append(label);
    });
    if (values.length > TOP_FILTER_VALUES) {
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'search-filter-toggle';
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.textContent = expanded ? 'Show fewer' : `Show all ${values.length}`;
      toggle.addEventListener('click', () => {
        if (expandedGroups.has(key)) expandedGroups.delete(key);
        else expandedGroups.add(key);
        renderFilters(currentState(), counts);
        filterBox
          .querySelector<HTMLButtonElement>(
            `fieldset:nth-of-type(${[...filterBox.children].indexOf(fieldset) + 1}) .search-filter-toggle`,
          )
          ?.focus();
      });
      fieldset.append(toggle);
    }
    filterBox.append(fieldset);
  }
  const active = FILTER_KEYS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0);
  filterSummary.textContent = active === 0 ? 'Filters' : `Filters (${active} active)`;
  // A ticked box keeps the focus, though the groups were drawn again with new counts.
  if (refocus !== '')
    [...filterBox.querySelectorAll<HTMLInputElement>('input')]
      .find((box) => `${box.name}\u0000${box.value}` === refocus)
      ?.focus();
}

function renderActiveFilters(state: SearchState): void {
  activeList.replaceChildren();
  for (const key of FILTER_KEYS)
    for (const value of state.filters[key] ?? []) {
      const item = document.createElement('li');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.append(
        `${FILTER_LABELS[key]}: ${filterLabel(key, value)}`,
        text('span', ' ×', 'search-remove-mark'),
        text('span', ' (remove filter)', 'visually-hidden'),
      );
      remove.lastElementChild?.previousElementSibling?.setAttribute('aria-hidden', 'true');
      remove.addEventListener('click', () => {
        const filters = {
          ...state.filters,
          [key]: (state.filters[key] ?? []).filter((chosen) => chosen !== value),
        };
        go({ query: state.query, filters });
        input.focus();
      });
      item.append(remove);
      activeList.append(item);
    }
  activeList.hidden = activeList.childElementCount === 0;
}

/** Counts per filter group: for a group with ticked values, counted without them, so the others stay to choose ("any of"). */
async function filterCounts(
  api: Pagefind,
  query: string | null,
  state: SearchState,
  search: PagefindSearch,
): Promise<Partial<Record<FilterKey, Record<string, number>>>> {
  const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
  for (const key of FILTER_KEYS) {
    if ((state.filters[key]?.length ?? 0) === 0) {
      counts[key] = search.filters[key] ?? {};
      continue;
    }
    const others = await api.search(query, { filters: pagefindFilters({ ...state.filters, [key]: [] }) });
    counts[key] = others?.filters[key] ?? {};
  }
  return counts;
}

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

/**
 * Searches and checks the hits are the words typed, not a short stand-in
 * Pagefind fell back to: each word must be a hit of one of the top 5. When
 * the top result has them all, that settles it without the other four; the
 * first `warm` results' data starts loading with it all the same, for the
 * first results shown.
 */
async function searchWell(
  api: Pagefind,
  query: string,
  filters: Record<string, { any: string[] }>,
  warm: number,
): Promise<{ search: PagefindSearch | null; good: boolean }> {
  const search = await api.search(query, { filters });
  if (search === null || search.results.length === 0) return { search, good: false };
  const words = contentWords(query);
  if (words.length === 0) return { search, good: true };
  const candidates = search.results.slice(0, 5);
  // Loaded once: Pagefind keeps each result's fragment. A failure shows when the data is used.
  for (const result of candidates.slice(1, warm)) result.data().catch(() => undefined);
  const first = await candidates[0]?.data();
  if (first !== undefined && hitsMatchQuery(first, words).every(Boolean)) return { search, good: true };
  const top = await Promise.all(candidates.map((result) => result.data()));
  const matched = words.map((_, index) => top.some((data) => hitsMatchQuery(data, words)[index] === true));
  return { search, good: matched.every(Boolean) };
}

/**
 * The pages of the days a query names (`daysNamed`: "29 March",
 * "2022-03-29"): rounds first, then articles, then the rest, each kind in the
 * index's order. Not loaded: a page's type comes from the `type` filter, so
 * only the pages shown are loaded, not every page of the day (dozens, on a
 * busy day of a large archive) before the first one shows. The first
 * screen's start loading at once.
 */
async function dayPages(
  api: Pagefind,
  days: readonly string[],
  filters: Record<string, { any: string[] }>,
): Promise<PagefindResult[]> {
  if (days.length === 0) return [];
  const onDays = { ...filters, day: { any: [...days] } };
  const [dated, rounds, articles] = await Promise.all([
    api.search(null, { filters: onDays }),
    api.search(null, { filters: { ...onDays, type: { any: ['round'] } } }),
    api.search(null, { filters: { ...onDays, type: { any: ['article'] } } }),
  ]);
  const roundIds = new Set((rounds?.results ?? []).map((result) => result.id));
  const articleIds = new Set((articles?.results ?? []).map((result) => result.id));
  const rank = (id: string) => (roundIds.has(id) ? 0 : articleIds.has(id) ? 1 : 2);
  // A stable sort of the day's pages (a reader's type filter applies to them): the index's order within a kind.
  const ordered = [...(dated?.results ?? [])].sort((a, b) => rank(a.id) - rank(b.id));
  for (const result of ordered.slice(0, FIRST_RESULTS)) result.data().catch(() => undefined);
  return ordered;
}

/**
 * The index's results for a query: as typed; without its stop words when
 * those find nothing good; else for the spelling suggested (`note`).
 */
async function findResults(
  api: Pagefind,
  typed: string,
  filters: Record<string, { any: string[] }>,
  words: SearchVocabulary | undefined,
  warm: number,
): Promise<{ found: { search: PagefindSearch | null; good: boolean }; query: string; note: string }> {
  let query = typed;
  let note = '';
  let found =
    query === ''
      ? { search: await api.search(null, { filters }), good: true }
      : await searchWell(api, query, filters, warm);
  // Stop words would empty a question ("what does Russia demand"): search without them.
  if (!found.good && query !== '' && contentWords(query).join(' ') !== query.toLowerCase()) {
    const shorter = contentWords(query).join(' ');
    if (shorter !== '') {
      const retry = await searchWell(api, shorter, filters, warm);
      if (retry.good) {
        found = retry;
        query = shorter;
      }
    }
  }
  if (!found.good && query !== '' && words !== undefined) {
    const suggestion = suggestSpelling(query, words, await loadFrequentWords());
    if (suggestion.query !== undefined) {
      const retry = await searchWell(api, suggestion.query, filters, warm);
      if (retry.good) {
        found = retry;
        note = suggestion.query;
        query = suggestion.query;
      }
    }
  }
  return { found, query, note };
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
  renderActiveFilters(state);
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

function currentState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const checked = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
      (box) => box.value,
    );
    if (checked.length > 0) filters[key] = checked;
  }
  return { query: input.value.trim(), filters };
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
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...results.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && document.activeElement !== input) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

history.scrollRestoration = 'manual';
const arrival = stateFromParams(new URLSearchParams(location.search));
// A day in the query: its parser loads while Pagefind does.
if (/\d/u.test(arrival.query)) void loadDays();
void run(arrival, history.state as Place | null).then(() => {
  // Arriving with a query, the reader hears how many results there are, and Tab goes on to them.
  if (arrival.query !== '' && history.state === null) status.focus();
});
