/**
 * `npm run build` replaces the site only when the whole build succeeded: a
 * build that stops leaves the last good site as it was, with nothing
 * half-built beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
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
import { BUILD_MARKER, markAsBuild } from '../../src/lib/build/replace-directory';
import { buildsDir, siteBuildEnvironment } from '../helpers/astro';
import { fingerprints } from '../helpers/fingerprints';
import { fixturesDir, projectRoot } from '../helpers/paths';

const buildScript = [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'];

function npmRunBuild(contentDir: string, target: string) {
  const result = spawnSync(process.execPath, buildScript, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: siteBuildEnvironment({
      contentDir,
      cacheDir: mkdtempSync(join(tmpdir(), 'talks-cache-')),
      outDir: target,
    }),
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `npm run build` in a process of its own; resolves to its exit code and output. */
function npmRunBuildAsync(contentDir: string, target: string, cacheDir: string) {
  const child = spawn(process.execPath, buildScript, {
    cwd: projectRoot,
    env: siteBuildEnvironment({ contentDir, cacheDir, outDir: target }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ status: number | null; output: string }>((done) =>
    child.on('close', (status) => {
      done({ status, output });
    }),
  );
}

function smallSite(): string {
  const content = join(mkdtempSync(join(tmpdir(), 'talks-atomic-')), 'content');
  cpSync(join(fixturesDir, 'small-site'), content, { recursive: true });
  return content;
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
    markAsBuild(target);
    const content = smallSite();
    const broken = join(content, 'articles', 'no-title.md');
    writeFileSync(broken, '---\noutlet: Example Wire\n---\n\nText.\n');
    const stagingBefore = stagingFolders();

    const failed = npmRunBuild(content, target);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('no-title.md');
    expect(failed.output).toContain(`${target} is unchanged`);
    expect(readdirSync(target).sort()).toEqual([BUILD_MARKER, 'index.html']);
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

  it('refuses an output folder that holds anything but a previous build, before building', () => {
    const content = smallSite();
    const before = fingerprints(content);
    const result = npmRunBuild(content, content);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `The build did not start: ${content} exists and is not a site this project built`,
    );
    expect(fingerprints(content)).toEqual(before);
  });

  it(
    'leaves a whole site in dist/ after each of three pairs of builds run at once',
    { timeout: 600_000 },
    async () => {
      mkdirSync(buildsDir, { recursive: true });
      const target = join(mkdtempSync(join(buildsDir, 'pairs-')), 'dist');
      const content = smallSite();
      // A cache each, kept from pair to pair: the later pairs build faster, so they finish closer together.
      const caches = [
        mkdtempSync(join(tmpdir(), 'talks-cache-')),
        mkdtempSync(join(tmpdir(), 'talks-cache-')),
      ];
      const stagingBefore = stagingFolders();
      let complete: Map<string, string> | undefined;
      for (let pair = 0; pair < 3; pair += 1) {
        const results = await Promise.all(caches.map((cache) => npmRunBuildAsync(content, target, cache)));
        for (const result of results) expect(result.status, result.output).toBe(0);
        const site = fingerprints(target);
        expect(site.has(BUILD_MARKER)).toBe(true);
        expect(site.has('pagefind/pagefind-entry.json')).toBe(true);
        expect(site.has('articles/talks-resume/index.html')).toBe(true);
        complete ??= site;
        // Both builds of a pair make the same site, and every pair leaves it whole.
        expect(site).toEqual(complete);
        expect(readdirSync(join(target, '..'))).toEqual(['dist']);
        expect(stagingFolders()).toEqual(stagingBefore);
      }
    },
  );
});
