import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content';
import { contentDir, projectRoot, rawArticlesDir, tsxCli } from './helpers';

let workDir: string;
let content: string;

/** Every article file in the temporary content folder, with its text. */
function articleFiles(): Record<string, string> {
  const dir = join(content, 'articles');
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/**
 * Runs `npm run ingest` as the editor would: npm starts it in the project
 * root, with the folder the editor typed the command in as `INIT_CWD`.
 */
function ingestFrom(editorFolder: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [tsxCli, 'scripts/ingest.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, INIT_CWD: editorFolder },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `npm run ingest` from the project root, on the temporary content folder. */
function ingest(...args: string[]) {
  return ingestFrom(projectRoot, ...args, '--content', content);
}

/** C0 and C1 control characters but tab and line feed: what a terminal may act on rather than show. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ingest-command-'));
  content = join(workDir, 'content');
  cpSync(contentDir, content, { recursive: true });
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('exits 1 with one line on stderr and writes nothing for a binary file', () => {
    const before = articleFiles();
    const binary = join(workDir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const run = ingest(binary, '--outlet', 'CNN', '--published', '2022-03-11');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'ingest: photo.jpg is a binary file (it has NUL bytes), not an article saved as text or HTML.\n',
    );
    expect(run.stdout).toBe('');
    expect(articleFiles()).toEqual(before);
  }, 60_000);

  it('keeps the old article whole when --force cannot write the new one (a file-size limit: EFBIG)', () => {
    const before = articleFiles();
    const taken = '2022-03-11-cnn-no-diplomatic-off-ramp-in-sight';
    const copy = join(rawArticlesDir, '000_a9d33d60063cff3e.txt');
    // The shell's file-size limit (in KB) is below the new article's size; Node gets EFBIG from the write.
    const limited = spawnSync(
      'bash',
      [
        '-c',
        'ulimit -f 4 && exec "$0" "$@"',
        process.execPath,
        tsxCli,
        'scripts/ingest.ts',
        copy,
        '--outlet',
        'CNN',
        '--published',
        '2022-03-20',
        '--slug',
        taken,
        '--force',
        '--content',
        content,
      ],
      { cwd: projectRoot, env: { ...process.env, INIT_CWD: projectRoot }, encoding: 'utf8' },
    );
    expect(limited.status).toBe(1);
    expect(limited.stderr).toMatch(
      new RegExp(
        `^ingest: could not write .*${taken}\\.md \\(EFBIG: file too large, write\\); nothing was changed\\.\\n$`,
        'u',
      ),
    );
    expect(articleFiles()).toEqual(before);
    // Nor is a temporary file left beside the articles.
    expect(readdirSync(join(content, 'articles')).sort()).toEqual(Object.keys(before).sort());
  }, 60_000);

  it('exits 1 naming the flag when the date is missing, and refuses a copy already in the folder', () => {
    const before = articleFiles();
    const copy = join(rawArticlesDir, '002_3b84696dbbb53f91.txt');
    const noDate = ingest(copy);
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toMatch(
      /^ingest: 002_3b84696dbbb53f91\.txt does not give its publication date: give it with --published [^\n]+\n$/u,
    );
    const again = ingest(copy, '--published', '2022-03-11');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      'ingest: 002_3b84696dbbb53f91.txt has the same text as content/articles/2022-03-11-cnn-no-diplomatic-off-ramp-in-sight.md; not added again (pass --force to add it anyway).\n',
    );
    expect(articleFiles()).toEqual(before);
  }, 60_000);

  it('reads relative paths from the folder the editor ran the command in, not the project root', () => {
    const editorFolder = join(workDir, 'desk');
    mkdirSync(editorFolder);
    writeFileSync(
      join(editorFolder, 'copy.txt'),
      'Negotiators agree to meet again\n\nUkrainian and Russian negotiators agreed on Wednesday to meet again.\n',
    );
    const run = ingestFrom(
      editorFolder,
      'copy.txt',
      ...['--outlet', 'CNN', '--published', '2022-03-30', '--content', '../content'],
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(articleFiles()).toHaveProperty(['2022-03-30-cnn-negotiators-agree-to-meet-again.md']);
  }, 60_000);

  it('prints no control character from the copy or the flags, only their escapes', () => {
    const page = join(workDir, 'escapes.html');
    writeFileSync(
      page,
      '<body><nav>Home&#27;[2J&#27;]0;pwned&#7;</nav><article><h1>Talks resume</h1>' +
        '<p>Negotiators met again on Tuesday in Istanbul.</p></article></body>',
    );
    const run = ingest(page, '--outlet', 'CNN', '--published', '2022-03-29', '--slug', 'escapes');
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(run.stdout).toContain('Home\\x1b[2J\\x1b]0;pwned\\x07  [navigation (<nav>)]');
    const refused = ingest(
      page,
      '--outlet',
      'CNN',
      '--published',
      '2022-03-29',
      '--url',
      'javascript:\u001b[2J',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'ingest: --url "javascript:\\x1b[2J" is not a web address: give one that starts with http:// or https://.\n',
    );
  }, 60_000);

  it('writes the article, prints the summary, and leaves a content folder the schemas accept', () => {
    rmSync(join(content, 'articles', '2022-03-11-cnn-no-diplomatic-off-ramp-in-sight.md'));
    const before = Object.keys(articleFiles());
    const run = ingest(
      join(rawArticlesDir, '002_3b84696dbbb53f91.txt'),
      '--published',
      '2022-03-11',
      '--url',
      'https://keyt.com/news/2022/03/11/no-diplomatic-off-ramp-in-sight-for-russias-war-in-ukraine/',
      '--syndicated-by',
      'News Channel 3',
      '--syndicated-via',
      'CNN Newsource',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = '2022-03-11-cnn-no-diplomatic-off-ramp-in-sight-for-russias.md';
    expect(Object.keys(articleFiles()).sort()).toEqual([...before, written].sort());
    expect(run.stdout).toContain(
      `Wrote ${join(content, 'articles', written)} from 002_3b84696dbbb53f91.txt (plain-text).`,
    );
    expect(run.stdout).toContain('Removed as page chrome (11):');
    expect(run.stdout).toContain('  line 1: Skip to Content  [link that skips the site navigation]');
    expect(run.stdout).toContain('What the compiler found:');
    expect(run.stdout).toContain('p-19 “He’s been proven wrong on every count,” — William Burns');
    const { articles } = readContent(content);
    expect(articles.find((article) => `${article.slug}.md` === written)?.data.syndicatedBy).toEqual({
      name: 'News Channel 3',
      via: 'CNN Newsource',
    });
  }, 60_000);
});
