import { compileModel, type TalksModel } from '../../src/lib/compile/model';
import type { Knowledge, SourceArticle } from '../../src/lib/compile/knowledge';
import { readContent } from '../../src/lib/content/read-content';
import { projectRoot } from './paths';

let cached: { articles: SourceArticle[]; knowledge: Knowledge; model: TalksModel } | undefined;

/** The real content of `content/`, read and compiled once per test file. */
export function corpus(): { articles: SourceArticle[]; knowledge: Knowledge; model: TalksModel } {
  if (cached === undefined) {
    const { articles, knowledge } = readContent(`${projectRoot}content`);
    cached = { articles, knowledge, model: compileModel(articles, knowledge) };
  }
  return cached;
}

/** The slug of the one article whose slug starts with a prefix. */
export function slugStartingWith(prefix: string): string {
  const matches = corpus().articles.filter((article) => article.slug.startsWith(prefix));
  if (matches.length !== 1 || matches[0] === undefined)
    throw new Error(`expected one article starting ${prefix}`);
  return matches[0].slug;
}
