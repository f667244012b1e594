import { compileModel, type PersonRecord, type TalksModel } from '../../src/lib/compile/model';
import { escapeRegExp } from '../../src/lib/compile/text';
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

/**
 * Whether an article's text or byline holds one of a person's names (whole words), read from the
 * articles, not from the compiler's mentions: what "the coverage names them" means to a reader.
 */
export function namedInArticleText(person: Pick<PersonRecord, 'name' | 'aliases'>): boolean {
  const names = [person.name, ...person.aliases].map(
    (name) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u'),
  );
  return corpus().model.articles.some(
    (article) =>
      [...article.data.authors, ...article.data.contributors].includes(person.name) ||
      article.paragraphs.some((paragraph) => names.some((name) => name.test(paragraph.text))),
  );
}
