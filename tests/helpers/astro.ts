import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths';

const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
/** Where this test run's builds write their sites: a folder of the run's own (tests/global-setup.ts). */
export const buildsDir = process.env['TALKS_TEST_BUILDS'] ?? join(projectRoot, '.builds');

/**
 * Runs an Astro command over a fixture content folder, with a cache and an
 * output folder of its own, so the real site's build is untouched.
 */
export function runAstro(
  command: 'sync' | 'build',
  contentDir: string,
  /** A cache folder to share between builds (an incremental build); a new one by default. */
  cacheDir: string = mkdtempSync(join(tmpdir(), 'talks-cache-')),
  /** More of the build's environment (a setting a test changes). */
  env: NodeJS.ProcessEnv = {},
  /** The output folder: an earlier build's, to build into it again; a new one by default. */
  outDir?: string,
): { status: number | null; output: string; outDir: string } {
  // Inside the project: Astro stages prerendered pages in `<outDir>/.prerender/` only when the
  // output folder is under the working folder, and otherwise in the project's `.astro/`, which
  // builds running side by side (test workers) would then overwrite for each other.
  mkdirSync(buildsDir, { recursive: true });
  outDir ??= mkdtempSync(join(buildsDir, 'dist-'));
  const result = spawnSync(process.execPath, [astroBin, command], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...siteBuildEnvironment({ contentDir, cacheDir, outDir }), ...env },
  });
  // Astro colours its messages; strip that so the assertions read the words.
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
  return { status: result.status, output, outDir };
}

/**
 * The environment a build gets: this process's, without what Vitest sets for its own tests
 * (`NODE_ENV=test` and the like), which would make Astro build the site in test mode.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const testOnly = /^(?:VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/u;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !testOnly.test(name)));
}

/** The environment for building `contentDir` into `outDir` with the cache in `cacheDir`. */
export function siteBuildEnvironment(folders: {
  contentDir: string;
  cacheDir: string;
  outDir: string;
}): NodeJS.ProcessEnv {
  return {
    ...buildEnvironment(),
    ASTRO_TELEMETRY_DISABLED: '1',
    TALKS_CONTENT_DIR: folders.contentDir,
    TALKS_CACHE_DIR: folders.cacheDir,
    TALKS_OUT_DIR: folders.outDir,
  };
}
