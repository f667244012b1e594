import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionChecksFile } from '../../../src/lib/build/version-checks-file';
import { findArticleVersions, fingerprint, groupVersions } from '../../../src/lib/compile/duplicates';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model } = corpus();

describe('versions of one story', () => {
  it('finds the CNN live post as a shorter version of the full CNN story, and which paragraphs differ', () => {
    expect(model.versionPairs).toHaveLength(1);
    const [pair] = model.versionPairs;
    expect(pair?.fuller).toBe(slugStartingWith('2022-03-20-cnn-us'));
    expect(pair?.shorter).toBe(slugStartingWith('2022-03-20-cnn-live'));
    expect(pair?.containment).toBeGreaterThan(0.7);
    expect(pair?.similarity).toBeLessThan(0.5);
    // The live post's last paragraph words the National Security Council's silence differently.
    expect(pair?.shorterOnly).toEqual(['p-9']);
    expect(pair?.fullerOnly.length).toBeGreaterThan(15);
  });

  it('counts four independent stories among the five articles', () => {
    expect(model.stories).toHaveLength(4);
    const cnn = model.stories.find((story) => story.versions.length > 0);
    expect(cnn).toEqual({
      primary: slugStartingWith('2022-03-20-cnn-us'),
      versions: [slugStartingWith('2022-03-20-cnn-live')],
    });
  });

  it('keeps the buckets of a paragraph as they were computed, so fingerprints cached by earlier builds still pair', () => {
    // A cached article's fingerprint is compared with a newly compiled one's: the hashing must not change.
    const print = fingerprint([
      {
        text: 'Russian and Ukrainian negotiators met in Istanbul on Tuesday for the first face-to-face talks in weeks.',
      },
      { text: 'Too short to count.' },
    ]);
    expect(print.buckets).toBe(
      'alemvz,1ne34we,787g0a,vx4ulj,1d5m6wj,193k0up,1dpvud3,ohvynx,1x9y4bx,noyfdq,m5ene5,bfpeom,1gnm58k,nc3cxq,y1j0nv,1ptyvj9',
    );
  });

  it('takes an article with half its text in a longer one for a version of it, and one with less for none', () => {
    const paragraph = (word: string, length: number) => ({
      id: `p-${word}`,
      text: Array.from({ length }, (_, n) => `${word}${n}`).join(' '),
    });
    // Three paragraphs of 30 words: 26 five-word shingles each.
    const full = {
      slug: 'full',
      paragraphs: [paragraph('alpha', 30), paragraph('beta', 30), paragraph('gamma', 30)],
    };
    // 26 of its 52 shingles in the full story: exactly half.
    const half = { slug: 'half', paragraphs: [paragraph('alpha', 30), paragraph('delta', 30)] };
    // 26 of 53.
    const less = { slug: 'less', paragraphs: [paragraph('alpha', 30), paragraph('epsilon', 31)] };
    expect(findArticleVersions([full, half])).toEqual([
      {
        fuller: 'full',
        shorter: 'half',
        similarity: 26 / 104,
        containment: 0.5,
        shorterOnly: ['p-delta'],
        fullerOnly: ['p-beta', 'p-gamma'],
      },
    ]);
    expect(findArticleVersions([full, less])).toEqual([]);
  });

  it('compares only articles that share a bucket, not every pair', () => {
    // 300 unrelated articles: every pair would be 44,850 comparisons.
    const articles = Array.from({ length: 300 }, (_, n) => ({
      slug: `article-${n}`,
      paragraphs: Array.from({ length: 6 }, (_, p) => ({
        id: `p-${p + 1}`,
        text: Array.from({ length: 30 }, (_, w) => `word${(n * 7919 + p * 104729 + w * 31) % 100003}`).join(
          ' ',
        ),
      })),
    }));
    const copy = { slug: 'copy-of-7', paragraphs: articles[7]?.paragraphs.slice(0, 4) ?? [] };
    const stats = { comparisons: 0 };
    const pairs = findArticleVersions([...articles, copy], stats);
    expect(pairs.map(({ fuller, shorter }) => [fuller, shorter])).toEqual([['article-7', 'copy-of-7']]);
    expect(stats.comparisons).toBeLessThan(50);
  });

  it('lists pairs in the order of their slugs, whatever the order of the articles, and pairs none by a passage more than ten share', () => {
    const words = (prefix: string) => Array.from({ length: 30 }, (_, w) => `${prefix}${w}`).join(' ');
    const story = (slug: string, own: string) => ({
      slug,
      paragraphs: [
        { id: 'p-1', text: words('shared') },
        { id: 'p-2', text: words(own) },
      ],
    });
    // Two stories told twice (each version shares both paragraphs), listed out of order.
    const told = [story('b-2', 'bee'), story('a-2', 'ay'), story('b-1', 'bee'), story('a-1', 'ay')];
    const pairsOf = (articles: readonly { slug: string }[]) =>
      findArticleVersions(articles as typeof told).map(({ fuller, shorter }) =>
        [fuller, shorter].sort().join(' '),
      );
    // Four articles share p-1: every pair of them is a candidate, and the first paragraph alone is half of each.
    expect(pairsOf(told)).toEqual(['a-1 a-2', 'a-1 b-1', 'a-1 b-2', 'a-2 b-1', 'a-2 b-2', 'b-1 b-2']);
    expect(pairsOf([...told].reverse())).toEqual(pairsOf(told));
    // Eleven articles share p-1: a stock passage, which pairs none; the stories' own paragraphs still do.
    const many = [...told, ...Array.from({ length: 7 }, (_, n) => story(`c-${n}`, `sea${n}x`))];
    expect(pairsOf(many)).toEqual(['a-1 a-2', 'b-1 b-2']);
  });

  it('compares again only the pairs a changed or added article is in, with earlier results kept in a file', () => {
    // Each a version of the last: every pair shares buckets.
    const base = Array.from({ length: 12 }, (_, w) => `w${w}`);
    const article = (slug: string, words: string[]) => ({
      slug,
      paragraphs: [0, 1, 2].map((p) => ({
        id: `p-${p + 1}`,
        text: words.map((word) => `${word}${p}`).join(' '),
      })),
    });
    const articles = [article('a', base), article('b', base.slice(0, 10)), article('c', base.slice(0, 11))];
    const digests = new Map([
      ['a', 'digest-a'],
      ['b', 'digest-b'],
      ['c', 'digest-c'],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'talks-versions-')), 'checks.json');
    const cold = { comparisons: 0 };
    const first = versionChecksFile(file, digests);
    const pairs = findArticleVersions(articles, cold, first);
    first.save();
    expect(cold.comparisons).toBe(3);
    expect(pairs).toEqual(findArticleVersions(articles));

    // Nothing changed: nothing compared, the same pairs.
    const again = { comparisons: 0 };
    expect(findArticleVersions(articles, again, versionChecksFile(file, digests))).toEqual(pairs);
    expect(again.comparisons).toBe(0);

    // 'c' changed (a new digest) and 'd' was added: their pairs alone are compared.
    const changed = [...articles.slice(0, 2), article('c', base.slice(0, 9)), article('d', base.slice(1))];
    const digestsNow = new Map([...digests, ['c', 'digest-c2'], ['d', 'digest-d']]);
    const rebuilt = { comparisons: 0 };
    const checks = versionChecksFile(file, digestsNow);
    expect(findArticleVersions(changed, rebuilt, checks)).toEqual(findArticleVersions(changed));
    expect(rebuilt.comparisons).toBe(5);
    checks.save();
    // The old 'c' results are gone from the file; the kept ones are those of this build.
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { versions: object; different: string[] };
    const keys = [...Object.keys(kept.versions), ...kept.different];
    expect(keys).toHaveLength(6);
    expect(keys.some((key) => key.includes('digest-c\n'))).toBe(false);
  });

  it('groups chains of versions into one story, fullest first', () => {
    const pair = (fuller: string, shorter: string) => ({
      fuller,
      shorter,
      similarity: 0.5,
      containment: 0.9,
      shorterOnly: [],
      fullerOnly: [],
    });
    const sizes: Record<string, number> = { a: 300, b: 200, c: 100, d: 50 };
    expect(
      groupVersions(['a', 'b', 'c', 'd'], [pair('b', 'c'), pair('a', 'b')], (slug) => sizes[slug] ?? 0),
    ).toEqual([
      { primary: 'a', versions: ['b', 'c'] },
      { primary: 'd', versions: [] },
    ]);
  });
});
