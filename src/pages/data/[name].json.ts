/** /data/<name>.json: the JSON version of each table, report.json and datapackage.json (src/lib/downloads.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadRoute } from '../../lib/downloads.ts';

const route = downloadRoute('.json');
export const getStaticPaths = route.paths satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => route.response(params.name);
