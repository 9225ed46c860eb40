/** The brand colour from data/report.json as a stylesheet, so no inline style is needed (strict CSP). */
import type { APIRoute } from 'astro';
import { getReportModel } from '../model/index.ts';

export const GET: APIRoute = async () => {
  const { report } = await getReportModel();
  return new Response(`:root {\n  --brand: ${report.brandColour};\n}\n`, { headers: { 'Content-Type': 'text/css' } });
};
