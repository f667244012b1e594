/**
 * `npm run eval:search`: measures the search page against the queries in
 * `tests/search-eval/queries.yaml`. It serves the built `dist/`, searches each
 * query in Chromium as a reader would (`/search/?q=…`), and prints success@1,
 * success@3 (overall and per kind of query), how many unknown names found
 * nothing, and every query that missed with what came first.
 *
 * `--check` exits with 1 when a figure is below its floor
 * (`SEARCH_EVAL_FLOORS`); `--json` prints the whole report as JSON instead of
 * the table. An expected page that the built site lacks stops the run (exit 2).
 */
import { distDir } from '../tests/helpers/paths';
import { serveBuiltSite } from '../tests/helpers/serve-site';
import { runSearchQueries } from '../src/lib/eval/search-browser';
import { missingExpectedPages, readSearchQueries, searchQueriesFile } from '../src/lib/eval/search-queries';
import {
  belowFloors,
  describeMiss,
  SEARCH_EVAL_FLOORS,
  scoreSearch,
  type SearchEvalReport,
  type SuccessFigures,
} from '../src/lib/eval/search-score';
import { launchChromium } from './chromium';

const args = process.argv.slice(2);
const unknownArgs = args.filter((arg) => arg !== '--check' && arg !== '--json');
if (unknownArgs.length > 0) {
  console.error(
    `Unknown argument ${unknownArgs.join(' ')}. Usage: npm run eval:search -- [--check] [--json]`,
  );
  process.exit(2);
}
const check = args.includes('--check');
const json = args.includes('--json');

const queries = readSearchQueries();
const missing = missingExpectedPages(queries, distDir);
if (missing.length > 0) {
  console.error(
    `${searchQueriesFile} expects pages the built site does not have (build it with npm run build, or fix the file):\n${missing.map((line) => `- ${line}`).join('\n')}`,
  );
  process.exit(2);
}

const [site, browser] = await Promise.all([serveBuiltSite(), launchChromium()]);
let report: SearchEvalReport;
try {
  report = scoreSearch(await runSearchQueries(browser, site.origin, queries));
} finally {
  await browser.close();
  await site.close();
}
const failures = belowFloors(report);

function row(label: string, figures: SuccessFigures): string {
  return `| ${label} | ${figures.queries} | ${figures.atOne} | ${figures.successAt1.toFixed(3)} | ${figures.atThree} | ${figures.successAt3.toFixed(3)} |`;
}

if (json) {
  console.log(JSON.stringify({ floors: SEARCH_EVAL_FLOORS, ...report, belowFloors: failures }, null, 2));
} else {
  const { overall, byKind, unknownNames, verdicts } = report;
  console.log(`Search evaluation: ${queries.length} queries (${searchQueriesFile}) against dist/\n`);
  console.log('| Queries | Count | Right first | success@1 | In first 3 | success@3 |');
  console.log('|---|--:|--:|--:|--:|--:|');
  for (const [kind, figures] of Object.entries(byKind)) console.log(row(kind, figures));
  console.log(row('**all with an answer**', overall));
  console.log(
    `\nUnknown names that found nothing: ${unknownNames.empty} of ${unknownNames.queries} (${unknownNames.share.toFixed(3)})`,
  );
  console.log(
    `Floors: success@1 ≥ ${SEARCH_EVAL_FLOORS.successAt1}, success@3 ≥ ${SEARCH_EVAL_FLOORS.successAt3}, unknown names empty ≥ ${SEARCH_EVAL_FLOORS.unknownNamesEmpty}`,
  );
  const misses = verdicts.filter((verdict) => !verdict.atOne);
  if (misses.length > 0) {
    console.log(`\n## Not right first (${misses.length})`);
    for (const verdict of misses) console.log(`- ${describeMiss(verdict)}`);
  }
  console.log(
    failures.length === 0
      ? '\nEvery figure is at or above its floor.'
      : `\nBelow the floors:\n${failures.map((failure) => `- ${failure}`).join('\n')}`,
  );
}
if (check && failures.length > 0) process.exit(1);
