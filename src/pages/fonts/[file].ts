/**
 * /fonts/noto-sans-hk.css and its woff2 files: the Chinese edition's font (src/lib/cjk-font.ts cuts Noto Sans HK to
 * the characters the edition prints) with the Chinese typography of src/styles/cjk.css. Written only when the
 * report publishes a language in Chinese script; same-origin files, so the strict CSP's `font-src 'self'` holds.
 * Chinese pages link the stylesheet (BaseLayout); English pages never load it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import cjkStyles from '../../styles/cjk.css?raw';
import { cjkCharacters, cjkFontFaces, editionText, subsetCjkFont, type CjkFont } from '../../lib/cjk-font.ts';
import { getReportModel } from '../../model/index.ts';
import { loadProject } from '../../validation/validate.ts';
import { reportRoot } from '../../loaders/files.ts';
import { publishedLanguages } from '../../i18n/index.ts';
import { CJK_STYLESHEET, needsCjkFont } from '../../lib/paths.ts';

let font: Promise<CjkFont> | undefined;
/** Cut once per build, for every Chinese edition's text together. */
async function cjkFont(): Promise<CjkFont> {
  font ??= (async () => {
    const { report } = await getReportModel();
    const root = reportRoot();
    const data = loadProject(root);
    const text = publishedLanguages(report).filter(needsCjkFont).map((language) => editionText(root, data, language)).join('\n');
    const cut = await subsetCjkFont(cjkCharacters(text));
    if (cut.missing.length > 0) throw new Error(`The Chinese font has no glyph for: ${cut.missing.join(' ')} (Noto Sans HK, src/lib/cjk-font.ts)`);
    return cut;
  })();
  return font;
}

export const getStaticPaths = (async () => {
  const { report } = await getReportModel();
  if (!publishedLanguages(report).some(needsCjkFont)) return [];
  const { files } = await cjkFont();
  return [CJK_STYLESHEET, ...files.map((file) => file.name)].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await cjkFont();
  if (params.file === CJK_STYLESHEET) {
    // Without the source's comments and indentation: the stylesheet blocks the first paint of every Chinese page.
    const css = `${cjkFontFaces(files, '/fonts/')}\n${cjkStyles}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*/g, '\n').replace(/\n+/g, '\n').trim() + '\n';
    return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  }
  const file = files.find((candidate) => candidate.name === params.file)!;
  return new Response(file.body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/woff2' } });
};
