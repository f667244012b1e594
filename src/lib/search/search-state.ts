/** The filters a reader can narrow a search by, in the order the page shows them. */
export const FILTER_KEYS = ['type', 'party', 'person', 'outlet', 'round'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What a search is: the query and the chosen filter values. It lives in the URL, so reload, back and sharing give the same results. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Reads a search from a URL's query string (`?q=lavrov&type=round`). */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((value) => value !== '');
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search as a query string, in a stable order. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

/** The link from a result to its page, with the searched words to highlight there. */
export function resultLink(url: string, query: string): string {
  const [path = url, fragment] = url.split('#');
  const separator = path.includes('?') ? '&' : '?';
  const highlighted =
    query === '' ? path : `${path}${separator}${new URLSearchParams({ highlight: query }).toString()}`;
  return fragment === undefined ? highlighted : `${highlighted}#${fragment}`;
}

/** Pagefind's filter option: values ticked within one filter widen the search (any), different filters narrow it. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
}
