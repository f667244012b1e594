import { existsSync, readFileSync } from 'node:fs';
import type { ArticleVersionPair, VersionCheckCache } from '../compile/duplicates';
import { writeFileAtomically } from '../files/write-atomically';

/**
 * The file: the pairs found to be versions of one story with what the check
 * measured, and the far more numerous pairs found not to be, by key alone.
 */
interface VersionChecks {
  versions: Record<string, ArticleVersionPair>;
  different: string[];
}

/**
 * The duplicate check's results kept in one file between builds
 * (`VersionCheckCache`), under the digests of each pair's two articles.
 * `save` writes back the results this build used, and only when it compared
 * a pair anew or no longer needs one: a result of a changed or deleted
 * article is not kept, so the file grows with the archive, not with its history.
 * A file that cannot be read is a cache missed, never a build stopped.
 */
export function versionChecksFile(
  path: string,
  digests: ReadonlyMap<string, string>,
): VersionCheckCache & { save(): void } {
  const earlier = new Map<string, ArticleVersionPair | null>();
  try {
    if (existsSync(path)) {
      const read = JSON.parse(readFileSync(path, 'utf8')) as VersionChecks;
      for (const key of read.different) earlier.set(key, null);
      for (const [key, pair] of Object.entries(read.versions)) earlier.set(key, pair);
    }
  } catch {
    earlier.clear();
  }
  const used = new Map<string, ArticleVersionPair | null>();
  let compared = false;
  return {
    digestOf: (slug) => digests.get(slug),
    get: (key) => earlier.get(key),
    set: (key, result) => {
      if (!earlier.has(key)) compared = true;
      used.set(key, result);
    },
    save: () => {
      if (!compared && used.size === earlier.size) return;
      // In the order the check met them (its candidates, sorted), so the same archive writes the same file.
      const checks: VersionChecks = { versions: {}, different: [] };
      for (const [key, result] of used)
        if (result === null) checks.different.push(key);
        else checks.versions[key] = result;
      writeFileAtomically(path, JSON.stringify(checks));
    },
  };
}
