import { searchEvalKinds, type SearchEvalKind, type SearchEvalQuery } from '../../schemas/search-eval';

/** What the search page showed for one query. */
export interface SearchOutcome {
  entry: SearchEvalQuery;
  /** The result links' paths, in the order shown (see {@link resultPath}). */
  results: string[];
  /** Why the page gave no answer (it never said it had searched), when it did not. */
  error?: string;
}

/** How one query fared. */
export interface QueryVerdict {
  query: string;
  kind: SearchEvalKind;
  expected: string[];
  /** The first results shown, enough to see what came before the right one. */
  firstResults: string[];
  resultCount: number;
  /** Where the first expected page came, from 1; null when it was not shown. */
  rank: number | null;
  /** Right for success@1: the first result is expected, or, for an unknown name, nothing was found. */
  atOne: boolean;
  /** Right for success@3: an expected page is among the first three, or, for an unknown name, nothing was found. */
  atThree: boolean;
  error?: string;
}

/** Success counts for the queries that have an answer. */
export interface SuccessFigures {
  /** Queries with expected pages. */
  queries: number;
  /** Of those, how many had an expected page first. */
  atOne: number;
  /** Of those, how many had an expected page among the first three. */
  atThree: number;
  successAt1: number;
  successAt3: number;
}

export interface SearchEvalReport {
  /** The queries with an answer, all kinds together. */
  overall: SuccessFigures;
  /** The same figures per kind of query (unknown names aside); kinds with no query are left out. */
  byKind: Partial<Record<SearchEvalKind, SuccessFigures>>;
  /** Unknown names, and how many of them found nothing, as they should. */
  unknownNames: { queries: number; empty: number; share: number };
  /** Every query, in the file's order. */
  verdicts: QueryVerdict[];
}

/** The floors `npm run eval:search -- --check` and the browser test hold the search to. */
export const SEARCH_EVAL_FLOORS = {
  /** Share of answerable queries whose first result is an expected page. */
  successAt1: 0.85,
  /** Share of answerable queries with an expected page among the first three results. */
  successAt3: 0.95,
  /** Share of unknown names that find nothing: all of them. */
  unknownNamesEmpty: 1,
} as const;

export type SearchEvalFloors = { readonly [K in keyof typeof SEARCH_EVAL_FLOORS]: number };

/** How many results a failure shows, to see what came before the right one. */
const RESULTS_REPORTED = 5;

/**
 * The page a result links to, as a path: the search page adds a query string
 * (`?highlight=…`) and a fragment (`#p-5`) that land on a paragraph of the
 * page; the page is what the evaluation compares. Relative links are read
 * against the site's root.
 */
export function resultPath(href: string): string {
  return new URL(href, 'http://site.invalid/').pathname;
}

function figures(verdicts: readonly QueryVerdict[]): SuccessFigures {
  const atOne = verdicts.filter((verdict) => verdict.atOne).length;
  const atThree = verdicts.filter((verdict) => verdict.atThree).length;
  const queries = verdicts.length;
  return {
    queries,
    atOne,
    atThree,
    successAt1: queries === 0 ? 0 : atOne / queries,
    successAt3: queries === 0 ? 0 : atThree / queries,
  };
}

/** Judges one query from the paths of its results, in order. */
export function judgeQuery({ entry, results, error }: SearchOutcome): QueryVerdict {
  const base = {
    query: entry.query,
    kind: entry.kind,
    expected: entry.expected,
    firstResults: results.slice(0, RESULTS_REPORTED),
    resultCount: results.length,
    ...(error === undefined ? {} : { error }),
  };
  if (entry.kind === 'unknown-name') {
    const empty = error === undefined && results.length === 0;
    return { ...base, rank: null, atOne: empty, atThree: empty };
  }
  const index = results.findIndex((path) => entry.expected.includes(path));
  const rank = error === undefined && index !== -1 ? index + 1 : null;
  return { ...base, rank, atOne: rank === 1, atThree: rank !== null && rank <= 3 };
}

/** Scores the search from what it showed for every query. */
export function scoreSearch(outcomes: readonly SearchOutcome[]): SearchEvalReport {
  const verdicts = outcomes.map(judgeQuery);
  const answerable = verdicts.filter((verdict) => verdict.kind !== 'unknown-name');
  const unknown = verdicts.filter((verdict) => verdict.kind === 'unknown-name');
  const byKind: SearchEvalReport['byKind'] = {};
  for (const kind of searchEvalKinds) {
    const ofKind = answerable.filter((verdict) => verdict.kind === kind);
    if (ofKind.length > 0) byKind[kind] = figures(ofKind);
  }
  const empty = unknown.filter((verdict) => verdict.atOne).length;
  return {
    overall: figures(answerable),
    byKind,
    unknownNames: {
      queries: unknown.length,
      empty,
      share: unknown.length === 0 ? 1 : empty / unknown.length,
    },
    verdicts,
  };
}

/** Each figure below its floor, in words; empty when the search passes. */
export function belowFloors(
  report: SearchEvalReport,
  floors: SearchEvalFloors = SEARCH_EVAL_FLOORS,
): string[] {
  const failures: string[] = [];
  const { overall, unknownNames } = report;
  if (overall.successAt1 < floors.successAt1)
    failures.push(
      `success@1 is ${overall.successAt1.toFixed(3)} (${overall.atOne} of ${overall.queries}), below ${floors.successAt1}`,
    );
  if (overall.successAt3 < floors.successAt3)
    failures.push(
      `success@3 is ${overall.successAt3.toFixed(3)} (${overall.atThree} of ${overall.queries}), below ${floors.successAt3}`,
    );
  if (unknownNames.share < floors.unknownNamesEmpty)
    failures.push(
      `${unknownNames.empty} of ${unknownNames.queries} unknown names found nothing (${unknownNames.share.toFixed(3)}), below ${floors.unknownNamesEmpty}`,
    );
  return failures;
}

/** One line for a query that missed success@1: what was expected, and what came first instead. */
export function describeMiss(verdict: QueryVerdict): string {
  const head = `"${verdict.query}" (${verdict.kind})`;
  if (verdict.error !== undefined) return `${head}: no answer from the search page: ${verdict.error}`;
  const shown = verdict.firstResults.join(', ');
  if (verdict.kind === 'unknown-name')
    return `${head}: expected no results; found ${verdict.resultCount}, first ${shown}`;
  const expected = verdict.expected.join(' or ');
  if (verdict.resultCount === 0) return `${head}: expected ${expected}; no results`;
  const where = verdict.rank === null ? 'not among the results shown' : `at ${verdict.rank}`;
  return `${head}: expected ${expected} (${where}); first ${shown}`;
}
