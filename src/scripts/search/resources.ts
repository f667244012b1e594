/** What the search page fetches besides Pagefind, each when it first needs it. */
import type { SearchVocabulary, SearchWords } from '../../lib/search/vocabulary';

/** Names and years (src/lib/search/vocabulary.ts); search works without it, only less forgiving. */
export const vocabulary: Promise<SearchVocabulary | undefined> = fetch('/search-vocabulary.json').then(
  (response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : undefined),
  () => undefined,
);
let frequentWords: Promise<SearchWords> | undefined;
/**
 * The corpus's frequent words, fetched once and only to suggest a spelling;
 * none if they fail to load. A file cached from before the build keyed them
 * (`keys`) still serves: a word without a key is keyed as it is measured.
 */
export function loadFrequentWords(): Promise<SearchWords> {
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

let daysModule: Promise<typeof import('../../lib/search/days')> | undefined;
/** The date parser, loaded once, and only for a query with a digit in it. */
export function loadDays(): Promise<typeof import('../../lib/search/days')> {
  daysModule ??= import('../../lib/search/days');
  return daysModule;
}
