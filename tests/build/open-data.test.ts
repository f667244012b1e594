import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { EVAL_FLOORS, evaluate } from '../../src/lib/eval/evaluate';
import { readGold } from '../../src/lib/eval/gold';
import { FORMULA_START, neutraliseFormula, parseCsv } from '../../src/lib/open-data/csv';
import { openDataFiles, type OpenData, type OpenDataName } from '../../src/schemas/open-data';
import { readBuiltPage } from '../helpers/built-site';
import { distDir, projectRoot } from '../helpers/paths';
import { corpus } from '../helpers/corpus';

const names = Object.keys(openDataFiles) as OpenDataName[];

function published(name: OpenDataName): unknown {
  const file = join(distDir, 'data', `${name}.json`);
  if (!existsSync(file))
    throw new Error(`${file} does not exist: run \`npm run build\` first (npm test does).`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const data = Object.fromEntries(
  names.map((name) => [name, openDataFiles[name].schema.array().parse(published(name))]),
) as unknown as OpenData;

describe('the open data under /data/', () => {
  it.each(names)('%s.json validates against its schema and is not empty', (name) => {
    const result = openDataFiles[name].schema.array().safeParse(published(name));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
    expect(data[name].length).toBeGreaterThan(0);
  });

  it.each(names)('%s.csv holds the same rows as the JSON, one column per field', (name) => {
    const rows = parseCsv(readFileSync(join(distDir, 'data', `${name}.csv`), 'utf8'));
    const fields = Object.keys(openDataFiles[name].schema.shape);
    expect(rows[0]).toEqual(fields);
    const records = data[name] as unknown as Record<string, unknown>[];
    expect(rows.length - 1).toBe(records.length);
    for (const [index, record] of records.entries()) {
      const row = rows[index + 1] ?? [];
      for (const [column, field] of fields.entries()) {
        const value = record[field];
        if (typeof value === 'string')
          expect(row[column], `${name} row ${index + 1} ${field}`).toBe(neutraliseFormula(value));
        else if (typeof value === 'number' || typeof value === 'boolean')
          expect(row[column], `${name} row ${index + 1} ${field}`).toBe(String(value));
        else if (value === null) expect(row[column]).toBe('');
        else if (Array.isArray(value))
          expect(row[column]?.split('; ').filter(Boolean).length).toBe(value.length);
      }
    }
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });

  it('cites every record to a paragraph that exists on its article page', () => {
    const paragraphs = new Map(
      corpus().model.articles.map((article) => [article.slug, new Set(article.paragraphs.map((p) => p.id))]),
    );
    const cited = [
      ...data.quotes,
      ...data.dates,
      ...data.mentions,
      ...data.demands,
      ...data.contacts.flatMap((contact) => contact.sources),
      ...data.rounds.flatMap((round) => round.paragraphs),
    ];
    for (const { article, paragraph } of cited)
      expect(paragraphs.get(article)?.has(paragraph), `${article}#${paragraph}`).toBe(true);
  });

  it('holds every quote of every article, and every quote word for word in its paragraph', () => {
    const model = corpus().model;
    expect(data.quotes.length).toBe(
      model.articles.reduce(
        (sum, article) => sum + article.paragraphs.reduce((n, p) => n + p.quotes.length, 0),
        0,
      ),
    );
    for (const quote of data.quotes) {
      const paragraph = model.articles
        .find((article) => article.slug === quote.article)
        ?.paragraphs.find((candidate) => candidate.id === quote.paragraph);
      expect(paragraph?.text, quote.text).toContain(quote.text);
    }
  });

  it('has a page that describes every file and field, the licence, how to cite it and the accuracy figures', () => {
    const page = readBuiltPage('/data/');
    const text = toString(page);
    for (const name of names) {
      expect(selectAll(`a[href="/data/${name}.json"]`, page)).toHaveLength(1);
      expect(selectAll(`a[href="/data/${name}.csv"]`, page)).toHaveLength(1);
      for (const field of Object.keys(openDataFiles[name].schema.shape)) expect(text).toContain(field);
    }
    expect(text).toMatch(/Creative Commons Attribution 4\.0/u);
    expect(text).toMatch(/Talks Tracker, compiled data as of \d{1,2} \w+ \d{4}/u);
    // A description's `code` reads as code, not as backticks.
    const descriptions = selectAll('.data-fields dd', page);
    expect(descriptions.length).toBeGreaterThan(0);
    for (const description of descriptions) expect(toString(description)).not.toContain('`');
    expect(selectAll('.data-fields dd code', page).length).toBeGreaterThan(0);
    const rows = selectAll('#accuracy ~ table tbody tr', page).map((row) => toString(row));
    expect(rows.find((row) => row.startsWith('Quote speakers'))).toMatch(/\d\.\d{3} \(floor 0\.98\)/u);
  });
});

describe('accuracy against the gold set (tests/gold/), measured on the published files', () => {
  const gold = readGold(join(projectRoot, 'tests/gold'));
  const report = evaluate(gold, data);

  it('covers every article of the corpus', () => {
    expect(report.articles).toEqual(
      corpus()
        .model.articles.map((article) => article.slug)
        .sort(),
    );
  });

  it.each(Object.keys(EVAL_FLOORS))('%s reaches its floors', (kind) => {
    const score = report.scores.find((entry) => entry.kind === kind);
    const floor = EVAL_FLOORS[kind as keyof typeof EVAL_FLOORS] ?? {};
    const detail = [...(score?.misses ?? []), ...(score?.falseHits ?? [])].join('\n');
    expect(score?.precision ?? 0, detail).toBeGreaterThanOrEqual(floor.precision ?? 0);
    expect(score?.recall ?? 0, detail).toBeGreaterThanOrEqual(floor.recall ?? 0);
  });

  it('counts a wrong fact against the compiler (the evaluation can fail)', () => {
    const wrong = {
      ...data,
      quotes: data.quotes.map((quote) =>
        quote.speaker === 'volodymyr-zelensky' ? { ...quote, speaker: 'vladimir-putin' } : quote,
      ),
      dates: data.dates.map((date, index) => (index === 0 ? { ...date, value: '1999-01-01' } : date)),
    };
    const failures = evaluate(gold, wrong).failures.join('\n');
    expect(failures).toMatch(/Quote speakers: precision/u);
    expect(failures).toMatch(/Dates .*: precision/u);
  });
});
