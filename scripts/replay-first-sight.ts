/**
 * `npm run eval:replay`: judges a change of the compiler on articles it was not tuned on, without reading
 * the test set. Each blind batch's dev part was first measured by the compiler of the day it came, before
 * any tuning on it; the dev set as it is now has been tuned on, so its figures flatter any change. This
 * script goes back to each batch's commit (a worktree under the system's temporary folder), measures the
 * batch's dev articles with that commit's compiler ("first sight"), then, with `--patch <program>`, runs
 * the program in the worktree (it edits that commit's `src/` to carry the change, and exits non-zero where
 * it cannot) and measures again. It prints speakers and dates per batch and in all, and speakers per
 * rule and kind of speaker.
 *
 *   npm run eval:replay -- [--patch ./my-change.py] [--last 23] [--show 'verb-before-quote|party'] [--keep]
 *
 * `--last N` takes the N latest batches (all by default); `--show <regex>` prints the false speakers of
 * the rules it matches (dev articles only: never the test set's); `--keep` leaves the worktrees.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const patch = option('--patch');
const last = Number(option('--last') ?? Infinity);
const show = option('--show');
const keep = args.includes('--keep');
const root = process.cwd();

interface Measure {
  speakers: [number, number, number];
  dates: [number, number, number];
  byRule: Record<string, [number, number]>;
  falseByRule: Record<string, string[]>;
  falseDates: string[];
}
interface Batch {
  commit: string;
  subject: string;
  articles: string[];
}

const git = async (...gitArgs: string[]) =>
  (await run('git', gitArgs, { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout;

/** The blind batches, oldest first: the commits that added dev gold files and say so. */
async function blindBatches(): Promise<Batch[]> {
  const log = await git('log', '--format=%H%x09%s', '--diff-filter=A', '--', 'tests/corpus/dev/gold');
  const batches: Batch[] = [];
  for (const line of log.split('\n').filter((entry) => /blind batch/iu.test(entry))) {
    const [commit = '', subject = ''] = line.split('\t');
    const added = await git(
      'show',
      '--name-only',
      '--format=',
      '--diff-filter=A',
      commit,
      '--',
      'tests/corpus/dev/gold',
    );
    const articles = added
      .split('\n')
      .filter((path) => path.endsWith('.yaml'))
      .map((path) => basename(path, '.yaml'));
    if (articles.length > 0) batches.push({ commit, subject, articles });
  }
  return batches.reverse().slice(-Math.min(last, Number.MAX_SAFE_INTEGER));
}

async function measure(worktree: string): Promise<Measure> {
  const { stdout } = await run(
    join(root, 'node_modules/.bin/tsx'),
    ['scripts/replay/measure-batch.ts', '.replay/batch'],
    { cwd: worktree, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Measure;
}

async function replay(
  batch: Batch,
): Promise<{ batch: Batch; before: Measure; after?: Measure; patchError?: string }> {
  const worktree = join(tmpdir(), `talks-replay-${batch.commit.slice(0, 12)}`);
  if (!existsSync(worktree)) await git('worktree', 'add', '--detach', '--force', worktree, batch.commit);
  if (!existsSync(join(worktree, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
  await run('git', ['checkout', '--quiet', 'HEAD', '--', 'src'], { cwd: worktree });
  for (const kind of ['articles', 'gold'])
    mkdirSync(join(worktree, '.replay/batch', kind), { recursive: true });
  for (const slug of batch.articles) {
    cpSync(
      join(worktree, 'tests/corpus/dev/articles', `${slug}.md`),
      join(worktree, '.replay/batch/articles', `${slug}.md`),
    );
    cpSync(
      join(worktree, 'tests/corpus/dev/gold', `${slug}.yaml`),
      join(worktree, '.replay/batch/gold', `${slug}.yaml`),
    );
  }
  mkdirSync(join(worktree, 'scripts/replay'), { recursive: true });
  cpSync(join(root, 'scripts/replay/measure-batch.ts'), join(worktree, 'scripts/replay/measure-batch.ts'));
  const before = await measure(worktree);
  if (patch === undefined) return { batch, before };
  try {
    await run(resolve(root, patch), [], { cwd: worktree });
    return { batch, before, after: await measure(worktree) };
  } catch (error) {
    return { batch, before, patchError: (error as Error).message.split('\n')[0] ?? 'failed' };
  } finally {
    await run('git', ['checkout', '--quiet', 'HEAD', '--', 'src'], { cwd: worktree });
  }
}

const batches = await blindBatches();
const results: Awaited<ReturnType<typeof replay>>[] = [];
const queue = [...batches];
await Promise.all(
  Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    for (let batch = queue.shift(); batch !== undefined; batch = queue.shift())
      results.push(await replay(batch));
  }),
);
results.sort((a, b) => batches.indexOf(a.batch) - batches.indexOf(b.batch));

const figures = ([right, found, gold]: [number, number, number]) =>
  `${right}/${found}/${gold} (P ${(right / found).toFixed(3)}, R ${(right / gold).toFixed(3)})`;
const sum = (measures: Measure[], kind: 'speakers' | 'dates') =>
  measures.reduce<[number, number, number]>(
    (total, entry) => [total[0] + entry[kind][0], total[1] + entry[kind][1], total[2] + entry[kind][2]],
    [0, 0, 0],
  );
console.log(
  '| batch commit | articles | speakers at first sight | with the patch | dates at first sight | with the patch |',
);
console.log('|---|--:|---|---|---|---|');
for (const { batch, before, after, patchError } of results)
  console.log(
    `| ${batch.commit.slice(0, 7)} | ${batch.articles.length} | ${figures(before.speakers)} | ${after ? figures(after.speakers) : (patchError ?? '')} | ${figures(before.dates)} | ${after ? figures(after.dates) : ''} |`,
  );
const patched = results.filter((result) => result.after !== undefined);
/** Speakers and dates summed over some batches' measures. */
const totals = (measures: Measure[]) =>
  `speakers ${figures(sum(measures, 'speakers'))}, dates ${figures(sum(measures, 'dates'))}`;
console.log(`\nAll ${results.length} batches at first sight: ${totals(results.map((r) => r.before))}`);
if (patch !== undefined) {
  console.log(
    `The ${patched.length} batches the patch applied to, at first sight: ${totals(patched.map((r) => r.before))}`,
  );
  console.log(
    `                                       with the patch: ${totals(patched.flatMap((r) => (r.after ? [r.after] : [])))}`,
  );
}
const rules = new Map<string, [number, number]>();
for (const { before } of results)
  for (const [key, [right, found]] of Object.entries(before.byRule)) {
    const total = rules.get(key) ?? [0, 0];
    rules.set(key, [total[0] + right, total[1] + found]);
  }
console.log(
  '\n| rule and kind of speaker, at first sight | right | found | wrong | P |\n|---|--:|--:|--:|--:|',
);
for (const [key, [right, found]] of [...rules]
  .filter(([, [, found]]) => found > 0)
  .sort((a, b) => b[1][1] - b[1][0] - (a[1][1] - a[1][0])))
  console.log(`| ${key} | ${right} | ${found} | ${found - right} | ${(right / found).toFixed(3)} |`);
if (show !== undefined) {
  const pattern = new RegExp(show, 'u');
  for (const { after, before } of results)
    for (const [key, lines] of Object.entries((after ?? before).falseByRule))
      if (pattern.test(key)) for (const line of lines) console.log(`${key}\t${line}`);
}
if (!keep)
  for (const { batch } of results) {
    const worktree = join(tmpdir(), `talks-replay-${batch.commit.slice(0, 12)}`);
    await git('worktree', 'remove', '--force', worktree);
    rmSync(worktree, { recursive: true, force: true });
  }
