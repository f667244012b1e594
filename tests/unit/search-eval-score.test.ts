import { describe, expect, it } from 'vitest';
import {
  belowFloors,
  describeMiss,
  judgeQuery,
  resultPath,
  SEARCH_EVAL_FLOORS,
  scoreSearch,
  type SearchOutcome,
} from '../../src/lib/eval/search-score';
import type { SearchEvalQuery } from '../../src/schemas/search-eval';

const lavrov: SearchEvalQuery = {
  query: 'Lavrov',
  kind: 'surname',
  expected: ['/people/sergey-lavrov/'],
  why: 'His page.',
};
const istanbul: SearchEvalQuery = {
  query: '29 March',
  kind: 'date',
  expected: ['/rounds/2022-03-29-istanbul/', '/articles/the-hill/'],
  why: 'The round and the article of that day.',
};
const abramovich: SearchEvalQuery = {
  query: 'Abramovich',
  kind: 'unknown-name',
  expected: [],
  why: 'In no article.',
};

const other = (n: number) => Array.from({ length: n }, (_, index) => `/people/other-${index}/`);

describe('where a result links', () => {
  it('is the page, without the highlight query string or the paragraph fragment', () => {
    expect(resultPath('/articles/cnn/?highlight=Austrian+model#p-15')).toBe('/articles/cnn/');
    expect(resultPath('/people/sergey-lavrov/')).toBe('/people/sergey-lavrov/');
  });

  it('is read against the site root when the link is absolute', () => {
    expect(resultPath('http://127.0.0.1:4321/rounds/2022-03-29-istanbul/#p-1')).toBe(
      '/rounds/2022-03-29-istanbul/',
    );
  });
});

describe('judging one query', () => {
  it('is right at 1 and at 3 when an expected page comes first', () => {
    const verdict = judgeQuery({ entry: lavrov, results: ['/people/sergey-lavrov/', ...other(4)] });
    expect(verdict).toMatchObject({ rank: 1, atOne: true, atThree: true, resultCount: 5 });
  });

  it('is right at 3 only when the first expected page comes third', () => {
    const verdict = judgeQuery({ entry: lavrov, results: [...other(2), '/people/sergey-lavrov/'] });
    expect(verdict).toMatchObject({ rank: 3, atOne: false, atThree: true });
  });

  it('is wrong at 3 when the expected page comes fourth', () => {
    const verdict = judgeQuery({ entry: lavrov, results: [...other(3), '/people/sergey-lavrov/'] });
    expect(verdict).toMatchObject({ rank: 4, atOne: false, atThree: false });
  });

  it('takes any of the expected pages, at the place of the first one shown', () => {
    const verdict = judgeQuery({
      entry: istanbul,
      results: ['/articles/the-hill/', '/rounds/2022-03-29-istanbul/'],
    });
    expect(verdict).toMatchObject({ rank: 1, atOne: true });
  });

  it('has no rank when no expected page is shown, or nothing is', () => {
    expect(judgeQuery({ entry: lavrov, results: other(20) })).toMatchObject({
      rank: null,
      atOne: false,
      atThree: false,
    });
    expect(judgeQuery({ entry: lavrov, results: [] })).toMatchObject({
      rank: null,
      atOne: false,
      resultCount: 0,
    });
  });

  it('is right for an unknown name only when nothing is found', () => {
    expect(judgeQuery({ entry: abramovich, results: [] })).toMatchObject({ atOne: true, atThree: true });
    expect(judgeQuery({ entry: abramovich, results: ['/parties/united-states/'] })).toMatchObject({
      atOne: false,
      atThree: false,
    });
  });

  it('counts a page that never answered as wrong, an unknown name included', () => {
    const error = 'Timeout 15000ms exceeded.';
    expect(judgeQuery({ entry: lavrov, results: [], error })).toMatchObject({ atOne: false, error });
    expect(judgeQuery({ entry: abramovich, results: [], error })).toMatchObject({ atOne: false, error });
  });
});

describe('scoring the search', () => {
  const outcomes: SearchOutcome[] = [
    { entry: lavrov, results: ['/people/sergey-lavrov/'] },
    {
      entry: { ...lavrov, query: 'Lavorv', kind: 'misspelling' },
      results: [...other(1), '/people/sergey-lavrov/'],
    },
    { entry: { ...lavrov, query: 'Lavrow', kind: 'misspelling' }, results: [] },
    { entry: istanbul, results: ['/rounds/2022-03-29-istanbul/'] },
    { entry: abramovich, results: [] },
    { entry: { ...abramovich, query: 'Peskov' }, results: ['/people/john-kirby/'] },
  ];
  const report = scoreSearch(outcomes);

  it('counts success@1 and success@3 over the queries with an answer, unknown names aside', () => {
    expect(report.overall).toEqual({ queries: 4, atOne: 2, atThree: 3, successAt1: 0.5, successAt3: 0.75 });
  });

  it('gives the figures per kind, leaving out kinds with no query', () => {
    expect(report.byKind.misspelling).toEqual({
      queries: 2,
      atOne: 0,
      atThree: 1,
      successAt1: 0,
      successAt3: 0.5,
    });
    expect(report.byKind.surname?.successAt1).toBe(1);
    expect(Object.keys(report.byKind)).toEqual(['surname', 'misspelling', 'date']);
  });

  it('counts the unknown names that found nothing', () => {
    expect(report.unknownNames).toEqual({ queries: 2, empty: 1, share: 0.5 });
  });

  it('keeps every query’s verdict in order', () => {
    expect(report.verdicts.map((verdict) => verdict.query)).toEqual([
      'Lavrov',
      'Lavorv',
      'Lavrow',
      '29 March',
      'Abramovich',
      'Peskov',
    ]);
  });
});

describe('the floors', () => {
  const perfect = scoreSearch([
    { entry: lavrov, results: ['/people/sergey-lavrov/'] },
    { entry: abramovich, results: [] },
  ]);

  it('are 0.85 at 1, 0.95 at 3, and every unknown name empty', () => {
    expect(SEARCH_EVAL_FLOORS).toEqual({ successAt1: 0.85, successAt3: 0.95, unknownNamesEmpty: 1 });
  });

  it('pass a search at or above every floor', () => {
    expect(belowFloors(perfect)).toEqual([]);
    // Exactly at a floor passes.
    const atFloors = { ...perfect, overall: { ...perfect.overall, successAt1: 0.85, successAt3: 0.95 } };
    expect(belowFloors(atFloors)).toEqual([]);
  });

  it('name each figure below its floor', () => {
    const failures = belowFloors(
      scoreSearch([
        { entry: lavrov, results: ['/people/x/', '/people/y/', '/people/z/', '/people/sergey-lavrov/'] },
        { entry: abramovich, results: ['/people/x/'] },
      ]),
    );
    expect(failures).toEqual([
      'success@1 is 0.000 (0 of 1), below 0.85',
      'success@3 is 0.000 (0 of 1), below 0.95',
      '0 of 1 unknown names found nothing (0.000), below 1',
    ]);
  });
});

describe('what a miss says', () => {
  it('gives the expected pages, where the first came, and what came first', () => {
    const verdict = judgeQuery({ entry: lavrov, results: ['/people/other/', '/people/sergey-lavrov/'] });
    expect(describeMiss(verdict)).toBe(
      '"Lavrov" (surname): expected /people/sergey-lavrov/ (at 2); first /people/other/, /people/sergey-lavrov/',
    );
  });

  it('says when nothing was found, or the expected page was not shown', () => {
    expect(describeMiss(judgeQuery({ entry: lavrov, results: [] }))).toBe(
      '"Lavrov" (surname): expected /people/sergey-lavrov/; no results',
    );
    expect(describeMiss(judgeQuery({ entry: lavrov, results: ['/people/other/'] }))).toContain(
      '(not among the results shown); first /people/other/',
    );
  });

  it('gives an unknown name’s result count and first results', () => {
    expect(describeMiss(judgeQuery({ entry: abramovich, results: ['/parties/united-states/'] }))).toBe(
      '"Abramovich" (unknown-name): expected no results; found 1, first /parties/united-states/',
    );
  });
});
