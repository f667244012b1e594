import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILD_MARKER,
  markAsBuild,
  replaceDirectory,
  type DirectoryMoves,
} from '../../src/lib/build/replace-directory';
import { projectRoot } from '../helpers/paths';

function folderWith(parent: string, name: string, text: string): string {
  const folder = join(parent, name);
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'sub', 'page.html'), text);
  markAsBuild(folder);
  return folder;
}

/** A site of `pages` files that all say `text`, as a build leaves it. */
function siteWith(parent: string, name: string, text: string, pages: number): string {
  const folder = folderWith(parent, name, text);
  for (let page = 0; page < pages; page += 1) writeFileSync(join(folder, `${String(page)}.html`), text);
  return folder;
}

/** Runs tests/helpers/swap-child.ts, and resolves to its lines when it exits. */
function swapChild(name: string, start: number, step: number, trials: string[]): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/tsx/dist/cli.mjs'),
      'tests/helpers/swap-child.ts',
      name,
      String(start),
      String(step),
      ...trials,
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) =>
    child.on('close', () => {
      done(output.trim().split('\n'));
    }),
  );
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

describe('replaceDirectory, two builds at once', () => {
  it(
    'leaves one whole site in place after every pair, in 60 pairs swapping at the same moment',
    { timeout: 60_000 },
    async () => {
      const pages = 40;
      const trials = Array.from({ length: 60 }, () => {
        const trial = mkdtempSync(join(tmpdir(), 'swap-pair-'));
        siteWith(trial, 'dist', 'old', pages);
        siteWith(trial, 'staging-a', 'a', pages);
        siteWith(trial, 'staging-b', 'b', pages);
        return trial;
      });
      // Time for both processes to start and load the code before the first trial.
      const start = Date.now() + 4_000;
      const [a, b] = await Promise.all([
        swapChild('a', start, 40, trials),
        swapChild('b', start, 40, trials),
      ]);
      expect(a).toEqual(trials.map(() => 'ok'));
      expect(b).toEqual(trials.map(() => 'ok'));
      for (const trial of trials) {
        expect(readdirSync(trial), trial).toEqual(['dist']);
        const dist = join(trial, 'dist');
        const texts = new Set(
          readdirSync(dist, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
            .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')),
        );
        expect(readdirSync(dist).length, trial).toBe(pages + 2);
        expect(existsSync(join(dist, BUILD_MARKER))).toBe(true);
        expect(texts.size, trial).toBe(1);
        expect(['a', 'b']).toContain([...texts][0]);
      }
    },
  );
});

describe('replaceDirectory, a target that is not a build', () => {
  it('refuses a folder with files and no marker, and moves nothing', () => {
    const parent = mkdtempSync(join(tmpdir(), 'replace-'));
    const content = join(parent, 'content');
    mkdirSync(join(content, 'articles'), { recursive: true });
    writeFileSync(join(content, 'people.yaml'), '- id: someone\n');
    const finished = folderWith(parent, 'staging', 'new');
    expect(() => {
      replaceDirectory(finished, content);
    }).toThrow(`${content} exists and is not a site this project built (it has no ${BUILD_MARKER})`);
    expect(readFileSync(join(content, 'people.yaml'), 'utf8')).toBe('- id: someone\n');
    expect(readdirSync(parent).sort()).toEqual(['content', 'staging']);
  });

  it('takes an empty folder, and a site built before builds were marked', () => {
    const parent = mkdtempSync(join(tmpdir(), 'replace-'));
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    replaceDirectory(folderWith(parent, 'staging', 'new'), empty);
    expect(readFileSync(join(empty, 'sub', 'page.html'), 'utf8')).toBe('new');
    const legacy = join(parent, 'legacy');
    mkdirSync(join(legacy, 'pagefind'), { recursive: true });
    writeFileSync(join(legacy, 'pagefind', 'pagefind-entry.json'), '{}');
    replaceDirectory(folderWith(parent, 'staging', 'newer'), legacy);
    expect(readFileSync(join(legacy, 'sub', 'page.html'), 'utf8')).toBe('newer');
    expect(readdirSync(parent).sort()).toEqual(['empty', 'legacy']);
  });

  it('puts back a folder that became something else between the check and the swap', () => {
    const parent = mkdtempSync(join(tmpdir(), 'replace-'));
    const target = folderWith(parent, 'dist', 'old');
    // Another program empties the site and saves its own file there just as the swap starts.
    const swapping: DirectoryMoves = {
      rename: (from, to) => {
        if (from === target) {
          rmSync(join(target, BUILD_MARKER));
          rmSync(join(target, 'sub'), { recursive: true });
          writeFileSync(join(target, 'notes.txt'), 'mine');
        }
        renameSync(from, to);
      },
    };
    expect(() => {
      replaceDirectory(folderWith(parent, 'staging', 'new'), target, swapping);
    }).toThrow(`${target} exists and is not a site this project built`);
    expect(readdirSync(target)).toEqual(['notes.txt']);
    expect(readdirSync(parent).sort()).toEqual(['dist']);
  });
});
