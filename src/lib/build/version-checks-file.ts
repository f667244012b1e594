import { existsSync, readFileSync } from 'node:fs';
import type { ArticleVersionPair, VersionCheckCache } from '../compile/duplicates';
import { writeFileAtomically } from '../files/write-atomically';

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
  let earlier: Record<string, ArticleVersionPair | null> = {};
  try {
    if (existsSync(path)) earlier = JSON.parse(readFileSync(path, 'utf8')) as typeof earlier;
  } catch {
    earlier = {};
  }
  const used = new Map<string, ArticleVersionPair | null>();
  let compared = false;
  return {
    digestOf: (slug) => digests.get(slug),
    get: (key) => (Object.hasOwn(earlier, key) ? earlier[key] : undefined),
    set: (key, result) => {
      if (!Object.hasOwn(earlier, key)) compared = true;
      used.set(key, result);
    },
    save: () => {
      if (!compared && used.size === Object.keys(earlier).length) return;
      writeFileAtomically(
        path,
        JSON.stringify(Object.fromEntries([...used].sort(([a], [b]) => a.localeCompare(b)))),
      );
    },
  };
}
