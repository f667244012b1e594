/**
 * The editor's loop (issue 24): each of the seven findings of a new editor
 * who ingested unseen articles, added a person and chased wrong facts, as
 * that editor would check it. Each failed before the change.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ArticleCompiler } from '../../../src/lib/compile/article';
import type { Knowledge } from '../../../src/lib/compile/knowledge';
import { extractParagraphs } from '../../../src/lib/compile/paragraphs';
import { readContent, readKnowledge } from '../../../src/lib/content/read-content';
import { ingestArticle } from '../../../src/lib/ingest/ingest';
import { likelyAliases } from '../../../src/lib/review/names';
import { formatReview, reviewArticle } from '../../../src/lib/review/review-article';
import { personSchema } from '../../../src/schemas/person';
import { roundSchema } from '../../../src/schemas/round';
import { contentDir, projectRoot, tsxCli } from '../ingest/helpers';
import { problemsOf } from '../../helpers/content-error';

const { articles, knowledge } = readContent(contentDir);
const fixture = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/review', name));

/** A copy ingested as `npm run ingest` would, then reviewed as `npm run review` would. */
function ingestAndReview(name: string, flags: Record<string, string>, against: Knowledge = knowledge) {
  const result = ingestArticle(fixture(name), { fileName: name, ...flags }, { articles, knowledge: against });
  const body = result.markdown.slice(result.markdown.indexOf('\n---', 3) + '\n---'.length);
  const source = { slug: result.slug, data: result.frontmatter, body };
  return { result, source, review: reviewArticle(source, against, []) };
}

const AFTER_ISTANBUL = { outlet: 'Example News', published: '2022-04-04' };

describe('1. a fact cannot be corrected in the frontmatter, and the build says where it can', () => {
  it('names the file and the key on one line, pointing to content/corrections.yaml', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talks-quotes-key-')), 'content');
    cpSync(contentDir, dir, { recursive: true });
    const [first] = articles;
    if (first === undefined) throw new Error('no article');
    const path = join(dir, 'articles', `${first.slug}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('---\n', '---\nquotes:\n  - speaker: someone\n'));
    expect(problemsOf(() => readContent(dir))).toEqual([
      `content/articles/${first.slug}.md: quotes: not a field of an article; a fact the compiler got wrong (a quote's speaker, a date, a mention, a contact) is corrected in content/corrections.yaml (see the README), not in the article.`,
    ]);
  });
});

describe('2. ingest keeps the body in the body', () => {
  it('moves neither a first paragraph nor a dateline line into the subtitle, and keeps the dateline', () => {
    const { result } = ingestAndReview('after-istanbul.txt', AFTER_ISTANBUL);
    expect(result.frontmatter.subtitle).toBeUndefined();
    expect(result.frontmatter.dateline).toEqual({ text: 'ISTANBUL' });
    expect(result.markdown).toContain('\nRussian negotiator Vladimir Medinski said on Sunday');
    expect(result.moved).toContainEqual(expect.objectContaining({ field: 'dateline', text: 'ISTANBUL' }));
  });

  it('takes a subtitle from a dek the page marks, or from --subtitle', () => {
    const html = Buffer.from(
      '<html><body><article><h1>Talks go on</h1><p class="article-dek">Delegations to meet by video</p><p>Ukrainian and Russian negotiators said on Tuesday that talks would go on.</p><p>Nobody said when.</p></article></body></html>',
    );
    const fromPage = ingestArticle(
      html,
      { fileName: 'dek.html', ...AFTER_ISTANBUL },
      { articles, knowledge },
    );
    expect(fromPage.frontmatter.subtitle).toBe('Delegations to meet by video');
    const fromFlag = ingestArticle(
      fixture('after-istanbul.txt'),
      { fileName: 'after-istanbul.txt', ...AFTER_ISTANBUL, subtitle: 'The editor’s dek' },
      { articles, knowledge },
    );
    expect(fromFlag.frontmatter.subtitle).toBe('The editor’s dek');
  });

  it('makes a dateline’s day the day the article’s relative dates count from', () => {
    const copy = Buffer.from(
      'Talks resume in Istanbul\nMOSCOW, March 29 (Xinhua) -- Russian negotiators met their Ukrainian counterparts yesterday, officials said.\nThe talks went on for hours.\n',
    );
    const result = ingestArticle(
      copy,
      { fileName: 'xinhua.txt', outlet: 'Xinhua', published: '2022-03-31' },
      { articles, knowledge },
    );
    expect(result.frontmatter.dateline).toEqual({ text: 'MOSCOW, March 29 (Xinhua)', day: '2022-03-29' });
    // The paragraph keeps its dateline: the body is the article's own text.
    expect(result.markdown).toContain('\nMOSCOW, March 29 (Xinhua) -- Russian negotiators');
    const body = result.markdown.slice(result.markdown.indexOf('\n---', 3) + '\n---'.length);
    const compiled = new ArticleCompiler(knowledge).compile({
      slug: result.slug,
      data: result.frontmatter,
      paragraphs: extractParagraphs(body),
    });
    // Published on 31 March, filed on 29 March: "yesterday" is 28 March, not 30 March.
    expect(compiled.paragraphs[0]?.dates.find((date) => date.phrase === 'yesterday')).toMatchObject({
      start: '2022-03-28',
    });
    expect(compiled.publishedDay).toBe('2022-03-31');
  });
});

describe('3. names the knowledge lacks, as a people.yaml editor needs them', () => {
  const { review } = ingestAndReview('after-istanbul.txt', AFTER_ISTANBUL);

  it('lists a person without their title, with a ready people.yaml entry', () => {
    expect(review.names.people).toContainEqual(
      expect.objectContaining({
        name: 'Alexandr Fomin',
        title: 'Deputy Defence Minister',
        paragraphs: ['p-2'],
      }),
    );
    const [entry] = parseYaml(review.peopleEntries) as unknown[];
    expect(personSchema.parse(entry)).toMatchObject({
      id: 'alexandr-fomin',
      name: 'Alexandr Fomin',
      aliases: ['Fomin'],
      roles: [{ title: 'Deputy Defence Minister', kind: 'official' }],
    });
  });

  it('lists institutions apart from people', () => {
    expect(review.names.institutions.map(({ name }) => name)).toEqual(['Defence Ministry', 'General Staff']);
    expect(review.names.people.map(({ name }) => name)).not.toContain('Defence Ministry');
  });

  it('flags a misspelt known name as a likely alias, with its distance', () => {
    const medinski = review.names.people.find((person) => person.name === 'Medinski');
    expect(medinski?.likelyAliasOf).toEqual([
      { id: 'vladimir-medinsky', name: 'Vladimir Medinsky', written: 'Medinsky', distance: 1 },
    ]);
    expect(formatReview(review)).toContain(
      'Medinski in p-3; likely an alias of vladimir-medinsky (“Medinsky”, 1 edit)',
    );
  });
});

describe('3b. a name too near a known one to be anyone else, too far to be matched', () => {
  it('is reported as likely that person, while the compiler names no one for it', () => {
    expect(likelyAliases('Mikhail Podolyakkata', knowledge)).toEqual([
      expect.objectContaining({ id: 'mykhailo-podolyak', name: 'Mykhailo Podolyak' }),
    ]);
    expect(likelyAliases('Alexander Fomin', knowledge)).toEqual([]);
  });
});

describe('4. an article after the newest round', () => {
  const { review } = ingestAndReview('after-istanbul.txt', AFTER_ISTANBUL);

  it('says which dates fall after it, with a rounds.yaml entry the schema takes, headerSources included', () => {
    expect(review.newestRound?.id).toBe('2022-03-29-istanbul');
    const [later] = review.laterDates;
    expect(later).toMatchObject({ paragraph: 'p-1', phrase: 'Sunday', value: '2022-04-03' });
    const [entry] = parseYaml(later?.roundEntry ?? '') as unknown[];
    expect(roundSchema.parse(entry)).toMatchObject({
      id: '2022-04-03-video-link',
      start: '2022-04-03',
      format: 'video-link',
      parties: ['russia', 'ukraine'],
      headerSources: { dates: [0] },
    });
  });

  it('gives a ready demand step for the demand the paragraph names', () => {
    expect(review.laterDates[0]?.demandSteps).toEqual([expect.stringContaining('demand "neutrality"')]);
  });

  it('says what headerSources wants when a round has none', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talks-header-sources-')), 'content');
    cpSync(contentDir, dir, { recursive: true });
    const rounds = readFileSync(join(dir, 'rounds.yaml'), 'utf8');
    writeFileSync(join(dir, 'rounds.yaml'), rounds.replace(/\n {2}headerSources: \{[^\n]*\}/u, ''));
    expect(problemsOf(() => readKnowledge(dir))).toEqual([
      expect.stringMatching(
        /^content\/rounds\.yaml: entry "[^"]+": headerSources: expected the indexes \(from 0\) of the facts that state the round’s dates.*"headerSources: \{ dates: \[0\], place: \[0\], delegationHeads: \[1\] \}"$/u,
      ),
    ]);
  });
});

describe('5. the publication day is exact only when the copy states it', () => {
  it('is inferred, saying why, when the editor gives a day the copy does not state', () => {
    const { result } = ingestAndReview('after-istanbul.txt', AFTER_ISTANBUL);
    expect(result.frontmatter.published).toEqual({
      date: '2022-04-04',
      certainty: 'inferred',
      basis: 'Given by the editor when ingesting; the copy does not state the day.',
    });
  });

  it('is exact, quoting the copy, when the copy states that day', () => {
    const copy = Buffer.from(
      'Talks go on\nApril 4, 2022\nRussian and Ukrainian negotiators met again, officials said.\n',
    );
    const result = ingestArticle(copy, { fileName: 'dated.txt', ...AFTER_ISTANBUL }, { articles, knowledge });
    expect(result.frontmatter.published).toEqual({
      date: '2022-04-04',
      certainty: 'exact',
      basis: 'The copy states the day: “April 4, 2022” (line 2).',
    });
  });
});

describe('6. the findings again after a knowledge edit, without ingesting again', () => {
  it('npm run review reads the knowledge as it is now and writes nothing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'talks-review-')), 'content');
    cpSync(contentDir, dir, { recursive: true });
    const { result } = ingestAndReview('after-istanbul.txt', AFTER_ISTANBUL);
    const articlePath = join(dir, 'articles', `${result.slug}.md`);
    writeFileSync(articlePath, `${result.markdown.trimEnd()}\n\nAn editor's hand edit.\n`);
    const review = () =>
      spawnSync(process.execPath, [tsxCli, 'scripts/review.ts', result.slug], {
        cwd: projectRoot,
        env: { ...process.env, TALKS_CONTENT_DIR: dir },
        encoding: 'utf8',
      });
    const before = review();
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('Medinski in p-3; likely an alias of vladimir-medinsky');
    // The editor adds the alias the review suggested.
    const people = join(dir, 'people.yaml');
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('    - Medinskiy\n', '    - Medinskiy\n    - Medinski\n'),
    );
    const after = review();
    expect(after.status).toBe(0);
    expect(after.stdout).not.toContain('likely an alias of vladimir-medinsky');
    expect(after.stdout).toContain('p-3 quote: “We have agreed to keep talking,” — Vladimir Medinsky');
    expect(readFileSync(articlePath, 'utf8')).toContain("An editor's hand edit.");
  }, 60_000);
});

describe('7. npm run eval says what the gold set cannot see', () => {
  it('ends with how many facts the editor corrected, by kind', () => {
    // The seed set alone: the line is about the site's own articles, and compiling the whole corpus in a
    // process of its own, beside the rest of the suite, took a minute as the corpus grew.
    const run = spawnSync(process.execPath, [tsxCli, 'scripts/eval.ts', '--quiet', '--split', 'seed'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const last = run.stdout.trimEnd().split('\n').at(-1);
    expect(last).toMatch(
      /^Corrected by the editor \(content\/corrections\.yaml\), not counted above: \d+ facts? \(quotes \d+, dates \d+, mentions \d+, contacts \d+\) in \d+ of \d+ articles\.$/u,
    );
  }, 60_000);
});
