import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDirectory, type DirectoryMoves } from '../../src/lib/build/replace-directory';

function folderWith(parent: string, name: string, text: string): string {
  const folder = join(parent, name);
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'sub', 'page.html'), text);
  return folder;
}

/** Renames within a folder, as on one disk; refuses, as the OS does across disks, to rename out of `fromDisk`. */
function twoDisks(fromDisk: string): DirectoryMoves {
  return {
    rename: (from, to) => {
      if (from.startsWith(fromDisk) !== to.startsWith(fromDisk))
        throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}'`), {
          code: 'EXDEV',
        });
      renameSync(from, to);
    },
  };
}

describe('replaceDirectory', () => {
  it('puts the new folder in place of the old one and leaves nothing else behind', () => {
    const parent = mkdtempSync(join(tmpdir(), 'replace-'));
    const target = folderWith(parent, 'dist', 'old');
    const finished = folderWith(parent, 'staging', 'new');
    replaceDirectory(finished, target);
    expect(readFileSync(join(target, 'sub', 'page.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('copies across file systems, where a rename fails with EXDEV', () => {
    const buildDisk = mkdtempSync(join(tmpdir(), 'build-disk-'));
    const siteDisk = mkdtempSync(join(tmpdir(), 'site-disk-'));
    const target = folderWith(siteDisk, 'dist', 'old');
    const finished = folderWith(buildDisk, 'staging', 'new');
    replaceDirectory(finished, target, twoDisks(buildDisk));
    expect(readFileSync(join(target, 'sub', 'page.html'), 'utf8')).toBe('new');
    expect(existsSync(finished)).toBe(false);
    expect(readdirSync(siteDisk)).toEqual(['dist']);
  });

  it('puts the old folder back when the new one cannot be moved in', () => {
    const parent = mkdtempSync(join(tmpdir(), 'replace-'));
    const target = folderWith(parent, 'dist', 'old');
    const failing: DirectoryMoves = {
      rename: (from, to) => {
        if (from.includes('staging')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        renameSync(from, to);
      },
    };
    expect(() => {
      replaceDirectory(join(parent, 'staging'), target, failing);
    }).toThrow('EACCES');
    expect(readFileSync(join(target, 'sub', 'page.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
