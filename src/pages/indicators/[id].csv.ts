/** /indicators/<id>.csv — this indicator's rows of data/values.csv, exactly as written there, under the file's header. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { columnsOf } from '../../loaders/tables.ts';
import { getReportModel } from '../../model/index.ts';
import { indicatorPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getReportModel();
  const indicator = model.indicatorById.get(params.id!)!;
  // The loader requires values.csv's header to be exactly these columns in this order.
  const lines = [columnsOf('values').join(','), ...indicator.valueRows.map((row) => row.raw)];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
