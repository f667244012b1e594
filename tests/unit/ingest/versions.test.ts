import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/lib/ingest/ingest';
import { IngestError } from '../../../src/lib/ingest/ingest-error';
import { CNN_FULL, CNN_LIVE, RAW_ARTICLE_FLAGS, readRaw, realContent } from './helpers';

const LIVE_POST = '001_1cc98910a8040187.txt';
const HILL = '003_42295e8637bd59b3.txt';
const options = (fileName: string) => ({ fileName, ...RAW_ARTICLE_FLAGS[fileName] });

describe('another version of an article already in the content folder', () => {
  it('finds the CNN live post as a shorter version of the full CNN story, and records it as a comment', () => {
    const { articles, knowledge } = realContent();
    const withoutOwnCopy = articles.filter((article) => article.slug !== CNN_LIVE);
    const result = ingestArticle(readRaw(LIVE_POST), options(LIVE_POST), {
      articles: withoutOwnCopy,
      knowledge,
    });
    expect(result.versionOf).toHaveLength(1);
    const [relation] = result.versionOf;
    expect(relation).toMatchObject({ slug: CNN_FULL, newCopyIs: 'shorter', onlyInNew: ['p-9'] });
    expect(relation?.containment).toBeGreaterThan(0.7);
    expect(result.markdown).toMatch(
      new RegExp(
        `\\n# version of: ${CNN_FULL} \\(containment 0\\.\\d\\d; this copy is the shorter\\)\\n---\\n`,
        'u',
      ),
    );
    expect(result.markdown).toContain(`\nversionOf: "${CNN_FULL}"\n`);
  });

  it('refuses a copy whose text is already in the folder, naming the article', () => {
    const run = () => ingestArticle(readRaw(LIVE_POST), options(LIVE_POST), realContent());
    expect(run).toThrow(IngestError);
    expect(run).toThrow(
      `${LIVE_POST} has the same text as content/articles/${CNN_LIVE}.md; not added again (pass --force to add it anyway).`,
    );
  });

  it('adds it anyway with force, against the real content folder, recording both relations', () => {
    const result = ingestArticle(readRaw(LIVE_POST), { ...options(LIVE_POST), force: true }, realContent());
    expect(result.sameTextAs).toBe(CNN_LIVE);
    expect(result.versionOf.map((relation) => relation.slug)).toEqual([CNN_FULL]);
    expect(result.markdown).toContain(`# same text as: ${CNN_LIVE}\n`);
    expect(result.markdown).toContain(`# version of: ${CNN_FULL} (containment`);
  });

  it('finds no version for an independent story', () => {
    const { articles, knowledge } = realContent();
    const result = ingestArticle(readRaw(HILL), options(HILL), {
      articles: articles.filter((article) => article.data.receivedAs !== HILL),
      knowledge,
    });
    expect(result.versionOf).toEqual([]);
    expect(result.markdown).not.toContain('# version of');
  });
});
