import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The start of the name of the folder a build stages its site in: it carries
 * the build's process id, so a later build can tell a folder whose build was
 * killed (`kill -9`, a closed terminal) from one still being written.
 */
export function stagingPrefix(pid: number): string {
  return `site-${String(pid)}-`;
}

/** Whether a process with this id is running (one of another user counts as running). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging folders in `stagingRoot` that builds no longer running
 * left behind, and returns their names. Folders named in the older way
 * (`site-` and a random part, no process id) and those of running builds stay.
 */
export function removeAbandonedStaging(
  stagingRoot: string,
  running: (pid: number) => boolean = isRunning,
): string[] {
  const abandoned = readdirSync(stagingRoot).filter((name) => {
    const pid = /^site-(\d+)-/u.exec(name)?.[1];
    return pid !== undefined && !running(Number(pid));
  });
  for (const name of abandoned) rmSync(join(stagingRoot, name), { recursive: true, force: true });
  return abandoned;
}
