/** The filters beside the results: their groups with counts, and the list of those active. */
import {
  FILTER_KEYS,
  pagefindFilters,
  type FilterKey,
  type SearchState,
} from '../../lib/search/search-state';
import { activeList, filterBox, filterSummary, input } from './elements';
import type { Pagefind, PagefindSearch } from './pagefind';
import { text, TYPE_LABELS } from './render';

export const FILTER_LABELS: Record<FilterKey, string> = {
  type: 'Type',
  party: 'Party',
  person: 'Person mentioned',
  outlet: 'Outlet',
  round: 'Round',
};
/** Values a filter group shows before "show all": the ones with the most results. */
export const TOP_FILTER_VALUES = 5;

/** Filter groups whose "show all" the reader opened; kept across searches. */
export const expandedGroups = new Set<FilterKey>();

export function filterLabel(key: FilterKey, value: string): string {
  return key === 'type' ? (TYPE_LABELS[value] ?? value) : value;
}

export function renderFilters(
  state: SearchState,
  counts: Partial<Record<FilterKey, Record<string, number>>>,
): void {
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

/** The active filters, each a button that clears it: the search without it goes to `go`. */
export function renderActiveFilters(state: SearchState, go: (state: SearchState) => void): void {
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
export async function filterCounts(
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

/** The search the form and the ticked boxes hold. */
export function currentState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const checked = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
      (box) => box.value,
    );
    if (checked.length > 0) filters[key] = checked;
  }
  return { query: input.value.trim(), filters };
}
