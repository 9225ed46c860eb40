/** /data/<file> — the published data files (see lib/downloads.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDownloads } from '../../lib/downloads.ts';

export const getStaticPaths = (() => dataDownloads().map((download) => ({ params: { file: download.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const download = dataDownloads().find((item) => item.name === params.file)!;
  const type = download.mediaType.startsWith('text/') ? `${download.mediaType}; charset=utf-8` : download.mediaType;
  return new Response(download.body, { headers: { 'Content-Type': type } });
};
