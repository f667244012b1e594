/**
 * Bad content stops the build, and the message names the file and the
 * field. Frontmatter cases load a fixture content folder through Astro's
 * content sync, the step of `astro build` that validates it; the knowledge
 * case runs a whole build, where the compiler checks citations. Each uses a
 * cache and an output folder of its own, so the real site's build is untouched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';
import { fixturesDir, projectRoot } from '../helpers/paths';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** A content error is one line per problem: no header, and no stack trace of our code burying it. */
function expectOneLine(output: string): void {
  expect(output).not.toContain('Stack trace');
  expect(output).not.toMatch(/content has \d+ problem/u);
}

function syncContent(fixture: string): { status: number | null; output: string } {
  return runAstro('sync', join(fixturesDir, 'bad-articles', fixture));
}

describe('bad article frontmatter stops the build', { timeout: 60_000 }, () => {
  it('loads a valid fixture, so the failures below come from the faults', () => {
    const { status, output } = syncContent('valid');
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });

  it('names the file and the missing title', () => {
    const { status, output } = syncContent('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('missing-title/articles/no-headline.md');
    expect(output).toMatch(/title: Required|title: Invalid input/);
  });

  it('names the file and the unparseable date, and says what was expected', () => {
    const { status, output } = syncContent('unparseable-published');
    expect(status).not.toBe(0);
    expect(output).toContain('unparseable-published/articles/friday-talks.md');
    expect(output).toContain(
      'published.date: expected an ISO date such as "2022-03-20" or a date-time with its zone',
    );
  });

  it('names the file and the field of the wrong type', () => {
    const { status, output } = syncContent('wrong-field-type');
    expect(status).not.toBe(0);
    expect(output).toContain('wrong-field-type/articles/single-author.md');
    expect(output).toMatch(/authors: Expected type `"array"`, received `"string"`/);
  });

  it('names the file and the unknown field', () => {
    const { status, output } = syncContent('unknown-field');
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-field/articles/extra-byline.md');
    expect(output).toContain('extra-byline.md: byline: not a field of an article; the fields are title,');
    expectOneLine(output);
  });
});

describe('an article file the site cannot give a URL stops the build', { timeout: 60_000 }, () => {
  /** The valid fixture plus one more file, in a folder of its own. */
  function withExtraFile(path: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'talks-bad-file-'));
    cpSync(join(fixturesDir, 'bad-articles', 'valid'), dir, { recursive: true });
    const source = join(dir, 'articles', 'talks-resume.md');
    mkdirSync(dirname(join(dir, 'articles', path)), { recursive: true });
    writeFileSync(join(dir, 'articles', path), readFileSync(source));
    return dir;
  }

  it('names an article in a subfolder, and says where it belongs', () => {
    const { status, output } = runAstro('sync', withExtraFile('2022/talks-resume.md'));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /articles\/2022\/: articles are not read from subfolders; move its files into .*articles\//u,
    );
  });

  it('names a file whose name is not a URL slug, so it cannot shadow another', () => {
    const { status, output } = runAstro('sync', withExtraFile('Talks-Resume.md'));
    expect(status).not.toBe(0);
    expect(output).toContain("articles/Talks-Resume.md: the file name is the article's URL");
  });

  it('names an article saved as .MD, which would be left out, and says what to rename it to', () => {
    const { status, output } = runAstro('sync', withExtraFile('Talks-Resume.MD'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'articles/Talks-Resume.MD: only files ending in .md (lowercase) are read as articles, so this one would be left out; rename it to talks-resume.md.',
    );
  });

  it('names an article whose lists nest too deep to read, with the line, not a stack overflow', () => {
    const dir = withExtraFile('2022-03-12-nested.md');
    const path = join(dir, 'articles', '2022-03-12-nested.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text}\n${'- '.repeat(1_000)}deep\n`);
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `articles/2022-03-12-nested.md: 1000 lists or block quotes are nested inside each other at line ${String(text.split('\n').length + 1)}; the limit is 32.`,
    );
    expect(output).not.toContain('Maximum call stack size exceeded');
  });

  it('names a footnote nothing refers to and a table row wider than its header, with the line and what to change', () => {
    const dir = withExtraFile('2022-03-12-notes.md');
    const path = join(dir, 'articles', '2022-03-12-notes.md');
    const text = readFileSync(path, 'utf8');
    const at = text.split('\n').length;
    writeFileSync(path, `${text}\n[^1]: A note.\n\n| A | B |\n| - | - |\n| 1 | 2 | 3 |\n`);
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `articles/2022-03-12-notes.md, line ${String(at + 1)}: the footnote [^1] is never referred to in the text`,
    );
    expect(output).toContain(
      `articles/2022-03-12-notes.md, line ${String(at + 5)}: this table row has 3 cells but the table's header has 2`,
    );
    expect(output).not.toContain('has no anchor');
  });

  it('names an article over the size limit, with its size and the limit', () => {
    const dir = withExtraFile('2022-03-12-long.md');
    const path = join(dir, 'articles', '2022-03-12-long.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${'Talks went on. '.repeat(40_000)}\n`);
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /articles\/2022-03-12-long\.md: the file is 587 KB; the limit is 512 KB \(MAX_ARTICLE_BYTES in src\/lib\/content\/read-content\.ts\)/u,
    );
  });
});

describe('a knowledge id used twice stops the build', { timeout: 60_000 }, () => {
  it('names the file and the id, instead of letting the second entry replace the first', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talks-duplicate-id-')), 'content');
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    const people = parseYaml(readFileSync(join(dir, 'people.yaml'), 'utf8')) as {
      id: string;
      name: string;
    }[];
    const [first] = people;
    if (first === undefined) throw new Error('content/people.yaml is empty');
    writeFileSync(join(dir, 'people.yaml'), stringifyYaml([...people, { ...first, name: 'An Impostor' }]));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`content/people.yaml: the id "${first.id}" is used twice.`);
  });
});

describe('bad curated knowledge stops the build', { timeout: 60_000 }, () => {
  it('names the file, the round and the quote that is not in its article, with the closest passage', () => {
    const { status, output } = runAstro('build', join(fixturesDir, 'bad-knowledge'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/rounds.yaml: round "2022-03-10-istanbul", facts[0].citation: the quote “The talks resumed in Istanbul.” is not in talks-resume.',
    );
    expect(output).toContain('Closest passage: p-1: A paragraph of the article.');
    expectOneLine(output);
  });
});

/** A copy of the real content folder with one knowledge file rewritten. */
function contentWithChanged<T>(file: string, change: (entries: T[]) => T[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'talks-changed-')), 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  const entries = parseYaml(readFileSync(join(dir, file), 'utf8')) as T[];
  writeFileSync(join(dir, file), stringifyYaml(change(entries)));
  return dir;
}

describe('a cited quote too short to state anything stops the build', { timeout: 60_000 }, () => {
  it('names the file, the round and the field, and the number of words expected', () => {
    type FactEntry = { statement: string; citation?: { article: string; quote: string } };
    type RoundEntry = { id: string; facts: FactEntry[] };
    const dir = contentWithChanged<RoundEntry>('rounds.yaml', (rounds) =>
      rounds.map((round) =>
        round.id === '2022-03-29-istanbul'
          ? {
              ...round,
              facts: round.facts.map((fact, index) =>
                index === 0 && fact.citation
                  ? { ...fact, citation: { ...fact.citation, quote: 'eutral stat' } }
                  : fact,
              ),
            }
          : round,
      ),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/rounds.yaml: entry "2022-03-29-istanbul": facts.0.citation.quote: expected at least 4 words of the article',
    );
    expectOneLine(output);
  });
});

describe('a round’s former ids stop the build when they cannot redirect', { timeout: 60_000 }, () => {
  type RoundEntry = { id: string; formerIds?: string[] };

  it('names the round and the field when a former id is not a slug, instead of a TypeError', () => {
    const dir = contentWithChanged<RoundEntry>('rounds.yaml', (rounds) =>
      rounds.map((round) =>
        round.id === '2022-03-29-istanbul' ? { ...round, formerIds: ['2022-03-29/istanbul'] } : round,
      ),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/rounds.yaml: entry "2022-03-29-istanbul": formerIds.0: expected a slug of the start date and the place, such as "2022-03-29-istanbul"',
    );
    expect(output).not.toContain('TypeError');
    expectOneLine(output);
  });

  it('names both rounds when a former id is another round’s id', () => {
    const dir = contentWithChanged<RoundEntry>('rounds.yaml', (rounds) =>
      rounds.map((round) =>
        round.id === '2022-03-29-istanbul' ? { ...round, formerIds: ['2022-03-10-antalya'] } : round,
      ),
    );
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/rounds.yaml: round "2022-03-29-istanbul", formerIds[0]: "2022-03-10-antalya" is the id of round "2022-03-10-antalya";',
    );
    expectOneLine(output);
  });
});

describe(
  'an article with nothing to show, or not yet published, stops the build',
  { timeout: 60_000 },
  () => {
    it('names an article with no text after its frontmatter', () => {
      const { status, output } = syncContent('empty-body');
      expect(status).not.toBe(0);
      expect(output).toContain(
        'empty-body/articles/blank-page.md: the article has no text after its frontmatter; expected its paragraphs',
      );
      expectOneLine(output);
    });

    it('names an article dated after the day of the build, with the date and today in UTC', () => {
      const today = format(new Date(), 'yyyy-MM-dd', { in: tz('UTC') });
      const { status, output } = syncContent('future-published');
      expect(status).not.toBe(0);
      expect(output).toContain(
        `future-published/articles/next-century.md: published.date: 2999-01-01 is after today, ${today} (UTC)`,
      );
      expectOneLine(output);
    });
  },
);

describe('a YAML syntax error stops the build at its line and column', { timeout: 60_000 }, () => {
  it('names the article, line and column of an error in its frontmatter', () => {
    const { status, output } = syncContent('frontmatter-syntax');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'frontmatter-syntax/articles/colon-in-title.md, line 2, column 13: not valid YAML in the frontmatter: bad indentation of a mapping entry.',
    );
    expectOneLine(output);
  });

  it('names the knowledge file, line and column, and no error that follows from it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talks-yaml-')), 'content');
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    const lines = readFileSync(join(dir, 'people.yaml'), 'utf8').split('\n');
    const at = lines.indexOf('  name: Vladimir Putin');
    lines[at] = '  name: Vladimir Putin: President';
    writeFileSync(join(dir, 'people.yaml'), lines.join('\n'));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/people.yaml, line ${at + 1}, column 9: not valid YAML: Nested mappings are not allowed in compact mappings.`,
    );
    expect(output).not.toMatch(/\[ERROR\]|unknown person/u);
    expectOneLine(output);
  });

  it('reads knowledge with the compiler’s YAML parser, so both see an unquoted day as the same text', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talks-yaml-')), 'content');
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    const rounds = readFileSync(join(dir, 'rounds.yaml'), 'utf8');
    const unquoted = rounds.replace(/^ {2}start: ["'](\d{4}-\d{2}-\d{2})["']$/gmu, '  start: $1');
    expect(unquoted).not.toBe(rounds);
    writeFileSync(join(dir, 'rounds.yaml'), unquoted);
    const { status, output } = runAstro('sync', dir);
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });
});

describe('a citation of a list item or a table cell', { timeout: 120_000 }, () => {
  it('links to an anchor that the article page has', () => {
    const { status, output, outDir } = runAstro('build', join(fixturesDir, 'citable-blocks'));
    expect(output).not.toContain('has no anchor on the article page');
    expect(status).toBe(0);
    const round = readFileSync(join(outDir, 'rounds/2022-03-10-istanbul/index.html'), 'utf8');
    const article = readFileSync(join(outDir, 'articles/talks-in-lists/index.html'), 'utf8');
    const cited = new Set(
      [...round.matchAll(/\/articles\/talks-in-lists\/#(p-\d+)/gu)].map((match) => match[1]),
    );
    expect([...cited].sort()).toEqual(['p-2', 'p-7']);
    for (const id of cited) expect(article).toMatch(new RegExp(`<(?:p|td)[^>]* id="${id ?? ''}"`, 'u'));
  });
});
