import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/files/link-tree';

/** A bundle's folder as Pagefind writes it: files at the top and in subfolders. */
function bundle(): string {
  const from = mkdtempSync(join(tmpdir(), 'link-from-'));
  mkdirSync(join(from, 'fragment'));
  writeFileSync(join(from, 'pagefind-entry.json'), '{"version":"1"}');
  writeFileSync(join(from, 'pagefind.js'), 'export {}');
  writeFileSync(join(from, 'fragment', 'en_1.pf_fragment'), 'fragment');
  return from;
}

describe('linkTree', () => {
  it('puts every file at its path, sharing the original’s bytes', () => {
    const from = bundle();
    const to = join(mkdtempSync(join(tmpdir(), 'link-to-')), 'pagefind');
    expect(linkTree(from, to)).toBe(3);
    expect(readdirSync(to, { recursive: true }).sort()).toEqual([
      'fragment',
      join('fragment', 'en_1.pf_fragment'),
      'pagefind-entry.json',
      'pagefind.js',
    ]);
    expect(readFileSync(join(to, 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('fragment');
    expect(statSync(join(to, 'pagefind.js')).ino).toBe(statSync(join(from, 'pagefind.js')).ino);
    // The original goes (a bundle replaced in the cache); the linked file stays whole.
    rmSync(from, { recursive: true });
    expect(readFileSync(join(to, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
  });

  it('keeps only the paths chosen, and replaces a file already there', () => {
    const from = bundle();
    const to = mkdtempSync(join(tmpdir(), 'link-to-'));
    writeFileSync(join(to, 'pagefind-entry.json'), 'an older index');
    linkTree(from, to, (path) => path !== 'pagefind.js');
    expect(readdirSync(to, { recursive: true }).sort()).toEqual([
      'fragment',
      join('fragment', 'en_1.pf_fragment'),
      'pagefind-entry.json',
    ]);
    expect(readFileSync(join(to, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
  });
});
