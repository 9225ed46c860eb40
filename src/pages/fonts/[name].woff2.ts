/** /fonts/<cut>-<weight>.woff2: a weight of a cut of the Chinese font (see ./_cuts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cuts } from './_cuts.ts';

export const getStaticPaths = (async () => (await cuts()).flatMap((cut) => cut.files.map((item) => ({ params: { name: item.name } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const item = (await cuts()).flatMap((cut) => cut.files).find((candidate) => candidate.name === params.name);
  if (!item) return new Response(null, { status: 404 });
  return new Response(item.file.body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/woff2' } });
};
