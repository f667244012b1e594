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

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** A null query lists every page that passes the filters. */
  search: (
    query: string | null,
    options: { filters: ReturnType<typeof pagefindFilters> },
  ) => Promise<{
    results: { id: string; data: () => Promise<PagefindResultData & { excerpt: string }> }[];
    filters: Record<string, Record<string, number>>;
  } | null>;
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
const RESULTS_SHOWN = 20;

function required<T extends Element>(found: T | null, selector: string): T {
  if (found === null) throw new Error(`the search page has no ${selector}`);
  return found;
}

const form = required(document.querySelector<HTMLFormElement>('#search-form'), '#search-form');
const input = required(document.querySelector<HTMLInputElement>('#search-input'), '#search-input');
const status = required(document.querySelector<HTMLParagraphElement>('#search-status'), '#search-status');
const results = required(document.querySelector<HTMLOListElement>('#search-results'), '#search-results');
const filterBox = required(document.querySelector<HTMLDivElement>('#search-filters'), '#search-filters');
const empty = required(document.querySelector<HTMLDivElement>('#search-empty'), '#search-empty');
required(document.querySelector<HTMLDivElement>('#search-needs-js'), '#search-needs-js').hidden = true;
form.hidden = false;

// A path in a variable, so the bundler leaves Pagefind's own file to be loaded at run time.
const pagefindPath = '/pagefind/pagefind.js';
const pagefind = (async () => {
  const loaded = (await import(/* @vite-ignore */ pagefindPath)) as Pagefind;
  await loaded.options({ excerptLength: 30 });
  // Loading the filters first makes every search return the counts shown beside them.
  await loaded.filters();
  return loaded;
})();
// A failed load is reported by run(), when a search needs the index.
pagefind.catch(() => undefined);

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

function renderFilters(state: SearchState, counts: Record<string, Record<string, number>>): void {
  filterBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.entries(counts[key] ?? {})
      .filter(([value, count]) => count > 0 || state.filters[key]?.includes(value))
      .sort(([a], [b]) => a.localeCompare(b));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.append(text('legend', FILTER_LABELS[key]));
    for (const [value, count] of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = state.filters[key]?.includes(value) ?? false;
      label.append(box, ` ${key === 'type' ? (TYPE_LABELS[value] ?? value) : value} (${count})`);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
}

function renderResult(data: PagefindResultData & { excerpt: string }, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = resultLink(data.url, query);
  link.textContent = data.meta['title'] ?? data.url;
  link.className = 'search-result-link';
  heading.append(link);
  const meta = [
    TYPE_LABELS[data.meta['type'] ?? ''] ?? data.meta['type'],
    data.meta['outlet'],
    data.meta['date'],
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind escapes the excerpt's text before adding <mark>, so it is safe as HTML.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, text('p', meta, 'meta'), excerpt);
  const subResults = paragraphSubResults(data);
  if (subResults.length > 0) {
    const list = document.createElement('ul');
    for (const sub of subResults) {
      const entry = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = resultLink(sub.url, query);
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

let latest = 0;

async function run(state: SearchState): Promise<void> {
  const run = ++latest;
  input.value = state.query;
  empty.hidden = true;
  let api: Pagefind;
  try {
    api = await pagefind;
  } catch {
    status.textContent = INDEX_MISSING;
    empty.hidden = false;
    return;
  }
  const search = await api.search(state.query === '' ? null : state.query, {
    filters: pagefindFilters(state.filters),
  });
  if (run !== latest || search === null) return;
  renderFilters(state, search.filters);
  if (state.query === '') {
    results.replaceChildren();
    status.textContent = 'Type a name or a term to search the articles, rounds, parties and people.';
    return;
  }
  const shown = await Promise.all(search.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
  if (run !== latest) return;
  results.replaceChildren(...shown.map((data) => renderResult(data, state.query)));
  const count = search.results.length;
  status.textContent =
    count === 0
      ? `No results for “${state.query}”.`
      : `${count} result${count === 1 ? '' : 's'} for “${state.query}”${count > RESULTS_SHOWN ? `, the first ${RESULTS_SHOWN} shown` : ''}.`;
  empty.hidden = count !== 0;
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

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(currentState());
});
filterBox.addEventListener('change', () => {
  go(currentState());
});
window.addEventListener('popstate', () => {
  void run(stateFromParams(new URLSearchParams(location.search)));
});

// Arrow keys move between the results; Tab works as everywhere else.
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

void run(stateFromParams(new URLSearchParams(location.search)));
