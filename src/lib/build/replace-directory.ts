import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file-system calls replaceDirectory makes, so a test can stand in another disk. */
export interface DirectoryMoves {
  rename: (from: string, to: string) => void;
}

const nodeMoves: DirectoryMoves = { rename: renameSync };

/**
 * Moves a folder, by renaming it where it can and by copying then removing
 * where the two places are on different file systems (`EXDEV`, a temporary
 * folder on another disk, say), where a rename cannot work.
 */
export function moveDirectory(from: string, to: string, moves: DirectoryMoves = nodeMoves): void {
  try {
    moves.rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, preserveTimestamps: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * Puts a finished build where the old one was, so the old one is never
 * half-replaced: `target` is first moved aside (next to itself, on its own
 * file system), then `finished` takes its place, and only then is the old one
 * removed. If moving the new one in fails, the old one is put back.
 */
export function replaceDirectory(finished: string, target: string, moves: DirectoryMoves = nodeMoves): void {
  const aside = join(dirname(target), `.${Date.now().toString(36)}-replaced-${process.pid}`);
  const hadTarget = existsSync(target);
  if (hadTarget) moves.rename(target, aside);
  try {
    moveDirectory(finished, target, moves);
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    if (hadTarget) moves.rename(aside, target);
    throw error;
  }
  if (hadTarget) rmSync(aside, { recursive: true, force: true });
}
