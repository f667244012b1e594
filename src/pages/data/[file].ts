import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataRecords as data } from '../../data/open-data';
import { toCsv } from '../../lib/open-data/csv';
import { openDataFiles, type OpenDataName } from '../../schemas/open-data';

const names = Object.keys(openDataFiles) as OpenDataName[];

/** `/data/<name>.json` and its CSV twin `/data/<name>.csv`, for each file of the open data. */
export const getStaticPaths = (() =>
  names.flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, format: 'json' as const } },
    { params: { file: `${name}.csv` }, props: { name, format: 'csv' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { name, format } = props as { name: OpenDataName; format: 'json' | 'csv' };
  const records = data[name] as unknown as Record<string, unknown>[];
  if (format === 'json')
    return new Response(`${JSON.stringify(records, null, 1)}\n`, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  const fields = Object.keys(openDataFiles[name].schema.shape);
  return new Response(toCsv(fields, records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
