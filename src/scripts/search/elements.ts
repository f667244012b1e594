/** The search page's elements (the markup is in src/pages/search.astro), shown once its script runs. */

/** Wide enough for the filters to sit beside the results, open. */
const WIDE = window.matchMedia('(min-width: 60rem)');

/** The page's element with this id, which must be of this kind (the markup is in src/pages/search.astro). */
function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`the search page has no ${kind.name} #${id}`);
  return found;
}

export const form = element('search-form', HTMLFormElement);
export const input = element('search-input', HTMLInputElement);
export const layout = element('search-layout', HTMLDivElement);
export const status = element('search-status', HTMLParagraphElement);
export const activeList = element('search-active-filters', HTMLUListElement);
export const suggestionLine = element('search-suggestion', HTMLParagraphElement);
export const results = element('search-results', HTMLOListElement);
export const more = element('search-more', HTMLButtonElement);
export const empty = element('search-empty', HTMLDivElement);
export const filterPanel = element('search-filter-panel', HTMLDetailsElement);
export const filterSummary = element('search-filter-summary', HTMLElement);
export const filterBox = element('search-filters', HTMLDivElement);
element('search-needs-js', HTMLDivElement).hidden = true;
form.hidden = false;
layout.hidden = false;
filterPanel.open = WIDE.matches;
