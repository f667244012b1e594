/**
 * Bad content stops the build, and the message names the file and the
 * field. Article and knowledge cases load a content folder through Astro's
 * content sync, the step of `astro build` that validates it, with the faults
 * that are reported together in one folder (starting Astro is most of a
 * test's time); the citation cases run a whole build, where the compiler
 * checks citations. Each uses a cache and an output folder of its own, so the
 * real site's build is untouched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

describe('a valid article folder builds', { timeout: 60_000 }, () => {
  it('loads the valid fixture, so the failures below come from the faults', () => {
    const { status, output } = syncContent('valid');
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });
});

/** The valid fixture plus more article files (name: text), in a folder of its own. */
function withArticles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'talks-bad-articles-'));
  cpSync(join(fixturesDir, 'bad-articles', 'valid'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'articles', path)), { recursive: true });
    writeFileSync(join(dir, 'articles', path), text);
  }
  return dir;
}

const validArticle = readFileSync(
  join(fixturesDir, 'bad-articles', 'valid', 'articles', 'talks-resume.md'),
  'utf8',
);

/** The article of a fixture folder of one bad article (`tests/fixtures/bad-articles/<fixture>/articles/`). */
function fixtureArticle(fixture: string, name: string): Record<string, string> {
  return { [name]: readFileSync(join(fixturesDir, 'bad-articles', fixture, 'articles', name), 'utf8') };
}

/**
 * One build over a folder with every kind of bad article beside a valid one: each problem is reported on
 * its own line naming the file, all in the one build, so an editor who added several fixes them at once.
 * (One Astro sync for them all, not one each: the test suite's time goes to starting Astro.)
 */
describe(
  'bad articles stop the build, each named on its line, all in one build',
  { timeout: 120_000 },
  () => {
    const linesAt = lineCount(validArticle);
    let result: { status: number | null; output: string } = { status: null, output: '' };
    beforeAll(() => {
      result = runAstro(
        'sync',
        withArticles({
          ...fixtureArticle('missing-title', 'no-headline.md'),
          ...fixtureArticle('unparseable-published', 'friday-talks.md'),
          ...fixtureArticle('wrong-field-type', 'single-author.md'),
          ...fixtureArticle('unknown-field', 'extra-byline.md'),
          ...fixtureArticle('empty-body', 'blank-page.md'),
          ...fixtureArticle('future-published', 'next-century.md'),
          ...fixtureArticle('frontmatter-syntax', 'colon-in-title.md'),
          '2022-03-12-nested.md': `${validArticle}\n${'- '.repeat(1_000)}deep\n`,
          '2022-03-12-notes.md': `${validArticle}\n[^1]: A note.\n\n| A | B |\n| - | - |\n| 1 | 2 | 3 |\n`,
          '2022-03-12-long.md': `${validArticle}\n${'Talks went on. '.repeat(40_000)}\n`,
        }),
      );
    });

    it('stops the build, with no stack trace, and says nothing of the valid article', () => {
      expect(result.status).not.toBe(0);
      expect(result.output).not.toContain('Stack trace');
      expect(result.output).not.toContain('talks-resume.md');
    });

    it('names the file and the missing title', () => {
      expect(result.output).toMatch(/articles\/no-headline\.md: title: (?:Required|Invalid input)/u);
    });

    it('names the file and the unparseable date, and says what was expected', () => {
      expect(result.output).toContain(
        'articles/friday-talks.md: published.date: expected an ISO date such as "2022-03-20" or a date-time with its zone',
      );
    });

    it('names the file and the field of the wrong type', () => {
      expect(result.output).toMatch(
        /articles\/single-author\.md: authors: Invalid input: expected array, received string/u,
      );
    });

    it('names the file and the unknown field', () => {
      expect(result.output).toContain(
        'articles/extra-byline.md: byline: not a field of an article; the fields are title,',
      );
    });

    it('names an article with no text after its frontmatter', () => {
      expect(result.output).toContain(
        'articles/blank-page.md: the article has no text after its frontmatter; expected its paragraphs',
      );
    });

    it('names an article dated after the day of the build, with the date and today in UTC', () => {
      const today = format(new Date(), 'yyyy-MM-dd', { in: tz('UTC') });
      expect(result.output).toContain(
        `articles/next-century.md: published.date: 2999-01-01 is after today, ${today} (UTC)`,
      );
    });

    it('names the article, line and column of an error in its frontmatter', () => {
      expect(result.output).toContain(
        'articles/colon-in-title.md, line 2, column 13: not valid YAML in the frontmatter: bad indentation of a mapping entry.',
      );
    });

    it('names an article whose lists nest too deep to read, with the line, not a stack overflow', () => {
      expect(result.output).toContain(
        `articles/2022-03-12-nested.md: 1000 lists or block quotes are nested inside each other at line ${String(linesAt + 1)}; the limit is 32.`,
      );
      expect(result.output).not.toContain('Maximum call stack size exceeded');
    });

    it('names a footnote nothing refers to and a table row wider than its header, with the line and what to change', () => {
      expect(result.output).toContain(
        `articles/2022-03-12-notes.md, line ${String(linesAt + 1)}: the footnote [^1] is never referred to in the text`,
      );
      expect(result.output).toContain(
        `articles/2022-03-12-notes.md, line ${String(linesAt + 5)}: this table row has 3 cells but the table's header has 2`,
      );
      expect(result.output).not.toContain('has no anchor');
    });

    it('names an article over the size limit, with its size and the limit', () => {
      expect(result.output).toMatch(
        /articles\/2022-03-12-long\.md: the file is 587 KB; the limit is 512 KB \(MAX_ARTICLE_BYTES in src\/lib\/content\/read-content\.ts\)/u,
      );
    });

    it('reports one bad article on one line, with no header', () => {
      const { status, output } = syncContent('unknown-field');
      expect(status).not.toBe(0);
      expect(output).toContain('unknown-field/articles/extra-byline.md: byline: not a field of an article');
      expectOneLine(output);
    });
  },
);

/** How many lines a text has, as an editor's editor counts them. */
function lineCount(text: string): number {
  return text.split('\n').length;
}

describe('an article file the site cannot give a URL stops the build', { timeout: 60_000 }, () => {
  let output = '';
  let status: number | null = null;
  beforeAll(() => {
    ({ status, output } = runAstro(
      'sync',
      withArticles({
        '2022/talks-resume.md': validArticle,
        'Talks-Resume.md': validArticle,
        'Talks-Resume.MD': validArticle,
      }),
    ));
  });

  it('stops the build', () => {
    expect(status).not.toBe(0);
  });

  it('names an article in a subfolder, and says where it belongs', () => {
    expect(output).toMatch(
      /articles\/2022\/: articles are not read from subfolders; move its files into .*articles\//u,
    );
  });

  it('names a file whose name is not a URL slug, so it cannot shadow another', () => {
    expect(output).toContain("articles/Talks-Resume.md: the file name is the article's URL");
  });

  it('names an article saved as .MD, which would be left out, and says what to rename it to', () => {
    expect(output).toContain(
      'articles/Talks-Resume.MD: only files ending in .md (lowercase) are read as articles, so this one would be left out; rename it to talks-resume.md.',
    );
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

/** A copy of the real content folder with knowledge files rewritten (file: change of its entries). */
function contentWithChanged(changes: Record<string, (entries: never[]) => unknown[]>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'talks-changed-')), 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const entries = parseYaml(readFileSync(join(dir, file), 'utf8')) as never[];
    writeFileSync(join(dir, file), stringifyYaml(change(entries)));
  }
  return dir;
}

type FactEntry = { statement: string; citation?: { article: string; quote: string } };
type RoundEntry = { id: string; facts: FactEntry[]; formerIds?: string[] };
type PersonEntry = { id: string; name: string };

/** The rounds with one round changed. */
function changeRound(id: string, change: (round: RoundEntry) => RoundEntry) {
  return (rounds: RoundEntry[]) => rounds.map((round) => (round.id === id ? change(round) : round));
}

/**
 * Knowledge entries that break the schema: a cited quote too short to state anything, a former id
 * that is no slug. Both in one build, each named on its line.
 */
describe('knowledge entries the schema refuses stop the build, each named', { timeout: 60_000 }, () => {
  let result: { status: number | null; output: string } = { status: null, output: '' };
  beforeAll(() => {
    result = runAstro(
      'sync',
      contentWithChanged({
        'rounds.yaml': changeRound('2022-03-29-istanbul', (round) => ({
          ...round,
          facts: round.facts.map((fact, index) =>
            index === 0 && fact.citation
              ? { ...fact, citation: { ...fact.citation, quote: 'eutral stat' } }
              : fact,
          ),
          formerIds: ['2022-03-29/istanbul'],
        })),
      }),
    );
  });

  it('stops the build, with no stack trace and no TypeError', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).not.toContain('Stack trace');
    expect(result.output).not.toContain('TypeError');
  });

  it('names the file, the round and the field of a cited quote too short, and the number of words expected', () => {
    expect(result.output).toContain(
      'content/rounds.yaml: entry "2022-03-29-istanbul": facts.0.citation.quote: expected at least 4 words of the article',
    );
  });

  it('names the round and the field when a former id is not a slug', () => {
    expect(result.output).toContain(
      'content/rounds.yaml: entry "2022-03-29-istanbul": formerIds.0: expected a slug of the start date and the place, such as "2022-03-29-istanbul"',
    );
  });
});

/**
 * Knowledge that passes the schema but not the checks across entries: an id used twice, a former id
 * that is another round's. Both in one build, each named on its line.
 */
describe('knowledge entries that clash stop the build, each named', { timeout: 60_000 }, () => {
  let result: { status: number | null; output: string } = { status: null, output: '' };
  let duplicated = '';
  beforeAll(() => {
    result = runAstro(
      'sync',
      contentWithChanged({
        'people.yaml': (people: PersonEntry[]) => {
          const [first] = people;
          if (first === undefined) throw new Error('content/people.yaml is empty');
          duplicated = first.id;
          return [...people, { ...first, name: 'An Impostor' }];
        },
        'rounds.yaml': changeRound('2022-03-29-istanbul', (round) => ({
          ...round,
          formerIds: ['2022-03-10-antalya'],
        })),
      }),
    );
  });

  it('names the file and the id used twice, instead of letting the second entry replace the first', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`content/people.yaml: the id "${duplicated}" is used twice.`);
  });

  it('names both rounds when a former id is another round’s id', () => {
    expect(result.output).toContain(
      'content/rounds.yaml: round "2022-03-29-istanbul", formerIds[0]: "2022-03-10-antalya" is the id of round "2022-03-10-antalya";',
    );
  });
});

describe('a YAML syntax error stops the build at its line and column', { timeout: 60_000 }, () => {
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
