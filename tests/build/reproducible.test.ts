import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';
import { projectRoot } from '../helpers/paths';

/**
 * Files allowed to differ between two builds of the same commit because they
 * carry a build time. None does today: the feed, the sitemap and the
 * calendar take their dates from the content, and Pagefind's index is
 * deterministic. A file added here needs a reason beside it.
 */
const TIMESTAMPED_FILES: readonly RegExp[] = [];

function fingerprints(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
      })
      .filter(([path]) => !TIMESTAMPED_FILES.some((pattern) => pattern.test(path))),
  );
}

describe('a build of the same commit', { timeout: 180_000 }, () => {
  it('produces a byte-identical dist/, the search index included', () => {
    const first = runAstro('build', join(projectRoot, 'content'));
    const second = runAstro('build', join(projectRoot, 'content'));
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = fingerprints(first.outDir);
    const b = fingerprints(second.outDir);
    expect([...a.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, digest]) => b.get(path) !== digest).map(([path]) => path)).toEqual([]);
  });
});
