/**
 * `npm run check:batch`: what an annotator runs on a new batch before it joins the corpus, without the
 * compiler. It must name each gold entry whose words are not in its paragraph and each page already in the sets.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { projectRoot, tsxCli } from './ingest/helpers';

const slug = '2022-04-14-anews-kremlin-lacks-information-on-talks';
const folder = mkdtempSync(join(tmpdir(), 'talks-batch-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function check(): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [tsxCli, 'scripts/check-batch.ts', folder], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('npm run check:batch', () => {
  mkdirSync(join(folder, 'articles'));
  mkdirSync(join(folder, 'gold'));
  const article = readFileSync(join(projectRoot, `tests/corpus/dev/articles/${slug}.md`), 'utf8');
  const gold = readFileSync(join(projectRoot, `tests/corpus/dev/gold/${slug}.yaml`), 'utf8');

  it('passes an article of another page whose gold entries are each in their paragraph', () => {
    writeFileSync(
      join(folder, 'articles', `${slug}.md`),
      article.replace(/^url: .*$/mu, 'url: https://example.com/a'),
    );
    writeFileSync(join(folder, 'gold', `${slug}.yaml`), gold);
    const { status, out } = check();
    expect(status).toBe(0);
    expect(out).toContain('No problems.');
  });

  it('names a gold entry not in its paragraph, and a page already in the sets', () => {
    writeFileSync(join(folder, 'articles', `${slug}.md`), article);
    writeFileSync(join(folder, 'gold', `${slug}.yaml`), gold.replace("text: 'Feb. 24'", "text: 'Feb. 25'"));
    const { status, out } = check();
    expect(status).toBe(1);
    expect(out).toContain('date "Feb. 25" is not in p-8; expected its words verbatim');
    expect(out).toContain('the same page (https://www.anews.com.tr/world/2022/04/14/');
  });

  it('names a speaker given by a fuller name than the copy prints', () => {
    writeFileSync(
      join(folder, 'articles', `${slug}.md`),
      article.replace(/^url: .*$/mu, 'url: https://example.com/a').replaceAll('Dmitry Peskov', 'Peskov'),
    );
    writeFileSync(join(folder, 'gold', `${slug}.yaml`), gold);
    const { status, out } = check();
    expect(status).toBe(1);
    expect(out).toContain(
      'named speaker "Dmitry Peskov" is not printed in the article; expected the name as the copy gives it',
    );
  });

  it('names one day told twice side by side, annotated as two expressions (“today”, “Monday” in “today (Monday)”)', () => {
    const other = '2022-02-28-the-independent-delegates-hold-talks-in-belarus';
    const page = readFileSync(join(projectRoot, `tests/corpus/dev/articles/${other}.md`), 'utf8');
    const annotation = parseYaml(
      readFileSync(join(projectRoot, `tests/corpus/dev/gold/${other}.yaml`), 'utf8'),
    ) as { dates: { paragraph: string; text: string; value: string; precision: string }[] };
    const joined = annotation.dates.findIndex((date) => date.text === 'today (Monday)');
    expect(joined).toBeGreaterThanOrEqual(0);
    annotation.dates.splice(
      joined,
      1,
      { paragraph: 'p-1', text: 'today', value: '2022-02-28', precision: 'day' },
      { paragraph: 'p-1', text: 'Monday', value: '2022-02-28', precision: 'day' },
    );
    rmSync(join(folder, 'articles', `${slug}.md`), { force: true });
    rmSync(join(folder, 'gold', `${slug}.yaml`), { force: true });
    writeFileSync(
      join(folder, 'articles', `${other}.md`),
      page.replace(/^url: .*$/mu, 'url: https://example.com/b'),
    );
    writeFileSync(join(folder, 'gold', `${other}.yaml`), stringifyYaml(annotation));
    const { status, out } = check();
    expect(status).toBe(1);
    expect(out).toContain(
      'dates "today" and "Monday" in p-1 tell one day side by side; expected one expression, "today (Monday)"',
    );
  });

  it('names a part of a month annotated as anything but the month (“mid-April” as the 11th to the 20th)', () => {
    const other = '2022-10-13-trend-erdogan-and-putin-to-meet-in-astana-on-ukraine';
    const page = readFileSync(join(projectRoot, `tests/corpus/dev/articles/${other}.md`), 'utf8');
    const annotation = parseYaml(
      readFileSync(join(projectRoot, `tests/corpus/dev/gold/${other}.yaml`), 'utf8'),
    ) as { dates: { text: string; value: string; precision: string }[] };
    const part = annotation.dates.find((date) => date.text === 'mid-September');
    if (part === undefined) throw new Error('the dev annotation of “mid-September” is gone');
    expect(part).toMatchObject({ value: '2022-09', precision: 'month' });
    for (const name of [slug, '2022-02-28-the-independent-delegates-hold-talks-in-belarus']) {
      rmSync(join(folder, 'articles', `${name}.md`), { force: true });
      rmSync(join(folder, 'gold', `${name}.yaml`), { force: true });
    }
    writeFileSync(
      join(folder, 'articles', `${other}.md`),
      page.replace(/^url: .*$/mu, 'url: https://example.com/c'),
    );
    writeFileSync(join(folder, 'gold', `${other}.yaml`), stringifyYaml(annotation));
    expect(check()).toMatchObject({ status: 0 });
    Object.assign(part, { value: '2022-09-11/2022-09-20', precision: 'span' });
    writeFileSync(join(folder, 'gold', `${other}.yaml`), stringifyYaml(annotation));
    const { status, out } = check();
    expect(status).toBe(1);
    expect(out).toContain(
      'date "mid-September" in p-2 is a part of a month, annotated with precision span; expected the month, precision month',
    );
  });
});
