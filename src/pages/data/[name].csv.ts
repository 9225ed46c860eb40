/** /data/<name>.csv: the data files as kept in data/ (src/lib/downloads.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadRoute } from '../../lib/downloads.ts';

const route = downloadRoute('.csv');
export const getStaticPaths = route.paths satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => route.response(params.name);
