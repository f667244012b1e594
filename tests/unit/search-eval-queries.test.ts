import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/compile/knowledge';
import {
  missingExpectedPages,
  parseSearchQueries,
  readSearchQueries,
  searchQueriesFile,
} from '../../src/lib/eval/search-queries';
import { searchEvalKinds } from '../../src/schemas/search-eval';
import { projectRoot } from '../helpers/paths';

/** The problems a ContentError lists; fails when the call throws nothing. */
function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const good = { query: 'Lavrov', kind: 'surname', expected: ['/people/sergey-lavrov/'], why: 'His page.' };
const parse = (...entries: unknown[]) => parseSearchQueries(entries, 'queries.yaml');

describe('the queries file', () => {
  const queries = readSearchQueries(join(projectRoot, searchQueriesFile));

  it('holds at least 60 queries, of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((entry) => entry.kind))).toEqual(new Set(searchEvalKinds));
  });

  it('asks what issue 13 names: spellings, typos, terms, the one day three ways, a question, an unknown name', () => {
    const asked = new Set(queries.map((entry) => entry.query));
    for (const query of [
      'Zelenskiy',
      'Cavusoglu',
      'Çavuşoğlu',
      'Lavorv',
      'Lavrow',
      'nuetrality',
      'Istambul',
      'neutrality',
      'no-fly zone',
      'security guarantees',
      'Austrian model',
      '29 March',
      'March 29',
      '2022-03-29',
      'what does Russia demand',
      'Abramovich',
    ])
      expect(asked, query).toContain(query);
  });

  it('has unknown names that are in no article and no knowledge file', () => {
    const content = join(projectRoot, 'content');
    const articles = join(content, 'articles');
    const text = [
      ...readdirSync(content)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => readFileSync(join(content, name), 'utf8')),
      ...readdirSync(articles).map((name) => readFileSync(join(articles, name), 'utf8')),
    ]
      .join('\n')
      .toLowerCase();
    const unknown = queries.filter((entry) => entry.kind === 'unknown-name');
    expect(unknown.length).toBeGreaterThan(0);
    for (const { query } of unknown)
      for (const word of query.toLowerCase().split(/\s+/u))
        expect(text, `${query}: "${word}"`).not.toContain(word);
  });
});

describe('checking a queries file', () => {
  it('accepts a valid entry, an unknown name with no expected page among them', () => {
    const unknown = { query: 'Peskov', kind: 'unknown-name', why: 'In no article.' };
    expect(parse(good, unknown)).toEqual([good, { ...unknown, expected: [] }]);
  });

  it('rejects an expected page given as an address, with a fragment, or without its trailing slash', () => {
    for (const path of [
      'https://example.org/people/sergey-lavrov/',
      '/articles/cnn/#p-5',
      '/people/sergey-lavrov',
    ]) {
      const [problem] = problemsOf(() => parse({ ...good, expected: [path] }));
      expect(problem, path).toMatch(
        /^queries\.yaml: entry 1 \("Lavrov"\): expected\.0: expected the path of a page/u,
      );
    }
  });

  it('rejects an entry without its reason, or of a kind it does not know, naming the field', () => {
    const withoutWhy = { query: good.query, kind: good.kind, expected: good.expected };
    const problems = problemsOf(() => parse(withoutWhy));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^queries\.yaml: entry 1 \("Lavrov"\): why: /u);
    expect(problemsOf(() => parse({ ...good, kind: 'nickname' }))[0]).toMatch(
      /^queries\.yaml: entry 1 \("Lavrov"\): kind: /u,
    );
  });

  it('rejects an unknown name with an expected page, and an answerable query without one', () => {
    expect(problemsOf(() => parse({ ...good, kind: 'unknown-name' }))).toEqual([
      'queries.yaml: entry 1 ("Lavrov"): expected: an unknown name expects no results: leave expected empty',
    ]);
    expect(problemsOf(() => parse({ ...good, expected: [] }))).toEqual([
      'queries.yaml: entry 1 ("Lavrov"): expected: expected at least one page that answers the query (or kind: unknown-name for a name in no article)',
    ]);
  });

  it('rejects a query asked twice, case and spacing aside, and a page listed twice', () => {
    expect(problemsOf(() => parse(good, { ...good, query: 'lavrov' }))).toEqual([
      'queries.yaml: entry 2 ("lavrov"): query: the same query as entry 1',
    ]);
    expect(
      problemsOf(() => parse({ ...good, expected: ['/people/sergey-lavrov/', '/people/sergey-lavrov/'] })),
    ).toEqual(['queries.yaml: entry 1 ("Lavrov"): expected: lists /people/sergey-lavrov/ more than once']);
  });

  it('rejects a query with spaces at its ends, which the search page would trim away', () => {
    expect(problemsOf(() => parse({ ...good, query: ' Lavrov' }))[0]).toMatch(
      /^queries\.yaml: entry 1 \(" Lavrov"\): query: expected no spaces/u,
    );
  });

  it('rejects a file that is not a list, and says where YAML is broken', () => {
    expect(problemsOf(() => parseSearchQueries({ queries: [good] }, 'queries.yaml'))).toEqual([
      'queries.yaml: expected a list of queries',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'search-eval-'));
    const file = join(dir, 'queries.yaml');
    writeFileSync(file, '- query: Lavrov\n  expected: [/people/sergey-lavrov/\n');
    expect(problemsOf(() => readSearchQueries(file))[0]).toMatch(
      /queries\.yaml, line \d+, column \d+: not valid YAML/u,
    );
  });
});

describe('expected pages against a built site', () => {
  it('lists each expected page that the site does not have', () => {
    const site = mkdtempSync(join(tmpdir(), 'search-eval-site-'));
    mkdirSync(join(site, 'people', 'sergey-lavrov'), { recursive: true });
    writeFileSync(join(site, 'people', 'sergey-lavrov', 'index.html'), '<h1>Sergey Lavrov</h1>');
    const queries = parse(good, {
      ...good,
      query: 'Lavorv',
      expected: ['/people/sergey-lavrov/', '/people/sergei-lavrov/'],
    });
    expect(missingExpectedPages(queries, site)).toEqual([
      `"Lavorv": /people/sergei-lavrov/ is not a page of ${site}`,
    ]);
  });
});
