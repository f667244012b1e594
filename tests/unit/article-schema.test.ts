import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { readArticleSources } from '../helpers/content';

const valid = {
  title: 'No diplomatic off-ramp in sight for Russia’s war in Ukraine',
  outlet: 'CNN',
  authors: ['Kylie Atwood'],
  published: { date: '2022-03-11', certainty: 'exact', basis: 'The URL is dated 2022/03/11.' },
};

/** The fields a rejected frontmatter was faulted on, as `a.b` paths. */
function faultedFields(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.')],
  );
}

describe('articles schema', () => {
  const sources = readArticleSources();

  for (const { slug, frontmatter } of sources) {
    it(`accepts ${slug}`, () => {
      expect(faultedFields(frontmatter)).toEqual([]);
    });
  }

  it('accepts a minimal article and fills in the defaults', () => {
    expect(articleSchema.parse(valid)).toMatchObject({ contributors: [], titleIsEditorial: false });
  });

  it('accepts an article with no byline, which stays missing', () => {
    expect(articleSchema.parse({ ...valid, authors: [] }).authors).toEqual([]);
  });

  it('takes only web addresses as the original’s URL: no script, data or other scheme', () => {
    expect(faultedFields({ ...valid, url: 'https://edition.cnn.com/europe/live-news/x' })).toEqual([]);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', '//host/a'])
      expect(faultedFields({ ...valid, url }), url).toEqual(['url']);
    expect(articleSchema.safeParse({ ...valid, url: 'javascript:alert(1)' }).error?.issues[0]?.message).toBe(
      'expected a web address starting with http:// or https://',
    );
  });

  it('rejects control characters in a title, an outlet or a byline, which would break the feed', () => {
    expect(faultedFields({ ...valid, title: 'Talks resume\u0007 in Istanbul' })).toEqual(['title']);
    expect(faultedFields({ ...valid, outlet: 'CNN\r' })).toEqual(['outlet']);
    expect(faultedFields({ ...valid, authors: ['Kylie\u0000 Atwood'] })).toEqual(['authors.0']);
    expect(faultedFields({ ...valid, title: 'Çavuşoğlu’s “plan” — in full' })).toEqual([]);
  });

  it('rejects a missing title', () => {
    expect(faultedFields({ ...valid, title: undefined })).toEqual(['title']);
  });

  it('rejects an unparseable published date and says what it expected', () => {
    const result = articleSchema.safeParse({
      ...valid,
      published: { ...valid.published, date: '11 March 2022' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['published', 'date']);
    expect(result.error?.issues[0]?.message).toContain('expected an ISO date such as "2022-03-20"');
  });

  it('rejects a date-time without its zone', () => {
    expect(
      faultedFields({ ...valid, published: { ...valid.published, date: '2022-03-11T10:00:00' } }),
    ).toEqual(['published.date']);
  });

  it('rejects a field of the wrong type', () => {
    expect(faultedFields({ ...valid, authors: 'Kylie Atwood' })).toEqual(['authors']);
  });

  it('rejects an unknown field, so a misspelt one is not silently ignored', () => {
    expect(faultedFields({ ...valid, publised: '2022-03-11' })).toEqual(['publised']);
  });

  it('rejects a certainty other than exact or inferred', () => {
    expect(faultedFields({ ...valid, published: { ...valid.published, certainty: 'guessed' } })).toEqual([
      'published.certainty',
    ]);
  });
});
