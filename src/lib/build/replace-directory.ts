import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls replaceDirectory makes, so a test can stand in another disk. */
export interface DirectoryMoves {
  rename: (from: string, to: string) => void;
}

const nodeMoves: DirectoryMoves = { rename: renameSync };

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * The file every site `npm run build` puts in place carries, so that a later
 * build knows the folder it replaces is a site it built and nothing else.
 */
export const BUILD_MARKER = '.talks-tracker-build';

/** Marks a finished build as one that a later build may replace. */
export function markAsBuild(folder: string): void {
  writeFileSync(
    join(folder, BUILD_MARKER),
    'Built by Talks Tracker (npm run build). The next build replaces this folder whole.\n',
  );
}

/**
 * Whether `folder` may be replaced by a build: it is absent or empty, or it is
 * a site a build put there (it carries the marker; a site built before there
 * was a marker is known by its Pagefind entry, which nothing else writes).
 */
export function isReplaceable(folder: string): boolean {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    // Absent, or renamed away by another build since it was looked up: nothing of anyone's is there.
    if (code(error) === 'ENOENT') return true;
    throw error;
  }
  return (
    names.length === 0 ||
    names.includes(BUILD_MARKER) ||
    existsSync(join(folder, 'pagefind', 'pagefind-entry.json'))
  );
}

/**
 * How many times the folder at a path is looked at before it is refused: a build that finishes at the same
 * moment may rename the site there aside and be removing it while this one reads it (it then lacks its
 * marker); looked up again, the path holds that build's whole site. A folder no build made fails every look.
 */
const LOOKS = 3;

/** Why `target` may not be replaced, in one line, or undefined when it may. */
export function refusalToReplace(target: string): string | undefined {
  return Array.from({ length: LOOKS }).some(() => isReplaceable(target))
    ? undefined
    : `${target} exists and is not a site this project built (it has no ${BUILD_MARKER}); ` +
        'a build replaces its output folder whole, so give TALKS_OUT_DIR an empty or new folder.';
}

/** The codes rename gives when the place is already taken by a folder with files in it. */
const TAKEN = new Set(['ENOTEMPTY', 'EEXIST']);

/** How many times a build takes the place back from builds that finish in between. */
const ATTEMPTS = 50;

/**
 * Puts a finished build where the old one was, by renames only, so the old
 * one is never half-replaced and `target` is never removed: the old site is
 * renamed aside (next to itself, under a name of this call's own), the new one
 * renamed into its place, and only the folders renamed aside are removed.
 *
 * Builds that finish at the same time may each rename the other's site aside;
 * a rename into a place another build has just filled fails (`ENOTEMPTY`), and
 * this one renames that site aside too and tries again. Whichever renames in
 * last wins; both sites are whole, and one of them is always left in place.
 *
 * A `target` that is not a previous build is refused before anything moves,
 * and again after it is renamed aside (it is renamed back), so a folder that
 * appeared in between is never removed either. `finished` on another file
 * system (`EXDEV`) is first copied next to `target`, then renamed.
 */
export function replaceDirectory(finished: string, target: string, moves: DirectoryMoves = nodeMoves): void {
  const refusal = refusalToReplace(target);
  if (refusal !== undefined) throw new Error(refusal);
  mkdirSync(dirname(target), { recursive: true });
  // Every name this call uses is its own: a folder mkdtemp made, next to `target`.
  const own = mkdtempSync(join(dirname(target), `.${basename(target)}-replacing-`));
  try {
    const incoming = join(own, 'incoming');
    moveDirectory(finished, incoming, moves);
    for (let attempt = 0; ; attempt += 1) {
      const aside = join(own, `replaced-${String(attempt)}`);
      renameAsideIfPresent(target, aside, moves);
      try {
        moves.rename(incoming, target);
        return;
      } catch (error) {
        if (!TAKEN.has(code(error) ?? '') || attempt + 1 >= ATTEMPTS) {
          putBack(aside, target, moves);
          throw error;
        }
      }
    }
  } finally {
    // Only this call's own folder: the sites it renamed aside, and the new one if it is still here.
    rmSync(own, { recursive: true, force: true });
  }
}

/**
 * Renames `target` to `aside` when it is there. A folder that turns out not
 * to be a previous build (it appeared after the first check) is put back, and
 * the build refused.
 */
function renameAsideIfPresent(target: string, aside: string, moves: DirectoryMoves): void {
  try {
    moves.rename(target, aside);
  } catch (error) {
    if (code(error) === 'ENOENT') return;
    throw error;
  }
  const refusal = refusalToReplace(aside);
  if (refusal === undefined) return;
  putBack(aside, target, moves);
  throw new Error(refusal.replace(aside, target));
}

/**
 * Renames `aside` back to `target`. When another build's site is there now,
 * a previous build in `aside` is not needed (it is removed with the call's
 * folder); anything else is renamed next to `target`, never removed.
 */
function putBack(aside: string, target: string, moves: DirectoryMoves): void {
  if (!existsSync(aside)) return;
  try {
    moves.rename(aside, target);
  } catch (error) {
    if (isReplaceable(aside)) {
      if (TAKEN.has(code(error) ?? '')) return;
      throw error;
    }
    const kept = mkdtempSync(`${target}-kept-`);
    moves.rename(aside, join(kept, basename(target)));
    throw new Error(`${target} could not be put back (${(error as Error).message}); it is in ${kept}`);
  }
}

/**
 * Moves a folder, by renaming it where it can and by copying then removing
 * where the two places are on different file systems (`EXDEV`, a temporary
 * folder on another disk, say), where a rename cannot work.
 */
export function moveDirectory(from: string, to: string, moves: DirectoryMoves = nodeMoves): void {
  try {
    moves.rename(from, to);
  } catch (error) {
    if (code(error) !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
    rmSync(from, { recursive: true, force: true });
  }
}
