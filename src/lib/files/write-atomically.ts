import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file whole or not at all: the text goes to a temporary file in the
 * same folder, flushed to disk, which then takes the file's name in one
 * rename. A full disk, a file-size limit or a killed process leaves the old
 * file as it was (and no temporary file), never a truncated one.
 *
 * With `exclusive`, a file that already exists is not replaced (`EEXIST`),
 * checked in the same step that gives the file its name (a hard link).
 */
export function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: { exclusive?: boolean } = {},
): void {
  const temporary = temporaryBeside(path);
  try {
    const descriptor = openSync(temporary, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.length;) written += writeSync(descriptor, bytes, written);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (options.exclusive === true) linkSync(temporary, path);
    else renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * `writeFileAtomically` off the calling thread: the writing, the flush to
 * disk and the rename run in Node's thread pool, so a thread that writes many
 * small files (the article loader's workers, two per article) goes on
 * computing while each is flushed rather than waiting on the disk.
 */
export async function writeFileAtomicallyInBackground(path: string, data: string): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** A temporary file's name in the same folder as `path`, so that a rename gives it `path`. */
function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}
