/**
 * The compiler on articles it was not built on: the development and test sets
 * (tests/corpus/) hold their floors, as `npm run eval` reports them. The
 * failure message gives figures only, never the test set's misses.
 */
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/lib/content/read-content';
import { evaluate, sameMentionWords } from '../../src/lib/eval/evaluate';
import {
  compileSplit,
  evalSplits,
  readSplitGold,
  leftOutSources,
  sharedSourceProblems,
  splitSources,
} from '../../src/lib/eval/splits';
import { projectRoot } from '../helpers/paths';

const knowledge = readKnowledge(`${projectRoot}content`);
const splits = evalSplits(projectRoot).filter((split) => split.name !== 'seed');
// Each set compiled once, when the file is collected (no test's time limit applies): the floors and the check that
// they can fail read the same data, and a compile of hundreds of articles is not repeated inside a test.
const compiled = new Map(splits.map((split) => [split.name, compileSplit(split, knowledge, projectRoot)]));

describe.each(splits)('the $name set', (split) => {
  const gold = readSplitGold(split);
  const data = compiled.get(split.name);
  if (data === undefined) throw new Error(`the ${split.name} set was not compiled`);
  const report = evaluate(gold, data, {
    ...(split.kinds ? { kinds: split.kinds } : {}),
    floors: split.floors,
  });

  it('holds at least twelve articles, each with its gold file', () => {
    expect(gold.length).toBeGreaterThanOrEqual(12);
    expect(report.articles).toHaveLength(gold.length);
  });

  it('reaches its floors', () => {
    const figures = report.scores
      .map((score) => `${score.kind}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`)
      .join('; ');
    expect(report.failures, figures).toEqual([]);
  });
});

describe('the evaluation of the corpus sets', () => {
  it('has each source page in one set once, so nothing measured as unseen was tuned on', () => {
    expect(sharedSourceProblems(splitSources(evalSplits(projectRoot)))).toEqual([]);
  });

  it('has no page a batch left out of both sets in either, each listed once', () => {
    const leftOut = leftOutSources(projectRoot);
    expect(leftOut.length).toBeGreaterThan(0);
    expect(sharedSourceProblems([...splitSources(evalSplits(projectRoot)), ...leftOut])).toEqual([]);
  });

  it('names a new page that a batch left out by the line of the list', () => {
    expect(
      sharedSourceProblems([
        ...leftOutSources(projectRoot),
        {
          file: '/tmp/batch/articles/a.md',
          url: 'https://www.moneycontrol.com/news/world/sergei-lavrov-says-russia-open-to-talks-with-west-awaiting-serious-proposal-9313441.html',
        },
      ]),
    ).toEqual([
      expect.stringMatching(
        /^tests\/corpus\/left-out\.txt, line \d+ \(a page a batch left out\) and \/tmp\/batch\/articles\/a\.md: the same page/u,
      ),
    ]);
  });

  it('matches a mention by its words, a possessive or a left-out first name aside, not a longer word', () => {
    expect(sameMentionWords('Turkey', 'Turkey’s')).toBe(true);
    expect(sameMentionWords('Mikhailo Podolyak', 'Podolyak')).toBe(true);
    expect(sameMentionWords('Russia', 'Russian')).toBe(false);
    expect(sameMentionWords('Kyiv', 'Moscow')).toBe(false);
  });

  it('finds a page in two sets under another spelling of its address', () => {
    const problems = sharedSourceProblems([
      { file: 'tests/corpus/dev/articles/a.md', url: 'https://www.example.com/news/1/' },
      { file: 'tests/corpus/test/articles/b.md', url: 'http://example.com/news/1?utm=x' },
      { file: 'tests/corpus/test/articles/c.md', url: 'https://example.com/news/2' },
    ]);
    expect(problems).toEqual([
      'tests/corpus/dev/articles/a.md and tests/corpus/test/articles/b.md: the same page (https://www.example.com/news/1/); expected each source in one set once',
    ]);
  });

  it('keeps apart two articles of a site whose query names the article (“?p=”, “news.php?id=”)', () => {
    expect(
      sharedSourceProblems([
        { file: 'tests/corpus/dev/articles/a.md', url: 'https://example.com/?p=521544' },
        { file: 'tests/corpus/test/articles/b.md', url: 'https://example.com/?p=2075379' },
        { file: 'tests/corpus/test/articles/c.md', url: 'https://example.com/news.php?id=7&utm_source=x' },
        { file: 'tests/corpus/dev/articles/d.md', url: 'https://www.example.com/news.php?id=7' },
      ]),
    ).toEqual([
      'tests/corpus/test/articles/c.md and tests/corpus/dev/articles/d.md: the same page (https://example.com/news.php?id=7&utm_source=x); expected each source in one set once',
    ]);
  });

  it('counts a wrong speaker against the compiler (the floors can fail)', () => {
    const [dev] = splits;
    const data = dev === undefined ? undefined : compiled.get(dev.name);
    if (dev === undefined || data === undefined) throw new Error('no dev set');
    const wrong = {
      ...data,
      quotes: data.quotes.map((quote) =>
        quote.speakerKind === 'person' ? { ...quote, speaker: 'vladimir-putin' } : quote,
      ),
    };
    const { failures } = evaluate(readSplitGold(dev), wrong, { kinds: dev.kinds ?? [], floors: dev.floors });
    expect(failures.join('\n')).toMatch(/Quote speakers: precision/u);
  });
});
