import type { APIRoute, GetStaticPaths } from 'astro';
import { articleOpenDataPiece, articlesNewestFirst } from '../../data/articles';
import { model } from '../../data/model';
import { openDataRecords as data } from '../../data/open-data';
import { toCsv } from '../../lib/open-data/csv';
import { ARTICLE_KINDS } from '../../lib/open-data/records';
import {
  csvFields,
  joinCsv,
  joinJson,
  type ArticleKind,
  type FileBytes,
} from '../../lib/open-data/serialise';
import { openDataFiles, type OpenDataName } from '../../schemas/open-data';

const names = Object.keys(openDataFiles) as OpenDataName[];

/** `/data/<name>.json` and its CSV twin `/data/<name>.csv`, for each file of the open data. */
export const getStaticPaths = (() =>
  names.flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, format: 'json' as const } },
    { params: { file: `${name}.csv` }, props: { name, format: 'csv' as const } },
  ])) satisfies GetStaticPaths;

const entryById = new Map(articlesNewestFirst.map((article) => [article.id, article]));

function isArticleKind(name: OpenDataName): name is ArticleKind {
  return (ARTICLE_KINDS as readonly string[]).includes(name);
}

/**
 * A file of records from every article, joined from each article's records as
 * the loader serialised them (src/lib/open-data/serialise.ts), in the model's
 * article order: the same bytes as serialising the records here, never
 * decoded nor encoded again.
 */
function joinedArticleFile(kind: ArticleKind, format: 'json' | 'csv'): FileBytes {
  const pieces = model.articles.map((article) => {
    const entry = entryById.get(article.slug);
    if (entry === undefined) throw new Error(`no article ${article.slug} in the content collection`);
    return articleOpenDataPiece(entry, kind, format);
  });
  return format === 'json' ? joinJson(pieces) : joinCsv(kind, pieces);
}

export const GET: APIRoute = ({ props }) => {
  const { name, format } = props as { name: OpenDataName; format: 'json' | 'csv' };
  const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  if (isArticleKind(name))
    return new Response(joinedArticleFile(name, format), { headers: { 'content-type': type } });
  const records = data[name] as unknown as Record<string, unknown>[];
  const body = format === 'json' ? `${JSON.stringify(records, null, 1)}\n` : toCsv(csvFields(name), records);
  return new Response(body, { headers: { 'content-type': type } });
};
