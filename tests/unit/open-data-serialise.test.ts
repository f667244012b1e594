/**
 * `/data/`'s quotes, dates and mentions are joined from pieces each article's
 * compile serialised: the file must be byte for byte the whole list
 * serialised at once, as a reader's JSON or CSV parser would get it.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data/csv';
import { ARTICLE_KINDS, articleOpenData, openData } from '../../src/lib/open-data/records';
import {
  articlePiece,
  csvFields,
  joinCsv,
  joinJson,
  packArticleData,
  type ArticleKind,
  type DataFormat,
} from '../../src/lib/open-data/serialise';
import { corpus } from '../helpers/corpus';

/** One piece of a packed article, as the data files read it from the article's file. */
const piece = (packed: string, kind: ArticleKind, format: DataFormat) =>
  articlePiece(Buffer.from(packed), kind, format);

describe('the open data joined from each article’s serialised records', () => {
  const { model } = corpus();
  const packed = model.articles.map((article) => packArticleData(articleOpenData(article, model)));

  it.each(ARTICLE_KINDS)('gives the %s files of the whole list, byte for byte', (kind) => {
    const records = openData(model)[kind] as unknown as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    expect(joinJson(packed.map((text) => piece(text, kind, 'json'))).toString()).toBe(
      `${JSON.stringify(records, null, 1)}\n`,
    );
    expect(
      joinCsv(
        kind,
        packed.map((text) => piece(text, kind, 'csv')),
      ).toString(),
    ).toBe(toCsv(csvFields(kind), records));
  });

  it('skips an article with no records of a kind, and writes an empty list as JSON does', () => {
    const empty = packArticleData({ quotes: [], dates: [], mentions: [] });
    const [first] = packed;
    if (first === undefined) throw new Error('no article in content/');
    const quotes = piece(first, 'quotes', 'json');
    expect(joinJson([piece(empty, 'quotes', 'json'), quotes]).toString()).toBe(joinJson([quotes]).toString());
    expect(joinJson([piece(empty, 'quotes', 'json')]).toString()).toBe('[]\n');
    expect(joinCsv('dates', [piece(empty, 'dates', 'csv')]).toString()).toBe(toCsv(csvFields('dates'), []));
  });

  it('keeps each piece apart by its length in bytes, whatever characters the records hold', () => {
    const mention = {
      article: 'a',
      paragraph: 'p-1',
      kind: 'person' as const,
      id: 'x',
      text: 'line\nbreak, “quotes” and é',
      title: null,
      start: 0,
      end: 1,
      inQuote: false,
      source: 'compiler' as const,
    };
    const text = packArticleData({ quotes: [], dates: [], mentions: [mention, mention] });
    expect(JSON.parse(`[${piece(text, 'mentions', 'json').toString()}]`)).toEqual([mention, mention]);
    expect(piece(text, 'mentions', 'csv').toString()).toBe(
      toCsv(csvFields('mentions'), [mention, mention]).split('\r\n').slice(1).join('\r\n'),
    );
    expect(piece(text, 'dates', 'csv').length).toBe(0);
    expect(() => piece('not a header\n', 'quotes', 'json')).toThrow(/expected the length/u);
  });
});
