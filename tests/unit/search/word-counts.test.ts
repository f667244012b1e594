import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleWordCounts, searchWords, searchWordsFrom } from '../../../src/lib/search/vocabulary';
import { wordCountsFile } from '../../../src/lib/search/word-counts-file';
import { corpus } from '../../helpers/corpus';

const { model } = corpus();

describe('the suggestions’ words from counts kept by article digest', () => {
  it('gives the words counting the whole model gives, from counts read back from the file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'word-counts-')), 'talks-search-words.json');
    const first = wordCountsFile(path);
    for (const article of model.articles) first.countsOf(article.slug, () => articleWordCounts(article));
    first.save();
    const second = wordCountsFile(path);
    const kept = model.articles.map((article) =>
      second.countsOf(article.slug, () => {
        throw new Error(`${article.slug} was counted again`);
      }),
    );
    expect(searchWordsFrom(kept)).toEqual(searchWords(model));
    expect(searchWords(model).words).toContain('neutrality');
  });

  it('counts a new digest, forgets one no build used, and writes nothing when nothing changed', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'word-counts-')), 'talks-search-words.json');
    const [a, b] = model.articles;
    if (a === undefined || b === undefined) throw new Error('the corpus has fewer than two articles');
    const first = wordCountsFile(path);
    first.countsOf('digest-a', () => articleWordCounts(a));
    first.countsOf('digest-b', () => articleWordCounts(b));
    first.save();

    const unchanged = wordCountsFile(path);
    unchanged.countsOf('digest-a', () => []);
    unchanged.countsOf('digest-b', () => []);
    const written = statSync(path).mtimeMs;
    unchanged.save();
    expect(statSync(path).mtimeMs).toBe(written);

    // b changed (a new digest): counted anew, its old counts dropped.
    const changed = wordCountsFile(path);
    changed.countsOf('digest-a', () => []);
    expect(changed.countsOf('digest-b2', () => [['talks', 2]])).toEqual([['talks', 2]]);
    changed.save();
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object)).toEqual(['digest-a', 'digest-b2']);
  });

  it('takes a file it cannot read for an empty one', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'word-counts-')), 'missing', 'talks-search-words.json');
    expect(wordCountsFile(path).countsOf('digest', () => [['talks', 1]])).toEqual([['talks', 1]]);
    expect(existsSync(path)).toBe(false);
  });
});
