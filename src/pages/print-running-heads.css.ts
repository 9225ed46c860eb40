/** /print-running-heads.css: the English edition's print running heads (src/lib/running-heads.ts). */
import type { APIRoute } from 'astro';
import { getReportModel } from '../model/index.ts';
import { runningHeadsCss } from '../lib/running-heads.ts';

export const GET: APIRoute = async () =>
  new Response(runningHeadsCss(await getReportModel()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
