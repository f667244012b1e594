/** Asking the index: the pages of a day, the results for a query, and for a better spelling of it. */
import { contentWords, suggestSpelling } from '../../lib/search/query';
import { hitsMatchQuery } from '../../lib/search/results';
import type { SearchVocabulary } from '../../lib/search/vocabulary';
import type { Pagefind, PagefindResult, PagefindSearch } from './pagefind';
import { loadFrequentWords } from './resources';

/**
 * Results shown, with the count, before the rest of the first page of results
 * is loaded: a first screen's worth. Two to four results begin in the first
 * screen at 1280×800, one or two at 375×740 ("talks", "Lavrov", "Austrian
 * model", "29 March"); the pages the query names by name, in hand already,
 * are all shown with them. Each other result (a day's page, an index result)
 * waits for its own file, so fewer of them first is a sooner first screen.
 */
export const FIRST_RESULTS = 3;

/**
 * Searches and checks the hits are the words typed, not a short stand-in
 * Pagefind fell back to: each word must be a hit of one of the top 5. When
 * the top result has them all, that settles it without the other four; the
 * first `warm` results' data starts loading with it all the same, for the
 * first results shown.
 */
export async function searchWell(
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
export async function dayPages(
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
export async function findResults(
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
