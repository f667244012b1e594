import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/schemas/article';
import { ingestArticle } from '../../../src/lib/ingest/ingest';
import { formatIngestReport } from '../../../src/lib/ingest/report';
import {
  markdownBlocks,
  RAW_ARTICLE_FLAGS,
  rawArticlesDir,
  readRaw,
  realContent,
  contentDir,
} from './helpers';

/** The hand-checked copies in content/articles/, by the raw file they were made from. */
const handCopies = new Map(
  readdirSync(`${contentDir}articles`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const markdown = readFileSync(`${contentDir}articles/${name}`, 'utf8');
      const frontmatter = articleSchema.parse(parseFrontmatter(markdown).frontmatter);
      return [frontmatter.receivedAs ?? '', { markdown, frontmatter }] as const;
    }),
);

const rawFiles = readdirSync(rawArticlesDir).filter((name) => name.endsWith('.txt'));

describe('ingesting the raw articles as received', () => {
  it('finds the five raw articles and a hand-checked copy of each', () => {
    expect(rawFiles).toHaveLength(5);
    for (const fileName of rawFiles) expect(handCopies.has(fileName), fileName).toBe(true);
  });

  for (const fileName of rawFiles) {
    describe(fileName, () => {
      const flags = RAW_ARTICLE_FLAGS[fileName] ?? {};
      // An empty articles folder: the hand copies would otherwise be found as the same text.
      const result = ingestArticle(
        readRaw(fileName),
        { fileName, ...flags },
        { articles: [], knowledge: realContent().knowledge },
      );
      const handCopy = handCopies.get(fileName);

      it('writes frontmatter the articles schema accepts', () => {
        const parsed = articleSchema.safeParse(parseFrontmatter(result.markdown).frontmatter);
        expect(parsed.error?.issues ?? []).toEqual([]);
        expect(parsed.data?.receivedAs).toBe(fileName);
        expect(parsed.data?.published.date).toBe(flags.published);
      });

      it('has the same paragraphs and headings as the hand-checked copy', () => {
        expect(markdownBlocks(result.markdown)).toEqual(markdownBlocks(handCopy?.markdown ?? ''));
      });

      it('finds the headline, dek, byline and credits the hand-checked copy has', () => {
        const expected = handCopy?.frontmatter;
        expect(result.frontmatter.outlet).toBe(expected?.outlet);
        expect(result.frontmatter.authors).toEqual(expected?.authors);
        expect(result.frontmatter.contributors).toEqual(expected?.contributors);
        expect(result.frontmatter.subtitle).toBe(expected?.subtitle);
        expect(result.frontmatter.titleIsEditorial).toBe(expected?.titleIsEditorial);
        // The editors wrote their own title for the copy without a headline.
        if (expected?.titleIsEditorial !== true) expect(result.frontmatter.title).toBe(expected?.title);
      });

      it('removes page chrome only, each line with a reason', () => {
        const articleTexts = markdownBlocks(handCopy?.markdown ?? '').map((block) => block.text);
        for (const removed of result.removed) {
          expect(articleTexts, `removed article text: ${removed.text}`).not.toContain(removed.text);
          expect(removed.reason).not.toBe('');
        }
      });
    });
  }
});

describe('what the ingest reports about the raw articles', () => {
  const ingest = (fileName: string) =>
    ingestArticle(
      readRaw(fileName),
      { fileName, ...RAW_ARTICLE_FLAGS[fileName] },
      { articles: [], knowledge: realContent().knowledge },
    );

  it('lists the chrome of the station copy with its reasons', () => {
    const result = ingest('002_3b84696dbbb53f91.txt');
    expect(result.removed.map(({ line, text }) => `${line}: ${text}`)).toEqual([
      '1: Skip to Content',
      '73: The-CNN-Wire',
      '74: ™ & © 2022 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.',
      '78: Article Topic Follows: CNN - US Politics',
      '80: Jump to comments ↓',
      '82: CNN Newsource',
      '84: BE PART OF THE CONVERSATION',
      '86: News Channel 3 is committed to providing a forum for civil and constructive conversation.',
      '88: Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here',
      '90: If you would like to share a story idea, please submit it here.',
      '92: Skip to content',
    ]);
    expect(result.removed[2]?.reason).toBe('copyright line');
    expect(result.moved.map(({ field, line }) => `${field}@${line}`)).toEqual([
      'authors@5',
      'contributors@76',
      'title@3',
    ]);
    expect(result.headings).toEqual([
      'Hunting for successful channels',
      '‘It’s Vladimir Putin himself’',
      '‘The pretense of diplomacy’',
    ]);
    expect(result.flagged).toEqual([]);
  });

  it('gives the copy without a headline a title from its first sentence, and flags it', () => {
    const result = ingest('001_1cc98910a8040187.txt');
    expect(result.frontmatter.title).toBe(
      'US and NATO officials believe Russian President Vladimir Putin has not backed off his original demands',
    );
    expect(result.frontmatter.titleIsEditorial).toBe(true);
    expect(result.flagged.map((flag) => flag.reason)).toEqual([
      expect.stringContaining('the copy has no headline'),
    ]);
    expect(result.slug).toBe('2022-03-20-cnn-us-and-nato-officials-believe-russian-president-vladimir');
  });

  it('takes a title given with --title for a copy without a headline', () => {
    const result = ingestArticle(
      readRaw('001_1cc98910a8040187.txt'),
      {
        fileName: '001.txt',
        ...RAW_ARTICLE_FLAGS['001_1cc98910a8040187.txt'],
        title: 'Putin has not backed off',
      },
      { articles: [], knowledge: realContent().knowledge },
    );
    expect(result.frontmatter).toMatchObject({ title: 'Putin has not backed off', titleIsEditorial: true });
    expect(result.slug).toBe('2022-03-20-cnn-putin-has-not-backed-off');
  });

  it('takes the dek the editor names as the subtitle, and moves the "Author:" line to the authors', () => {
    const result = ingest('004_2035d72cd5e1f419.txt');
    expect(result.frontmatter.subtitle).toBe(
      'Financial Times reports the two sides have drawn up a neutrality plan',
    );
    expect(result.flagged).toEqual([]);
    expect(result.moved.find((moved) => moved.field === 'authors')?.text).toBe('Author: Dave DeCamp');
    expect(result.removed.map((removed) => removed.reason)).toEqual(['author bio']);
  });

  it('compiles the new article and says what it found', () => {
    const { summary, compileProblems } = ingest('002_3b84696dbbb53f91.txt');
    expect(compileProblems).toEqual([]);
    if (summary === undefined) throw new Error('no summary');
    expect(summary.people).toContain('Kristjan Prikk');
    expect(summary.parties).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'Israel']));
    expect(summary.places).toContain('Riga');
    expect(summary.rounds.map((round) => round.id)).toContain('2022-03-10-antalya');
    expect(summary.dates).toContainEqual({
      paragraphId: 'p-3',
      phrase: 'Friday',
      start: '2022-03-11',
      end: '2022-03-11',
    });
    expect(summary.quotes).toContainEqual({
      paragraphId: 'p-19',
      text: 'He’s been proven wrong on every count,',
      speaker: 'William Burns',
    });
    expect(summary.unrecognisedNames).toEqual([]);
    expect(summary.institutions).toEqual(expect.arrayContaining(['Bloomberg News', 'State Department']));
  });

  it('compiles a copy that is a version of an existing article, whose slug it records', () => {
    const { articles, knowledge } = realContent();
    const fileName = '001_1cc98910a8040187.txt';
    const fuller = articles.filter((article) => article.slug.includes('struggle-to-decipher'));
    const result = ingestArticle(
      readRaw(fileName),
      { fileName, ...RAW_ARTICLE_FLAGS[fileName] },
      {
        articles: fuller,
        knowledge,
      },
    );
    expect(result.frontmatter.versionOf).toBe(fuller[0]?.slug);
    expect(result.compileProblems).toEqual([]);
    expect(result.summary?.people).toContain('Vladimir Putin');
  });

  it('lists capitalised names that no entity in the knowledge matches', () => {
    const { summary } = ingest('003_42295e8637bd59b3.txt');
    expect(summary?.institutions).toEqual(
      expect.arrayContaining(['Financial Times', 'Brookings Institution']),
    );
    expect(summary?.unrecognisedNames).not.toContain('Samuel Charap');
  });

  it('still writes the article when the knowledge has problems, and says the compiler could not check it', () => {
    const { knowledge } = realContent();
    const [round, ...rounds] = knowledge.rounds;
    if (round === undefined) throw new Error('no rounds in the knowledge');
    const broken = { ...knowledge, rounds: [{ ...round, place: 'atlantis' }, ...rounds] };
    const fileName = '004_2035d72cd5e1f419.txt';
    const result = ingestArticle(
      readRaw(fileName),
      { fileName, ...RAW_ARTICLE_FLAGS[fileName] },
      { articles: [], knowledge: broken },
    );
    expect(result.summary).toBeUndefined();
    expect(result.compileProblems).toEqual([expect.stringContaining('unknown place "atlantis"')]);
    const report = formatIngestReport(result, 'content/articles/x.md');
    expect(report).toContain(
      'The compiler could not check it: the content folder has 1 problem(s) to fix first:',
    );
    expect(report).not.toContain('What the compiler found:');
  });
});
