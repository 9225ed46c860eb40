/** /indicators/<id>.json — the indicator's registry entry and its values, typed (numbers as numbers, statuses as words). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportModel } from '../../model/index.ts';
import { indicatorPaths } from '../../lib/static-paths.ts';
import { indicatorJson } from '../../model/export.ts';

export const getStaticPaths = indicatorPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getReportModel();
  const body = indicatorJson(model, model.indicatorById.get(params.id!)!);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
