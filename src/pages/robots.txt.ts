/** robots.txt: everything may be crawled; the sitemap is named when the site's address is known (data/report.json siteUrl). */
import type { APIRoute } from 'astro';
import { getReportModel } from '../model/index.ts';
import { absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const { report } = await getReportModel();
  const lines = ['User-agent: *', 'Allow: /'];
  if (report.siteUrl) lines.push(`Sitemap: ${absoluteUrl('/sitemap-index.xml', report.siteUrl)}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
