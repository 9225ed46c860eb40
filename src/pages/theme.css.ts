/**
 * The brand colour from data/report.json as a stylesheet, so no inline style is needed (strict CSP).
 * global.css defines no --brand of its own: this file is the one place the brand colour is set.
 * The dark theme gets a lighter variant with the same 4.5:1 contrast (src/lib/colour.ts).
 */
import type { APIRoute } from 'astro';
import { getReportModel } from '../model/index.ts';
import { brandVariants } from '../lib/colour.ts';

export const GET: APIRoute = async () => {
  const { report } = await getReportModel();
  const { light, dark } = brandVariants(report.brandColour);
  const css = `:root {\n  --brand-light: ${light};\n  --brand-dark: ${dark};\n}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css' } });
};
