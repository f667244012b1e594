import { findArticleVersions } from '../compile/duplicates';

/** An article as ingest compares it with a new copy: its paragraphs' text, with their anchors. */
export interface ComparableArticle {
  slug: string;
  paragraphs: readonly { id: string; text: string }[];
}
import { extractParagraphs } from '../compile/paragraphs';

/** How a new copy relates to an article already in the content folder: two versions of one story. */
export interface VersionRelation {
  /** The existing article's slug. */
  slug: string;
  /** Share of the shorter version's shingles found in the fuller one, 0 to 1. */
  containment: number;
  /** Jaccard similarity of the two, 0 to 1. */
  similarity: number;
  /** Whether the new copy is the shorter or the fuller of the two. */
  newCopyIs: 'shorter' | 'fuller';
  /** Paragraphs of the new copy with no counterpart in the other version. */
  onlyInNew: string[];
  /** Paragraphs of the other version with no counterpart in the new copy. */
  onlyInExisting: string[];
}

/** An article body as the version check compares it: its paragraphs, with the anchors the page gives them. */
export function comparableArticle(slug: string, body: string): ComparableArticle {
  return { slug, paragraphs: extractParagraphs(body).map(({ id, text }) => ({ id, text })) };
}

/**
 * The existing articles that a new copy is another version of, found with
 * the compiler's own check (MinHash over paragraphs, `findArticleVersions`)
 * run over the existing articles and the new one together.
 */
export function findVersionsOf(
  copy: ComparableArticle,
  existing: readonly ComparableArticle[],
): VersionRelation[] {
  return findArticleVersions([...existing, copy]).flatMap((pair): VersionRelation[] => {
    if (pair.shorter !== copy.slug && pair.fuller !== copy.slug) return [];
    const newIsShorter = pair.shorter === copy.slug;
    return [
      {
        slug: newIsShorter ? pair.fuller : pair.shorter,
        containment: pair.containment,
        similarity: pair.similarity,
        newCopyIs: newIsShorter ? 'shorter' : 'fuller',
        onlyInNew: newIsShorter ? pair.shorterOnly : pair.fullerOnly,
        onlyInExisting: newIsShorter ? pair.fullerOnly : pair.shorterOnly,
      },
    ];
  });
}

function normalisedTexts(article: ComparableArticle): string {
  return article.paragraphs.map((paragraph) => paragraph.text.replace(/\s+/gu, ' ').trim()).join('\n');
}

/** The existing article with the same text as the new copy (every paragraph equal, white space aside), if any. */
export function findSameText(
  copy: ComparableArticle,
  existing: readonly ComparableArticle[],
): string | undefined {
  const text = normalisedTexts(copy);
  return existing.find((article) => normalisedTexts(article) === text)?.slug;
}
