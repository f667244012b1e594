/**
 * `npm run build` replaces the site only when the whole build succeeded: a
 * build that stops leaves the last good site as it was, with nothing
 * half-built beside it.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildsDir, siteBuildEnvironment } from '../helpers/astro';
import { fixturesDir, projectRoot } from '../helpers/paths';

function npmRunBuild(contentDir: string, target: string) {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: siteBuildEnvironment({
        contentDir,
        cacheDir: mkdtempSync(join(tmpdir(), 'talks-cache-')),
        outDir: target,
      }),
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The folders scripts/build.ts builds in before a site is swapped in. */
const stagingFolders = () =>
  readdirSync(join(projectRoot, '.builds')).filter((name) => name.startsWith('site-'));

describe('npm run build', { timeout: 120_000 }, () => {
  it('keeps the last good site when a build stops, and swaps in the new one when it succeeds', () => {
    mkdirSync(buildsDir, { recursive: true });
    const target = join(mkdtempSync(join(buildsDir, 'atomic-')), 'dist');
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'the last good site');
    const content = join(mkdtempSync(join(tmpdir(), 'talks-atomic-')), 'content');
    cpSync(join(fixturesDir, 'small-site'), content, { recursive: true });
    const broken = join(content, 'articles', 'no-title.md');
    writeFileSync(broken, '---\noutlet: Example Wire\n---\n\nText.\n');
    const stagingBefore = stagingFolders();

    const failed = npmRunBuild(content, target);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('no-title.md');
    expect(failed.output).toContain(`${target} is unchanged`);
    expect(readdirSync(target)).toEqual(['index.html']);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('the last good site');
    expect(stagingFolders()).toEqual(stagingBefore);

    // Fixed by saving a second copy of an article: the same text under two names is two articles.
    cpSync(join(fixturesDir, 'small-site', 'articles', 'talks-resume.md'), broken);
    const succeeded = npmRunBuild(content, target);
    expect(succeeded.status, succeeded.output).toBe(0);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toContain('Content-Security-Policy');
    expect(existsSync(join(target, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const slug of ['no-title', 'talks-resume'])
      expect(readFileSync(join(target, 'articles', slug, 'index.html'), 'utf8')).toContain('Talks resume');
    expect(readdirSync(join(target, '..'))).toEqual(['dist']);
    expect(stagingFolders()).toEqual(stagingBefore);
  });
});
