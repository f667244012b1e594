/**
 * `npm run bench`: builds the full site (compile, pages, Pagefind) from a
 * generated corpus at several sizes, beside two baselines (a plain Astro page
 * per article plus the Pagefind CLI, with Astro's default Markdown processor
 * and with remark and rehype) built in the same run, and measures
 * search in Chromium. Writes BENCHMARKS.md and bench-results.json.
 *
 *   npm run bench                      N = 100, 1000, 5000, search at 1000
 *   npm run bench -- --sizes 100,1000  other sizes
 *   npm run bench -- --smoke           N = 50, no search, results to a temp folder (what CI runs)
 *   npm run bench -- --search-only --search-at 1000 [--runs 3]
 *                                      only the site at 1000 (kept in .bench-search/ with its cache, so a
 *                                      rebuild after a change is incremental) and search in Chromium, each
 *                                      search `runs` times; rewrites only BENCHMARKS.md's search section
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readContent } from '../src/lib/content/read-content';
import { writeFileAtomically } from '../src/lib/files/write-atomically';
import { generateCorpus } from '../src/lib/bench/generate-corpus';
import { measureSearch, type SearchMeasure } from './bench-search';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    smoke: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'search-at': { type: 'string', default: '1000' },
    'search-only': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});
const sizes = values.smoke ? [50] : values.sizes.split(',').map(Number);
const searchAt = values.smoke || values['no-search'] ? undefined : Number(values['search-at']);
const outputDir = values.smoke ? mkdtempSync(join(tmpdir(), 'talks-bench-')) : root;

interface BuildMeasure {
  wallSeconds: number;
  peakRssMb: number;
  /** Where a build of the site spent its seconds, as its log says (`buildPhases`). */
  phases?: BuildPhases;
}

/** A site build's phases, in seconds, from Astro's log: what a profile of the build shows first. */
interface BuildPhases {
  /** Reading, parsing and compiling the articles (the content layer's sync), with Astro's start. */
  content: number;
  /** Vite bundling the pages' code. */
  bundle: number;
  /** Rendering (or copying, when unchanged) every page and data file. */
  pages: number;
  /** The rest: the sitemap, the Pagefind index, putting the site in place. */
  rest: number;
}

/** The phases of a site build from its log (Astro prints each step's duration), the rest by difference. */
function buildPhases(log: string, wallSeconds: number): BuildPhases | undefined {
  const seconds = (pattern: RegExp) => {
    const found = pattern.exec(log);
    if (!found) return undefined;
    const [, minutes, secs] = found;
    return Number(minutes ?? 0) * 60 + Number(secs);
  };
  // "Collecting build info... ✓ Completed in 25.65s.", "[vite] ✓ built in 2.25s", "generating static routes … ✓ Completed in 19.72s."
  const content = seconds(/Collecting build info\.\.\.\s*\n[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)s/u);
  const bundles = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/gu)].reduce(
    (sum, [, value, unit]) => sum + Number(value) / (unit === 'ms' ? 1000 : 1),
    0,
  );
  const pages = seconds(/generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)s/u);
  if (content === undefined || pages === undefined) return undefined;
  return { content, bundle: bundles, pages, rest: Math.max(0, wallSeconds - content - bundles - pages) };
}

/** Runs a command under /usr/bin/time -v; returns its wall time and peak memory, or throws with its output. */
function timed(command: string[], env: Record<string, string>): BuildMeasure {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/u.exec(
    result.stderr,
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(result.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures in:\n${result.stderr}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  // Astro colours its log; the phases are read from the words.
  const phases = buildPhases(`${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, ''), seconds);
  return {
    wallSeconds: seconds,
    peakRssMb: Number(rss[1]) / 1024,
    ...(phases === undefined ? {} : { phases }),
  };
}

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function pageSize(dir: string, path: string): { raw: number; gzip: number } {
  const html = readFileSync(join(dir, path, 'index.html'));
  return { raw: html.length, gzip: gzipSync(html).length };
}

/** Inline script bytes of a page, JSON-LD aside, and whether it references Pagefind. */
function inlineScript(dir: string, path: string): { bytes: number; pagefind: boolean } {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gu)].filter(
    ([, attributes = '']) => !attributes.includes('ld+json'),
  );
  return {
    bytes: scripts.reduce((sum, [, , content = '']) => sum + Buffer.byteLength(content), 0),
    pagefind: scripts.some(([whole]) => whole.includes('pagefind')),
  };
}

interface Baseline {
  astro: BuildMeasure;
  pagefind: BuildMeasure;
  wallSeconds: number;
  peakRssMb: number;
}

interface SizeResult {
  articles: number;
  site: BuildMeasure;
  /** The build after `npm run ingest` of one more article, with the cold build's caches. */
  incremental: BuildMeasure;
  incrementalSeconds: number;
  /** The incremental build's share of the cold one. */
  incrementalShare: number;
  /** The largest HTML page, and where it is. */
  largestPageBytes: number;
  largestPage: string;
  /** A plain Astro page per article with Astro's default Markdown processor, plus the Pagefind CLI. */
  baseline: Baseline;
  /** The same plain site with Markdown rendered by remark and rehype (@astrojs/markdown-remark). */
  remarkBaseline: Baseline;
  ratio: number;
  remarkRatio: number;
  secondsPerArticle: number;
  distBytes: number;
  pagefindBytes: number;
  baselineDistBytes: number;
  pages: Record<string, { raw: number; gzip: number }>;
  readingPageScript: { maxInlineBytes: number; loadsPagefind: boolean };
  search?: SearchMeasure[];
}

const { articles: realArticles, knowledge } = readContent(join(root, 'content'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const searchTerms = ['talks', 'Prikk', 'Austrian model', 'Lavorv', '29 March'];

function searchRow(articles: number, s: SearchMeasure, slowestMs = s.firstResultsMs): string {
  return `| ${articles} | ${s.via} | ${s.term} | ${s.firstResultsMs.toFixed(0)} ms | ${slowestMs.toFixed(0)} ms | ${kb(s.bytes.total)} | ${kb(s.bytes.compressedToFirstResults)} / ${kb(s.bytes.compressed)} | ${Object.entries(
    s.bytes.byKind,
  )
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ')} |`;
}

/** What the search table measures (scripts/bench-search.ts). */
const SEARCH_NOTE =
  'First results after a cold load (a new browser context per search), and every byte the browser received. ' +
  "First results: the moment #search-status first gets text, on the page's clock from navigation start, " +
  'reported by a MutationObserver (the harness does not poll the page); to first results: the responses ' +
  "whose last byte had arrived by then, by the page's own Resource Timing, each counted at its file's size " +
  '(gzipped for text, as a host sends it). The site is served by a static host in a process of its own ' +
  '(scripts/static-host.ts), uncompressed, on loopback.';

const SEARCH_TABLE_HEAD =
  '| N | via | term | first results | slowest run | received | as a host sends it (gzip): to first results / in all | by kind |\n|---|---|---|---|---|---|---|---|';

/** The slowest first results of each search over several runs. */
function slowestRuns(runs: SearchMeasure[][]): number[] {
  return (runs[0] ?? []).map((_, index) =>
    Math.max(...runs.map((run) => run[index]?.firstResultsMs ?? Number.NEGATIVE_INFINITY)),
  );
}

/** The median of each search over several runs, by first-results time; its bytes are that run's. */
function medianRuns(runs: SearchMeasure[][]): SearchMeasure[] {
  return (runs[0] ?? []).map((_, index) => {
    const sorted = runs
      .map((run) => run[index])
      .filter((measure): measure is SearchMeasure => measure !== undefined)
      .sort((a, b) => a.firstResultsMs - b.firstResultsMs);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    if (median === undefined) throw new Error('no search measured');
    return median;
  });
}

if (values['search-only']) {
  // The site alone at one size, in a folder kept between runs: the corpus is the same for the same N,
  // and the build's cache stays, so a rebuild after a change to the search page is incremental.
  const size = Number(values['search-at']);
  const runs = Math.max(1, Number(values.runs));
  const work = join(root, '.bench-search', String(size));
  const contentDir = join(work, 'content');
  if (!existsSync(contentDir)) {
    cpSync(join(root, 'content'), contentDir, { recursive: true });
    for (const article of generateCorpus(realArticles, knowledge, size))
      writeFileSync(join(contentDir, 'articles', `${article.slug}.md`), article.markdown);
  }
  const siteDir = join(work, 'site');
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  console.log(`N = ${size}: building the site…`);
  const site = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    TALKS_CONTENT_DIR: contentDir,
    TALKS_OUT_DIR: siteDir,
    TALKS_CACHE_DIR: join(work, 'cache'),
  });
  console.log(
    `N = ${size}: built in ${site.wallSeconds.toFixed(1)} s; measuring search in Chromium ${runs} time(s)…`,
  );
  const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const loadBefore = loadAverage();
  const measured: SearchMeasure[][] = [];
  for (let run = 0; run < runs; run++) {
    const measures = await measureSearch(siteDir, searchTerms);
    measured.push(measures);
    console.log(
      `run ${run + 1}: ${measures.map((m) => `${m.via} ${m.term} ${m.firstResultsMs.toFixed(0)} ms ${kb(m.bytes.compressedToFirstResults)}`).join('; ')}`,
    );
  }
  const search = medianRuns(measured);
  const slowest = slowestRuns(measured);
  const section = `## Search in Chromium

${SEARCH_NOTE}
Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` (the site alone at N = ${size}, the rest of this file is from the last full run)${runs > 1 ? `: the median of ${runs} runs by first-results time, with that run's bytes, and the slowest of them` : ''}; load average (1, 5, 15 min) ${loadBefore} before the runs, ${loadAverage()} after.

${SEARCH_TABLE_HEAD}
${search.map((s, index) => searchRow(size, s, slowest[index])).join('\n')}
`;
  const benchmarks = readFileSync(join(root, 'BENCHMARKS.md'), 'utf8');
  const at = benchmarks.indexOf('## Search in Chromium');
  writeFileSync(
    join(root, 'BENCHMARKS.md'),
    `${at === -1 ? `${benchmarks.trimEnd()}\n\n` : benchmarks.slice(0, at)}${section}`,
  );
  console.log(section);
  process.exit(0);
}

const results: SizeResult[] = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `talks-bench-${size}-`));
  const contentDir = join(work, 'content');
  // The real content comes along: the curated rounds and demands cite its articles.
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  const generated = generateCorpus(realArticles, knowledge, size);
  for (const article of generated)
    writeFileSync(join(contentDir, 'articles', `${article.slug}.md`), article.markdown);
  const env = (name: string) => ({
    TALKS_CONTENT_DIR: contentDir,
    TALKS_OUT_DIR: join(work, name),
    TALKS_CACHE_DIR: join(work, `${name}-cache`),
  });
  mkdirSync(join(work, 'site'));
  console.log(`N = ${size}: building the site…`);
  const site = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], env('site'));
  console.log(`N = ${size}: ingesting one more article and building again…`);
  const [extra] = generateCorpus(realArticles, knowledge, 1, size + 1);
  if (extra === undefined) throw new Error('the generator gave no article');
  // The generated article as an editor would receive it: a headline, then the text.
  const rawCopy = join(work, 'ingested.txt');
  const body = extra.markdown.slice(extra.markdown.indexOf('\n---\n') + 5).trim();
  writeFileSync(rawCopy, `A new report on the state of the talks\n\n${body}\n`);
  const ingest = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'scripts/ingest.ts',
      rawCopy,
      ...['--outlet', 'Example Wire', '--published', '2023-03-15', '--certainty', 'exact'],
      ...['--basis', 'Written for the benchmark.', '--authors', 'Jane Doe', '--content', contentDir],
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
  const incremental = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], env('site'));
  const baselineOf = (name: string, processor: string): Baseline => {
    console.log(`N = ${size}: building the ${name}…`);
    const astro = timed(
      [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--root', 'bench/baseline'],
      {
        ...env(name),
        TALKS_BASELINE_PROCESSOR: processor,
      },
    );
    const pagefind = timed(
      [process.execPath, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', join(work, name)],
      {},
    );
    return {
      astro,
      pagefind,
      wallSeconds: astro.wallSeconds + pagefind.wallSeconds,
      peakRssMb: Math.max(astro.peakRssMb, pagefind.peakRssMb),
    };
  };
  const baseline = baselineOf('baseline', 'default');
  const remarkBaseline = baselineOf('remark-baseline', 'unified');
  const siteDir = join(work, 'site');
  const largest = readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, bytes: statSync(file).size }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
  const article = `articles/${generated[0]?.slug ?? ''}`;
  const readingPages = ['', article, 'rounds/2022-03-29-istanbul', 'parties/russia', 'people/sergey-lavrov'];
  const scripts = readingPages.map((path) => inlineScript(siteDir, path));
  const result: SizeResult = {
    articles: size,
    site,
    baseline,
    remarkBaseline,
    incremental,
    incrementalSeconds: incremental.wallSeconds,
    incrementalShare: incremental.wallSeconds / site.wallSeconds,
    largestPageBytes: largest.bytes,
    largestPage: largest.file.slice(siteDir.length + 1),
    ratio: site.wallSeconds / baseline.wallSeconds,
    remarkRatio: site.wallSeconds / remarkBaseline.wallSeconds,
    secondsPerArticle: site.wallSeconds / size,
    distBytes: bytesUnder(siteDir),
    pagefindBytes: bytesUnder(join(siteDir, 'pagefind')),
    baselineDistBytes: bytesUnder(join(work, 'baseline')),
    pages: {
      article: pageSize(siteDir, article),
      round: pageSize(siteDir, 'rounds/2022-03-29-istanbul'),
      home: pageSize(siteDir, ''),
    },
    readingPageScript: {
      maxInlineBytes: Math.max(...scripts.map((script) => script.bytes)),
      loadsPagefind: scripts.some((script) => script.pagefind),
    },
  };
  if (size === searchAt) {
    console.log(`N = ${size}: measuring search in Chromium…`);
    result.search = await measureSearch(siteDir, searchTerms);
  }
  results.push(result);
  console.log(JSON.stringify(result));
  // Three sites, their caches and the corpus: at 10,000 articles, gigabytes a later size needs.
  rmSync(work, { recursive: true, force: true });
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
const buildRows = results.map(
  (r) =>
    `| ${r.articles} | ${seconds(r.site.wallSeconds)} | ${seconds(r.baseline.wallSeconds)} | ${r.ratio.toFixed(2)} | ${seconds(r.remarkBaseline.wallSeconds)} | ${r.remarkRatio.toFixed(2)} | ${(r.secondsPerArticle * 1000).toFixed(1)} ms | ${r.site.peakRssMb.toFixed(0)} MB | ${r.baseline.peakRssMb.toFixed(0)} MB (${(r.site.peakRssMb / r.baseline.peakRssMb).toFixed(2)}×) | ${seconds(r.incrementalSeconds)} (${percent(r.incrementalShare)}) |`,
);
const phaseCells = (m: BuildMeasure) =>
  m.phases === undefined
    ? '– | – | – | –'
    : `${seconds(m.phases.content)} | ${seconds(m.phases.bundle)} | ${seconds(m.phases.pages)} | ${seconds(m.phases.rest)}`;
const phaseRows = results.flatMap((r) => [
  `| ${r.articles} | cold | ${seconds(r.site.wallSeconds)} | ${phaseCells(r.site)} |`,
  `| ${r.articles} | after one article | ${seconds(r.incremental.wallSeconds)} | ${phaseCells(r.incremental)} |`,
]);
const outputRows = results.map(
  (r) =>
    `| ${r.articles} | ${(r.distBytes / 1048576).toFixed(1)} MB | ${(r.pagefindBytes / 1048576).toFixed(1)} MB | ${kb(r.largestPageBytes)} (${r.largestPage}) | ${kb(r.pages['article']?.raw ?? 0)} / ${kb(r.pages['article']?.gzip ?? 0)} | ${kb(r.pages['round']?.raw ?? 0)} / ${kb(r.pages['round']?.gzip ?? 0)} | ${kb(r.pages['home']?.raw ?? 0)} / ${kb(r.pages['home']?.gzip ?? 0)} | ${r.readingPageScript.maxInlineBytes} B${r.readingPageScript.loadsPagefind ? ', Pagefind!' : ''} |`,
);
const searchRows = results.flatMap((r) => (r.search ?? []).map((s) => searchRow(r.articles, s)));
const atSize = (n: number) => results.find((r) => r.articles === n);
/** One line per target the run can judge: the figure, and whether it is met. */
const verdicts: string[] = [];
const judge = (what: string, figure: string, met: boolean) =>
  verdicts.push(`- ${what}: ${figure} (${met ? 'met' : 'missed'})`);
for (const [n, rebuildShare] of [
  [1000, 0.25],
  [5000, 0.15],
] as const) {
  const r = atSize(n);
  if (r === undefined) continue;
  judge(`cold build at ${n} ≤ 2.0 × the plain baseline`, `${r.ratio.toFixed(2)} ×`, r.ratio <= 2);
  judge(
    `rebuild after one article at ${n} ≤ ${percent(rebuildShare)} of the cold build`,
    percent(r.incrementalShare),
    r.incrementalShare <= rebuildShare,
  );
}
const at5000 = atSize(5000);
if (at5000 !== undefined) {
  const memory = at5000.site.peakRssMb / at5000.baseline.peakRssMb;
  judge('peak memory at 5000 ≤ 1.1 × the baseline’s', `${memory.toFixed(2)} ×`, memory <= 1.1);
}
for (const n of [5000, 10000]) {
  const r = atSize(n);
  const base = atSize(1000);
  if (r === undefined || base === undefined) continue;
  const growth = r.secondsPerArticle / base.secondsPerArticle - 1;
  judge(
    `time per article at ${n} within 15 % of 1000’s`,
    `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %`,
    growth <= 0.15,
  );
}
const report = `# Benchmarks

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, with \`${command}\`.
The corpus is generated (scripts, \`src/lib/bench/generate-corpus.ts\`) on top of the five real articles. Two baselines are built in the
same run from the same articles: a plain Astro page per article (\`bench/baseline/\`) with Astro's default Markdown processor, and the
same site with remark and rehype (\`@astrojs/markdown-remark\`), the pipeline the site's own loader uses; each with the Pagefind CLI.
Wall time and peak memory come from \`/usr/bin/time -v\`. Only ratios measured in one run hold on these machines.

| N | site build | baseline | ratio | remark baseline | ratio | per article | peak RSS | baseline's peak RSS | rebuild after ingest |
|---|---|---|---|---|---|---|---|---|---|
${buildRows.join('\n')}

Where the seconds go, from each build's log: the content layer (Astro's start, then reading, parsing and compiling the
articles that changed, on every core), Vite bundling the pages' code, rendering the pages (or copying those unchanged), and the rest (the sitemap, the Pagefind index).

| N | build | wall | content | bundle | pages | rest |
|---|---|---|---|---|---|---|
${phaseRows.join('\n')}

${verdicts.length === 0 ? '' : `Targets (issue 25):\n\n${verdicts.join('\n')}\n`}
| N | dist | Pagefind | largest page | article page raw / gzip | round page | home page | inline JS on reading pages |
|---|---|---|---|---|---|---|---|
${outputRows.join('\n')}
${searchRows.length === 0 ? '' : `\n## Search in Chromium\n\n${SEARCH_NOTE}\n\n${SEARCH_TABLE_HEAD}\n${searchRows.join('\n')}\n`}`;
writeFileAtomically(join(outputDir, 'BENCHMARKS.md'), report);
writeFileAtomically(
  join(outputDir, 'bench-results.json'),
  `${JSON.stringify({ command, results }, null, 2)}\n`,
);
console.log(report);
console.log(`Wrote ${join(outputDir, 'BENCHMARKS.md')}`);
