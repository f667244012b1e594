import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';
import { fingerprints } from '../helpers/fingerprints';
import { projectRoot } from '../helpers/paths';

/**
 * Files allowed to differ between two builds of the same commit because they
 * carry a build time. None does today: the feed, the sitemap and the
 * calendar take their dates from the content, and Pagefind's index is
 * deterministic. A file added here needs a reason beside it.
 */
const TIMESTAMPED_FILES: readonly RegExp[] = [];

describe('a build of the same commit', { timeout: 180_000 }, () => {
  it('produces a byte-identical dist/, the search index included', () => {
    const first = runAstro('build', join(projectRoot, 'content'));
    const second = runAstro('build', join(projectRoot, 'content'));
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const stamped = ([path]: [string, string]) => !TIMESTAMPED_FILES.some((pattern) => pattern.test(path));
    const a = new Map([...fingerprints(first.outDir)].filter(stamped));
    const b = new Map([...fingerprints(second.outDir)].filter(stamped));
    expect([...a.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, digest]) => b.get(path) !== digest).map(([path]) => path)).toEqual([]);
  });
});
