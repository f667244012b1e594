/**
 * `npm run build`: builds the site into a folder of its own and puts it in
 * place of `dist/` only when the whole build succeeded, search index
 * included. A build that stops (bad input, a failed check) leaves the last
 * good site as it was, never a half-built one that is easy to deploy by mistake.
 *
 * `TALKS_OUT_DIR` names another target than `dist/`; other arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceDirectory } from '../src/lib/build/replace-directory';
import { contentRoot } from '../src/lib/content-root';
import { recordBuild } from '../src/lib/review/last-build';
import { LAST_BUILD_RECORD } from '../src/lib/review/last-build-record';

const root = fileURLToPath(new URL('../', import.meta.url));
const target = resolve(root, process.env['TALKS_OUT_DIR'] ?? 'dist');
// Inside the project, so Astro stages prerendered pages in the build's own folder (see tests/helpers/astro.ts).
const stagingRoot = join(root, '.builds');
mkdirSync(stagingRoot, { recursive: true });
const staging = mkdtempSync(join(stagingRoot, 'site-'));

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TALKS_OUT_DIR: staging } },
);
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`The build stopped; ${target} is unchanged.`);
  process.exit(build.status ?? 1);
}
replaceDirectory(staging, target);
// What this site was built from: `npm run review` with no slug reviews what changed since.
recordBuild(resolve(root, contentRoot), LAST_BUILD_RECORD);
console.log(`The site is in ${target}.`);
