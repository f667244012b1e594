import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRelativeDates } from '../../src/lib/compile/relative-dates';
import {
  normaliseGoldValue,
  parseTimeml,
  scoreDocument,
  timemlValue,
  totals,
} from '../../src/lib/eval/tempeval';
import { projectRoot } from '../helpers/paths';

const folder = join(projectRoot, 'tests/tempeval/te3-platinum');
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.tml'))
  .sort();
const raw = files.map((file) => ({ file, xml: readFileSync(join(folder, file), 'utf8') }));
const documents = raw.map(({ file, xml }) => parseTimeml(xml, file));

/** Tags removed the plain way, with no offsets kept: an independent reading to check the parser's against. */
const stripped = (fragment: string) => fragment.replace(/<[^>]*>/gu, '');

describe('the TempEval-3 platinum files', () => {
  it('are the 20 documents with the 138 TIMEX3 the task documents, and a creation time each', () => {
    expect(documents).toHaveLength(20);
    expect(new Set(documents.map((document) => document.id)).size).toBe(20);
    expect(documents.map((document) => `${document.id}.tml`)).toEqual(files);
    const byType: Record<string, number> = {};
    for (const timex of documents.flatMap((document) => document.timexes))
      byType[timex.type] = (byType[timex.type] ?? 0) + 1;
    expect(byType).toEqual({ DATE: 96, DURATION: 34, TIME: 4, SET: 4 });
    for (const { dct } of documents) {
      expect(dct.type).toBe('DATE');
      expect(dct.attributes['functionInDocument']).toBe('CREATION_TIME');
      expect(dct.value).toMatch(/^2013-03-(?:18|21|22)$/u);
    }
  });

  it('every TIMEX3 span points at its own words in the text, by a count made without the parser', () => {
    for (const [at, { file, xml }] of raw.entries()) {
      const document = documents[at];
      const body = /<TEXT>([\s\S]*)<\/TEXT>/u.exec(xml)?.[1] ?? '';
      const expected = [...body.matchAll(/<TIMEX3\b[^>]*>([\s\S]*?)<\/TIMEX3>/gu)].map((match) => ({
        start: stripped(body.slice(0, match.index)).length,
        text: stripped(match[1] ?? ''),
      }));
      expect(document?.text, file).toBe(stripped(body));
      expect(
        document?.timexes.map((timex) => ({ start: timex.start, text: timex.text })),
        file,
      ).toEqual(expected);
      for (const timex of document?.timexes ?? [])
        expect(document?.text.slice(timex.start, timex.end), `${file} ${timex.tid}`).toBe(timex.text);
    }
  });

  it('reads the words and values as annotated', () => {
    const ap = documents.find((document) => document.id === 'AP_20130322');
    const lastWeek = ap?.timexes.find((timex) => timex.tid === 't3');
    expect(lastWeek).toMatchObject({ type: 'DATE', value: '2013-W11', text: 'the last week' });
    expect(ap?.text.slice((lastWeek?.start ?? 0) - 12, lastWeek?.start)).toBe('reported in ');
    const early = ap?.timexes.find((timex) => timex.tid === 't11');
    expect(early?.attributes['mod']).toBe('START');
  });
});

describe('parseTimeml', () => {
  const wrap = (dct: string, text: string) =>
    `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID><DCT>${dct}</DCT><TEXT>${text}</TEXT></TimeML>`;
  const dct =
    '<TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">today</TIMEX3>';

  it('decodes entities and keeps offsets in the decoded text', () => {
    const document = parseTimeml(
      wrap(dct, 'A &amp; B said <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>.'),
    );
    expect(document.text).toBe('A & B said Thursday.');
    expect(document.timexes[0]).toMatchObject({ start: 11, end: 19, text: 'Thursday' });
  });

  it('refuses what it cannot read faithfully', () => {
    expect(() =>
      parseTimeml(
        wrap(
          dct,
          '<TIMEX3 tid="t1" type="DATE" value="X"><TIMEX3 tid="t2" type="DATE" value="Y">a</TIMEX3></TIMEX3>',
        ),
      ),
    ).toThrow(/nested/u);
    expect(() => parseTimeml(wrap(dct.replace('CREATION_TIME', 'NONE'), 'x'))).toThrow(/CREATION_TIME/u);
    expect(() => parseTimeml(wrap(dct, '<TIMEX3 tid="t1" type="PERIOD" value="X">a</TIMEX3>'))).toThrow(
      /type/u,
    );
    expect(() => parseTimeml(wrap(dct, 'fish &chips; x'))).toThrow(/entity/u);
  });
});

describe('timemlValue', () => {
  it('says days, ISO weeks, months and calendar years as TimeML does', () => {
    expect(timemlValue({ start: '2022-03-17', end: '2022-03-17', precision: 'day' })).toBe('2022-03-17');
    expect(timemlValue({ start: '2022-03-07', end: '2022-03-13', precision: 'week' })).toBe('2022-W10');
    // The ISO week-numbering year, not the calendar year: 31 December 2018 is in 2019-W01.
    expect(timemlValue({ start: '2018-12-31', end: '2019-01-06', precision: 'week' })).toBe('2019-W01');
    expect(timemlValue({ start: '2021-01-03', end: '2021-01-03', precision: 'week' })).toBe('2020-W53');
    expect(timemlValue({ start: '2022-03-01', end: '2022-03-17', precision: 'month' })).toBe('2022-03');
    expect(timemlValue({ start: '2012-01-01', end: '2012-12-31', precision: 'span' })).toBe('2012');
    expect(timemlValue({ start: '2013-01-01', end: '2013-03-22', precision: 'span' })).toBe('2013');
  });

  it('keeps any other span as an interval, which equals no TimeML value', () => {
    expect(timemlValue({ start: '2013-03-08', end: '2013-03-22', precision: 'span' })).toBe(
      '2013-03-08/2013-03-22',
    );
    expect(timemlValue({ start: '2012-01-01', end: '2013-03-22', precision: 'span' })).toBe(
      '2012-01-01/2013-03-22',
    );
  });

  it('gives the resolver’s readings their TimeML values', () => {
    const values = resolveRelativeDates(
      'It rose last year, fell last month and again on Thursday, this week.',
      {
        published: '2013-03-22',
      },
    ).map(timemlValue);
    expect(values).toEqual(['2012', '2013-02', '2013-03-21', '2013-W12']);
  });

  it('compares gold values apart from case and space', () => {
    expect(normaliseGoldValue(' 2013-w12 ')).toBe('2013-W12');
    expect(normaliseGoldValue('PRESENT_REF')).toBe('PRESENT_REF');
  });
});

describe('scoreDocument', () => {
  const document = parseTimeml(
    `<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>` +
      `It fell <TIMEX3 tid="t1" type="DATE" value="2013-03-21">on Thursday</TIMEX3>, ` +
      `rose <TIMEX3 tid="t2" type="DATE" value="2012">last year</TIMEX3> and in <TIMEX3 tid="t3" type="DATE" value="2010">2010</TIMEX3>, ` +
      `for <TIMEX3 tid="t4" type="DURATION" value="P2Y">the past two years</TIMEX3>; ` +
      `<TIMEX3 tid="t5" type="DATE" value="2013-05">May</TIMEX3> is near, and so is yesterday.</TEXT></TimeML>`,
  );
  const score = scoreDocument(document, resolveRelativeDates(document.text, { published: '2013-03-22' }));

  it('finds a gold date by overlap and judges its value', () => {
    expect(score.dates.map((date) => [date.gold.tid, date.oursValue, date.correct])).toEqual([
      ['t1', '2013-03-21', true],
      ['t2', '2012', true],
      ['t3', undefined, false],
      ['t5', undefined, false],
    ]);
  });

  it('tells expressions over another type of TIMEX3 from spurious ones, and sums', () => {
    expect(score.otherType.map(({ ours, gold }) => [ours.phrase, gold.tid])).toEqual([
      ['the past two years', 't4'],
    ]);
    expect(score.spurious.map((ours) => ours.phrase)).toEqual(['yesterday']);
    expect(totals([score, score])).toEqual({
      goldDates: 8,
      found: 4,
      correct: 4,
      ours: 8,
      otherType: 2,
      spurious: 2,
    });
  });
});
