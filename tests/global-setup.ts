import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './helpers/paths';

/**
 * Gives this test run a folder of its own under `.builds/` for the sites its
 * tests build, and removes it when the run ends. Its own, so two runs at once
 * (or a build beside a run) never remove each other's files.
 */
export default function setup(): () => void {
  const buildsRoot = join(projectRoot, '.builds');
  mkdirSync(buildsRoot, { recursive: true });
  const runDir = mkdtempSync(join(buildsRoot, 'test-run-'));
  // Test workers start after this, with this environment.
  process.env['TALKS_TEST_BUILDS'] = runDir;
  return () => {
    rmSync(runDir, { recursive: true, force: true });
  };
}
