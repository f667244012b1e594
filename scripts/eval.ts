/**
 * `npm run eval`: measures the compiler against the hand-checked gold set
 * (`tests/gold/`). It compiles `content/` into the records `/data/` publishes,
 * with the same function the site uses, or reads a built site's files with
 * `--dist <folder>`; prints precision and recall per kind of fact with every
 * miss and false hit, and exits with 1 when a figure is below its floor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel } from '../src/lib/compile/model';
import { correctionCounts, describeCorrectionCounts } from '../src/lib/compile/apply-corrections';
import { readCorrections } from '../src/lib/content/read-corrections';
import { readContent } from '../src/lib/content/read-content';
import { EVAL_FLOORS, EVAL_LABELS, evaluate } from '../src/lib/eval/evaluate';
import { readGold } from '../src/lib/eval/gold';
import { openData } from '../src/lib/open-data/records';
import { openDataFiles, type OpenData, type OpenDataName } from '../src/schemas/open-data';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const quiet = args.includes('--quiet');

function readPublished(dist: string): OpenData {
  const read = (name: OpenDataName) => {
    const file = join(dist, 'data', `${name}.json`);
    if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
    return openDataFiles[name].schema.array().parse(JSON.parse(readFileSync(file, 'utf8')));
  };
  return {
    quotes: read('quotes'),
    dates: read('dates'),
    contacts: read('contacts'),
    mentions: read('mentions'),
    demands: read('demands'),
    rounds: read('rounds'),
  } as OpenData;
}

const data =
  distAt === -1
    ? (() => {
        const { articles, knowledge } = readContent('content');
        return openData(compileModel(articles, knowledge));
      })()
    : readPublished(args[distAt + 1] ?? 'dist');
const report = evaluate(readGold(), data);

const percent = (value: number) => value.toFixed(3);
console.log(`Gold set: ${report.articles.length} articles (tests/gold/)\n`);
console.log('| Kind | Correct | Found | Expected | Precision | Recall | Floor |');
console.log('|---|--:|--:|--:|--:|--:|---|');
for (const entry of report.scores) {
  const floor = EVAL_FLOORS[entry.kind];
  const floorText = floor
    ? [
        floor.precision === undefined ? '' : `P ≥ ${floor.precision}`,
        floor.recall === undefined ? '' : `R ≥ ${floor.recall}`,
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  console.log(
    `| ${EVAL_LABELS[entry.kind]} | ${entry.correct} | ${entry.found} | ${entry.expected} | ${percent(entry.precision)} | ${percent(entry.recall)} | ${floorText} |`,
  );
}
if (!quiet) {
  for (const entry of report.scores) {
    if (entry.misses.length + entry.falseHits.length === 0) continue;
    console.log(`\n## ${EVAL_LABELS[entry.kind]}`);
    for (const miss of entry.misses) console.log(`  miss:  ${miss}`);
    for (const hit of entry.falseHits) console.log(`  false: ${hit}`);
  }
}
if (report.failures.length > 0) {
  console.error(`\nBelow the floors:\n${report.failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery figure is at or above its floor.');

// The gold set sees five articles; the editor's corrections are the compiler's errors found on all of them.
{
  const { articles, knowledge } = readContent('content');
  const corrected = compileModel(articles, knowledge, readCorrections('content')).corrections;
  console.log(
    `Corrected by the editor (content/corrections.yaml), not counted above: ${describeCorrectionCounts(correctionCounts(corrected))} in ${new Set(corrected.map((correction) => correction.article)).size} of ${articles.length} articles.`,
  );
}
