import { join } from 'node:path';
import { articleWordCounts, searchWordsFrom, type SearchWords } from '../lib/search/vocabulary';
import { wordCountsFile } from '../lib/search/word-counts-file';
import { articlesNewestFirst, compiledDigest, compiledFactsDir } from './articles';
import { model } from './model';

/**
 * The words spelling suggestions come from (`/search-words.json`): each
 * article's words are counted once under the digest it was compiled under and
 * kept in the build's cache folder (`talks-search-words.json`), so a build
 * after one new article counts that article's words, then sums the counts.
 */
export function archiveSearchWords(): SearchWords {
  const file = wordCountsFile(join(compiledFactsDir(), '..', 'talks-search-words.json'));
  const digests = new Map(articlesNewestFirst.map((article) => [article.id, compiledDigest(article)]));
  const words = searchWordsFrom(
    model.articles.map((article) => {
      const digest = digests.get(article.slug);
      const count = () => articleWordCounts(article);
      return digest === undefined ? count() : file.countsOf(digest, count);
    }),
  );
  file.save();
  return words;
}
