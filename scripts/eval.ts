/**
 * `npm run eval`: measures the compiler against the hand-checked gold sets:
 * the five seed articles (`tests/gold/`), the development set and the test
 * set (`tests/corpus/`), each on its own and the three together. It compiles
 * each set's articles with the knowledge of `content/` into the records
 * `/data/` publishes, with the same function the site uses (`--dist <folder>`
 * reads a built site's files for the seeds instead), prints precision and
 * recall per kind of fact, the misses and false hits of the seed and dev sets
 * (never the test set's: it is not read for misses), and exits with 1 when a
 * figure is below its floor.
 *
 * `--split seed|dev|test` measures one set; `--quiet` leaves out the misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionCounts, describeCorrectionCounts } from '../src/lib/compile/apply-corrections';
import { compileModel } from '../src/lib/compile/model';
import { readContent, readKnowledge } from '../src/lib/content/read-content';
import { readCorrections } from '../src/lib/content/read-corrections';
import { EVAL_LABELS, evaluate, type EvalFloors, type EvalReport } from '../src/lib/eval/evaluate';
import type { GoldArticle } from '../src/lib/eval/gold';
import {
  CORPUS_KINDS,
  CORPUS_TARGETS,
  compileSplit,
  evalSplits,
  readSplitGold,
  sharedSourceProblems,
  splitSources,
} from '../src/lib/eval/splits';
import { openDataFiles, type OpenData, type OpenDataName } from '../src/schemas/open-data';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : (args[at + 1] ?? '');
};
const distDir = option('--dist');
const only = option('--split');
const quiet = args.includes('--quiet');

function readPublished(dist: string): OpenData {
  const read = (name: OpenDataName) => {
    const file = join(dist, 'data', `${name}.json`);
    if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
    return openDataFiles[name].schema.array().parse(JSON.parse(readFileSync(file, 'utf8')));
  };
  return Object.fromEntries(
    (Object.keys(openDataFiles) as OpenDataName[]).map((name) => [name, read(name)]),
  ) as unknown as OpenData;
}

/** One set's records only: the articles its gold set covers (dev and test are compiled beside the seeds). */
function restrictTo(data: OpenData, slugs: ReadonlySet<string>): OpenData {
  const keep = <T extends { article: string }>(records: readonly T[]) =>
    records.filter((record) => slugs.has(record.article));
  return {
    ...data,
    quotes: keep(data.quotes),
    dates: keep(data.dates),
    mentions: keep(data.mentions),
    contacts: data.contacts.filter((contact) => contact.sources.some((source) => slugs.has(source.article))),
    rounds: data.rounds.map((round) => ({
      ...round,
      paragraphs: round.paragraphs.filter((paragraph) => slugs.has(paragraph.article)),
    })),
  };
}

const floorText = (floors: EvalFloors | undefined, kind: keyof typeof EVAL_LABELS) => {
  const floor = floors?.[kind];
  if (!floor) return '';
  return [
    floor.precision === undefined ? '' : `P ≥ ${floor.precision}`,
    floor.recall === undefined ? '' : `R ≥ ${floor.recall}`,
  ]
    .filter(Boolean)
    .join(', ');
};

function printTable(title: string, report: EvalReport, floors: EvalFloors, targets?: EvalFloors): void {
  const percent = (value: number) => value.toFixed(3);
  console.log(`\n### ${title}: ${report.articles.length} articles\n`);
  console.log(
    `| Kind | Correct | Found | Expected | Precision | Recall | Floor |${targets ? ' Target |' : ''}`,
  );
  console.log(`|---|--:|--:|--:|--:|--:|---|${targets ? '---|' : ''}`);
  for (const entry of report.scores) {
    const cells = [
      EVAL_LABELS[entry.kind],
      entry.correct,
      entry.found,
      entry.expected,
      percent(entry.precision),
      percent(entry.recall),
      floorText(floors, entry.kind),
      ...(targets ? [floorText(targets, entry.kind)] : []),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

const knowledge = readKnowledge('content');
const shared = sharedSourceProblems(splitSources(evalSplits()));
if (shared.length > 0) {
  console.error(shared.join('\n'));
  process.exit(1);
}
const splits = evalSplits().filter((split) => only === undefined || split.name === only);
if (splits.length === 0) throw new Error(`--split: expected seed, dev or test, got "${only ?? ''}"`);

const failures: string[] = [];
const together: { gold: GoldArticle[]; data: OpenData[] } = { gold: [], data: [] };
for (const split of splits) {
  const gold = readSplitGold(split);
  if (gold.length === 0) {
    console.log(`\n### ${split.title}: no gold files in ${split.gold}`);
    continue;
  }
  const data =
    split.name === 'seed' && distDir !== undefined ? readPublished(distDir) : compileSplit(split, knowledge);
  const report = evaluate(gold, data, {
    ...(split.kinds ? { kinds: split.kinds } : {}),
    floors: split.floors,
  });
  printTable(split.title, report, split.floors, split.kinds ? CORPUS_TARGETS : undefined);
  failures.push(...report.failures.map((failure) => `${split.name}: ${failure}`));
  together.gold.push(...gold);
  together.data.push(restrictTo(data, new Set(gold.map((article) => article.article))));
  if (quiet || !split.showMisses) continue;
  for (const entry of report.scores) {
    if (entry.misses.length + entry.falseHits.length === 0) continue;
    console.log(`\n#### ${split.name}: ${EVAL_LABELS[entry.kind]}`);
    for (const miss of entry.misses) console.log(`  miss:  ${miss}`);
    for (const hit of entry.falseHits) console.log(`  false: ${hit}`);
  }
}

if (splits.length > 1 && together.data.length > 1) {
  const merged = Object.fromEntries(
    (Object.keys(openDataFiles) as OpenDataName[]).map((name) => [
      name,
      together.data.flatMap((data) => data[name] as unknown[]),
    ]),
  ) as unknown as OpenData;
  // Every set is compiled beside the site's articles, so a round is in each: one record, with every set's paragraphs.
  merged.rounds = [...Map.groupBy(merged.rounds, (round) => round.id).values()].flatMap(([first, ...rest]) =>
    first === undefined
      ? []
      : [{ ...first, paragraphs: [first, ...rest].flatMap((round) => round.paragraphs) }],
  );
  // Contacts are annotated in the seeds only, so the sets are added up over the kinds all of them annotate.
  printTable(
    'All three together (the kinds every set annotates)',
    evaluate(together.gold, merged, { kinds: CORPUS_KINDS, floors: {} }),
    {},
    CORPUS_TARGETS,
  );
}

if (failures.length > 0)
  console.error(`\nBelow the floors:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
else console.log('\nEvery figure is at or above its floor.');

// The editor's corrections are the compiler's errors found on the site's own articles, which no gold set covers whole.
{
  const { articles } = readContent('content');
  const corrected = compileModel(articles, knowledge, readCorrections('content')).corrections;
  console.log(
    `\nCorrected by the editor (content/corrections.yaml), not counted above: ${describeCorrectionCounts(correctionCounts(corrected))} in ${new Set(corrected.map((correction) => correction.article)).size} of ${articles.length} articles.`,
  );
}

process.exitCode = failures.length > 0 ? 1 : 0;
