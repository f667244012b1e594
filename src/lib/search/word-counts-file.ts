import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../files/write-atomically';
import type { ArticleWordCounts } from './vocabulary';

/**
 * Each article's word counts (`articleWordCounts`) kept in one file between
 * builds, under the digest the article was compiled under (its text, its
 * corrections, the knowledge and the compiler's code), so a build counts the
 * words of the articles that changed, not of the whole archive. `save`
 * writes back the counts this build used, and only when one is new or one is
 * no longer needed: the file grows with the archive, not with its history.
 * A file that cannot be read is a cache missed, never a build stopped.
 */
export function wordCountsFile(path: string): {
  /** The article's counts under `digest`: kept, or counted now by `count`. */
  countsOf(digest: string, count: () => ArticleWordCounts): ArticleWordCounts;
  save(): void;
} {
  let earlier = new Map<string, ArticleWordCounts>();
  try {
    if (existsSync(path))
      earlier = new Map(
        Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, ArticleWordCounts>),
      );
  } catch {
    earlier.clear();
  }
  const used = new Map<string, ArticleWordCounts>();
  let counted = false;
  return {
    countsOf: (digest, count) => {
      let counts = used.get(digest) ?? earlier.get(digest);
      if (counts === undefined) {
        counts = count();
        counted = true;
      }
      used.set(digest, counts);
      return counts;
    },
    save: () => {
      if (!counted && used.size === earlier.size) return;
      writeFileAtomically(path, JSON.stringify(Object.fromEntries(used)));
    },
  };
}
