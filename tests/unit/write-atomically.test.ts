import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAbandonedStaging, stagingPrefix } from '../../src/lib/build/staging';
import { writeFileAtomically, writeFileAtomicallyInBackground } from '../../src/lib/files/write-atomically';

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(folder, 'article.md');
    writeFileSync(file, 'old');
    writeFileAtomically(file, 'new text');
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(readdirSync(folder)).toEqual(['article.md']);
  });

  it('with exclusive, refuses a file that exists (EEXIST) and keeps it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(folder, 'article.md');
    writeFileSync(file, 'old');
    expect(() => {
      writeFileAtomically(file, 'new', { exclusive: true });
    }).toThrow(/EEXIST/u);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['article.md']);
    writeFileAtomically(join(folder, 'other.md'), 'first', { exclusive: true });
    expect(readFileSync(join(folder, 'other.md'), 'utf8')).toBe('first');
  });
});

describe('writeFileAtomicallyInBackground', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atomic-'));
    const file = join(folder, 'facts.json');
    writeFileSync(file, 'old');
    await writeFileAtomicallyInBackground(file, '{"slug":"new"}');
    expect(readFileSync(file, 'utf8')).toBe('{"slug":"new"}');
    expect(readdirSync(folder)).toEqual(['facts.json']);
  });

  it('rejects when the file cannot be written, leaving the folder as it was', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atomic-'));
    mkdirSync(join(folder, 'facts.json'));
    await expect(writeFileAtomicallyInBackground(join(folder, 'facts.json'), 'new')).rejects.toThrow(
      /EISDIR/u,
    );
    expect(readdirSync(folder)).toEqual(['facts.json']);
  });
});

describe('removeAbandonedStaging', () => {
  it('removes the staging folders of builds no longer running, and only those', () => {
    const root = mkdtempSync(join(tmpdir(), 'staging-'));
    for (const name of [`${stagingPrefix(101)}a`, `${stagingPrefix(202)}b`, 'site-Xy12ab', 'test-run-1'])
      mkdirSync(join(root, name));
    const removed = removeAbandonedStaging(root, (pid) => pid === 202);
    expect(removed).toEqual(['site-101-a']);
    expect(readdirSync(root).sort()).toEqual(['site-202-b', 'site-Xy12ab', 'test-run-1']);
  });

  it('takes this process as running and a process id no process has as not', () => {
    const root = mkdtempSync(join(tmpdir(), 'staging-'));
    mkdirSync(join(root, `${stagingPrefix(process.pid)}a`));
    // Above Linux's largest process id (2^22).
    mkdirSync(join(root, `${stagingPrefix(4_194_305)}b`));
    expect(removeAbandonedStaging(root)).toEqual(['site-4194305-b']);
  });
});
