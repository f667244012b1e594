import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleProblems,
  parseKnowledgeFile,
  readContent,
  readKnowledge,
  splitArticleFile,
} from '../../src/lib/content/read-content';
import { projectRoot } from '../helpers/paths';
import { problemsOf } from '../helpers/content-error';

const frontmatter = [
  '---',
  'title: "Talks resume"',
  'outlet: Example Wire',
  'authors: [A Reporter]',
  'published:',
  "  date: '2022-03-11'",
  '  certainty: exact',
  '  basis: "Dated on the page."',
  '---',
].join('\n');

describe('a YAML syntax error stops the build at its line and column', () => {
  it('names the knowledge file, line and column, and nothing that follows from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-yaml-'));
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    const lines = readFileSync(join(dir, 'people.yaml'), 'utf8').split('\n');
    const at = lines.findIndex((line) => line === '  name: Vladimir Putin');
    lines[at] = '  name: Vladimir Putin: President';
    writeFileSync(join(dir, 'people.yaml'), lines.join('\n'));
    expect(problemsOf(() => readKnowledge(dir))).toEqual([
      `content/people.yaml, line ${at + 1}, column 9: not valid YAML: Nested mappings are not allowed in compact mappings.`,
    ]);
  });

  it('names the article, and the line and column in the file, for its frontmatter', () => {
    const text = `${frontmatter.replace('title: "Talks resume"', 'title: Talks: resume')}\n\nA paragraph.\n`;
    expect(problemsOf(() => splitArticleFile(text, 'content/articles/talks-resume.md'))).toEqual([
      'content/articles/talks-resume.md, line 2, column 13: not valid YAML in the frontmatter: bad indentation of a mapping entry.',
    ]);
  });

  it('reads valid frontmatter and the body after it', () => {
    const { frontmatter: data, body } = splitArticleFile(`${frontmatter}\n\nA paragraph.\n`, 'a.md');
    expect(data).toMatchObject({ title: 'Talks resume', published: { date: '2022-03-11' } });
    expect(body.trim()).toBe('A paragraph.');
  });
});

describe('an article must have text and a date that has come', () => {
  const published = (date: string) => ({ published: { date, certainty: 'exact' as const, basis: 'x' } });
  // 20:00 UTC on 27 November is already 28 November in Kiritimati (UTC+14), where the tests run.
  const buildTime = new Date('2026-11-27T20:00:00Z');

  it('refuses an empty body, or one of white space only, naming the file', () => {
    for (const body of ['', '\n', '  \n\n\t\n'])
      expect(articleProblems('content/articles/blank.md', published('2022-03-11'), body, buildTime)).toEqual([
        'content/articles/blank.md: the article has no text after its frontmatter; expected its paragraphs, the article as published.',
      ]);
  });

  it('refuses a publication day after the day of the build in UTC, whatever the machine’s zone', () => {
    expect(articleProblems('content/articles/soon.md', published('2026-11-28'), 'Text.', buildTime)).toEqual([
      'content/articles/soon.md: published.date: 2026-11-28 is after today, 2026-11-27 (UTC); expected the day the article was published, which cannot be after the build.',
    ]);
    expect(articleProblems('a.md', published('2026-11-27'), 'Text.', buildTime)).toEqual([]);
    // 01:00 on the 28th in UTC+14 is 11:00 on the 27th in UTC: already published.
    expect(articleProblems('a.md', published('2026-11-28T01:00:00+14:00'), 'Text.', buildTime)).toEqual([]);
    expect(articleProblems('a.md', published('2026-11-28T00:30:00Z'), 'Text.', buildTime)).toHaveLength(1);
  });
});

describe('control characters in the knowledge', () => {
  it('stop the build in a round’s title and summary and a person’s name, naming the file, entry and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-control-'));
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    const rounds = readFileSync(join(dir, 'rounds.yaml'), 'utf8')
      .replace('  title: First round, Gomel region', '  title: "First round\\a, Gomel region"')
      .replace('    Four days after the invasion began,', '    Four days after\u0007 the invasion began,');
    writeFileSync(join(dir, 'rounds.yaml'), rounds);
    const people = readFileSync(join(dir, 'people.yaml'), 'utf8').replace(
      '  name: Vladimir Putin',
      '  name: "Vladimir\\x1b[31m Putin"',
    );
    writeFileSync(join(dir, 'people.yaml'), people);
    expect(problemsOf(() => readKnowledge(dir))).toEqual([
      'content/people.yaml: entry "vladimir-putin": name: must not contain control characters (tabs, line breaks and the like)',
      'content/rounds.yaml: entry "2022-02-28-gomel-region": title: must not contain control characters (tabs, line breaks and the like)',
      'content/rounds.yaml: entry "2022-02-28-gomel-region": summary: must not contain control characters other than line breaks (tabs, bells and the like)',
    ]);
  });
});

describe('article files the build would not read whole', () => {
  function contentWith(name: string, text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'talks-files-'));
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    writeFileSync(join(dir, 'articles', name), text);
    return dir;
  }

  it('refuses an article over the size limit, with its size and the limit', () => {
    const dir = contentWith('2022-03-12-long.md', `${frontmatter}\n\n${'Talks went on. '.repeat(40_000)}\n`);
    expect(problemsOf(() => readContent(dir))).toEqual([
      'content/articles/2022-03-12-long.md: the file is 587 KB; the limit is 512 KB (MAX_ARTICLE_BYTES in src/lib/content/read-content.ts). Expected one news article; split a live blog into its posts.',
    ]);
  });

  it('refuses an article saved as .MD or .markdown, which would be left out, and says what to rename it to', () => {
    const dir = contentWith('Talks-Resume.MD', `${frontmatter}\n\nText.\n`);
    writeFileSync(join(dir, 'articles', 'talks-again.markdown'), `${frontmatter}\n\nText.\n`);
    expect(problemsOf(() => readContent(dir))).toEqual([
      'content/articles/Talks-Resume.MD: only files ending in .md (lowercase) are read as articles, so this one would be left out; rename it to talks-resume.md.',
      'content/articles/talks-again.markdown: only files ending in .md (lowercase) are read as articles, so this one would be left out; rename it to talks-again.md.',
    ]);
  });
});

describe('a YAML anchor reused more than the YAML reader allows', () => {
  it('stops the build with the anchor, how often it is used and the line, and what to do', () => {
    const list = Array.from({ length: 20 }, (_, index) => `x${String(index)}`).join(', ');
    const entries = Array.from(
      { length: 200 },
      (_, index) => `- id: p${String(index)}\n  name: P${String(index)}\n  aliases: *base\n`,
    );
    const text = `- id: a\n  name: A\n  aliases: &base [${list}]\n${entries.join('')}`;
    expect(problemsOf(() => parseKnowledgeFile(text, 'content/people.yaml'))).toEqual([
      'content/people.yaml, line 6: the anchor &base is used 200 times (*base), and its copies are more than the YAML reader takes from one file; write the entries out in full, or share less through the anchor.',
    ]);
  });
});

describe('the days a person held a role', () => {
  it('stop the build when the last comes before the first, or is no calendar day, naming the file, entry and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-tenure-'));
    cpSync(join(projectRoot, 'content'), dir, { recursive: true });
    const people = readFileSync(join(dir, 'people.yaml'), 'utf8')
      .replace("      until: '2024-09-04'", "      from: '2024-09-05'\n      until: '2024-09-04'")
      .replace("      until: '2025-05-05'", "      until: '2025-02-30'");
    writeFileSync(join(dir, 'people.yaml'), people);
    expect(problemsOf(() => readKnowledge(dir))).toEqual([
      'content/people.yaml: entry "dmytro-kuleba": roles.0.until: expected "from" on or before "until"',
      'content/people.yaml: entry "olaf-scholz": roles.0.until: expected a real calendar day such as "2022-03-29"',
    ]);
  });
});
