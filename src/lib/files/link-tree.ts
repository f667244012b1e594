import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Puts the files of the folder `from` at the same paths under `to`, each a
 * hard link to its original (a copy where the file system has none), and
 * returns how many. A file already at a path is replaced. `keep` chooses by
 * the path under `from` (`a/b.json`); a folder is made only for a file kept.
 *
 * A link costs a directory entry where a copy writes every byte: what
 * `cpSync` took seconds for, at thousands of files, takes a fraction of that.
 * Only for files that are replaced whole, never written in place, since the
 * two paths share their bytes.
 */
export function linkTree(from: string, to: string, keep: (path: string) => boolean = () => true): number {
  let linked = 0;
  const made = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const path = relative(from, source);
    if (!keep(path)) continue;
    const folder = join(to, relative(from, entry.parentPath));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const target = join(to, path);
    rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
    linked++;
  }
  return linked;
}
