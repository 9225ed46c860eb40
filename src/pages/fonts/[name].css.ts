/** /fonts/<cut>.css: a cut of the Chinese font's faces and the Chinese typography (see ./_cuts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cuts, stylesheet } from './_cuts.ts';

export const getStaticPaths = (async () => (await cuts()).map((cut) => ({ params: { name: cut.stylesheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const cut = (await cuts()).find((candidate) => candidate.stylesheet === params.name);
  if (!cut) return new Response(null, { status: 404 });
  return new Response(stylesheet(cut.coverOf, cut.files.map((item) => item.file)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
