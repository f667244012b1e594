/**
 * A child process for tests/unit/replace-directory.test.ts: for each trial
 * folder given, waits until the trial's start time, then puts its build in
 * place of the trial's `dist` as `npm run build` does, so two of these
 * processes swap at the same moment. Prints one line a trial: ok, or the error.
 */
import { join } from 'node:path';
import { replaceDirectory } from '../../src/lib/build/replace-directory';

const [name, startText, stepText, ...trials] = process.argv.slice(2);
const start = Number(startText);
const step = Number(stepText);
for (const [index, trial] of trials.entries()) {
  const at = start + index * step;
  while (Date.now() < at) {
    // Both processes leave this loop at the same millisecond.
  }
  try {
    replaceDirectory(join(trial, `staging-${name ?? ''}`), join(trial, 'dist'));
    process.stdout.write('ok\n');
  } catch (error) {
    process.stdout.write(`${(error as Error).message.replace(/\n/gu, ' ')}\n`);
  }
}
