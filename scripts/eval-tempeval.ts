/**
 * `npm run eval:tempeval`: an outside check of the date resolver on text nobody here wrote. Runs
 * `resolveRelativeDates` over each TempEval-3 platinum document (`tests/tempeval/te3-platinum/`, see its
 * README) with the document's creation time as the publication day, and scores the values it gives against
 * the gold TIMEX3 DATE values: which gold dates it found (an expression of ours overlaps the span), which it
 * got right (same value in TimeML notation), every miss, and the expressions it found where the gold has none.
 * A report, not a gate: it exits with 0 whatever the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRelativeDates } from '../src/lib/compile/relative-dates';
import {
  normaliseGoldValue,
  parseTimeml,
  scoreDocument,
  timemlValue,
  totals,
  type DocumentScore,
} from '../src/lib/eval/tempeval';

const FOLDER = 'tests/tempeval/te3-platinum';
/** UzZaman et al. 2013, Task A results (relaxed match, value F1), HeidelTime; over all four TIMEX3 types. */
const HEIDELTIME_VALUE_F1 = 77.6;

const files = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.tml'))
  .sort();
const scores: DocumentScore[] = files.map((file) => {
  const document = parseTimeml(readFileSync(join(FOLDER, file), 'utf8'), file);
  const ours = resolveRelativeDates(document.text, { published: document.dct.value.slice(0, 10) });
  return scoreDocument(document, ours);
});
const sum = totals(scores);
const allTimexes = scores.reduce((count, score) => count + score.document.timexes.length, 0);

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const f1 = (precision: number, recall: number) =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const fixed = (value: number) => value.toFixed(3);
const quoted = (text: string) => `"${text.replace(/\s+/gu, ' ')}"`;

const recall = ratio(sum.correct, sum.goldDates);
const precision = ratio(sum.correct, sum.found);
const strictPrecision = ratio(sum.correct, sum.ours);

console.log(
  `TempEval-3 platinum: ${scores.length} documents, ${allTimexes} TIMEX3 in their text (${FOLDER}/)`,
);
console.log(
  'Our resolver: resolveRelativeDates(text, { published: <DCT day> }); gold: every TIMEX3 of type DATE in the text.\n',
);
console.log('| Measure | Value |');
console.log('|---|--:|');
console.log(`| Gold DATE expressions | ${sum.goldDates} |`);
console.log(`| Found (an expression of ours overlaps) | ${sum.found} |`);
console.log(`| Correct (same value) | ${sum.correct} |`);
console.log(`| Value accuracy ("value recall", correct / gold DATEs) | ${fixed(recall)} |`);
console.log(`| Precision (correct / found) | ${fixed(precision)} |`);
console.log(`| F1 | ${fixed(f1(precision, recall))} |`);
console.log(`| Our expressions, all | ${sum.ours} |`);
console.log(`| … overlapping a gold TIMEX3 of another type (DURATION, TIME, SET) | ${sum.otherType} |`);
console.log(`| … overlapping no gold TIMEX3 (spurious) | ${sum.spurious} |`);
console.log(`| Precision counting all our expressions (correct / ours) | ${fixed(strictPrecision)} |`);
console.log(`| F1 with that precision | ${fixed(f1(strictPrecision, recall))} |`);
console.log(`\nHeidelTime (TempEval-3, relaxed match, value F1): ${HEIDELTIME_VALUE_F1}`);
console.log(
  'Not like for like: HeidelTime is scored on all four TIMEX3 types (DATE, TIME, DURATION, SET), ours on DATE only.\n',
);

console.log('| Document | DCT | Gold DATEs | Found | Correct | Ours | Spurious |');
console.log('|---|---|--:|--:|--:|--:|--:|');
for (const score of scores) {
  const found = score.dates.filter((date) => date.ours !== undefined).length;
  const correct = score.dates.filter((date) => date.correct).length;
  console.log(
    `| ${score.document.id} | ${score.document.dct.value} | ${score.dates.length} | ${found} | ${correct} | ${score.ours.length} | ${score.spurious.length} |`,
  );
}

console.log('\nMisses (gold DATEs not found, or found with another value):\n');
console.log('| Document | Expression | Gold | Ours |');
console.log('|---|---|---|---|');
for (const score of scores)
  for (const date of score.dates.filter((judgement) => !judgement.correct)) {
    const ours =
      date.ours === undefined
        ? '—'
        : `${date.oursValue ?? ''}${date.ours.phrase === date.gold.text ? '' : ` (from ${quoted(date.ours.phrase)})`}`;
    const mod = date.gold.attributes['mod'];
    const gold = `${normaliseGoldValue(date.gold.value)}${mod === undefined ? '' : ` mod=${mod}`}`;
    console.log(`| ${score.document.id} | ${quoted(date.gold.text)} | ${gold} | ${ours} |`);
  }

console.log('\nOur expressions over a gold TIMEX3 of another type:\n');
for (const score of scores)
  for (const { ours, gold } of score.otherType)
    console.log(
      `- ${score.document.id}: ${quoted(ours.phrase)} → ${timemlValue(ours)}; gold ${gold.type} ${quoted(gold.text)} = ${gold.value}`,
    );

console.log('\nSpurious (our expressions where the gold has no TIMEX3):\n');
const spurious = scores.flatMap((score) =>
  score.spurious.map((ours) => `- ${score.document.id}: ${quoted(ours.phrase)} → ${timemlValue(ours)}`),
);
console.log(spurious.length === 0 ? '(none)' : spurious.join('\n'));
