/**
 * /fonts/noto-sans-hk.css and its woff2 files: the Chinese edition's font (src/lib/cjk-font.ts cuts Noto Sans HK to
 * the characters the edition prints) with the Chinese typography of src/styles/cjk.css. Written only when the
 * report publishes a language in Chinese script; same-origin files, so the strict CSP's `font-src 'self'` holds.
 * Chinese pages link the stylesheet (BaseLayout); English pages never load it.
 *
 * Also each Chinese edition's cover stylesheet, /fonts/noto-sans-hk-cover-<language>.css: the same typography with
 * faces that name the cover's own cut. Its characters are known only once the cover page is built, so its woff2
 * files are written here with the edition's cut, which the publish step src/publish/cover-font.ts then replaces
 * with the cover's; the dev server, which runs no publish step, serves the edition's cut under the cover's names.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import cjkStyles from '../../styles/cjk.css?raw';
import { cjkCharacters, cjkFontFaces, editionText, subsetCjkFont, type CjkFont } from '../../lib/cjk-font.ts';
import { getReportModel } from '../../model/index.ts';
import { loadProject } from '../../validation/validate.ts';
import { reportRoot } from '../../loaders/files.ts';
import { publishedLanguages, type Language } from '../../i18n/index.ts';
import { needsCjkFont, paths } from '../../lib/paths.ts';

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

const fileName = (path: string) => path.slice('/fonts/'.length);

/** A stylesheet: the faces of a cut (file paths under /fonts/) and the Chinese typography, without comments. */
function stylesheet(faces: { path: string; weight: number }[]): string {
  // Without the source's comments and indentation: the stylesheet blocks the first paint of every Chinese page.
  return `${cjkFontFaces(faces)}\n${cjkStyles}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*/g, '\n').replace(/\n+/g, '\n').trim() + '\n';
}

/** The Chinese editions, for their cover stylesheets. */
async function cjkLanguages(): Promise<Language[]> {
  const { report } = await getReportModel();
  return publishedLanguages(report).filter(needsCjkFont);
}

export const getStaticPaths = (async () => {
  const covers = await cjkLanguages();
  if (covers.length === 0) return [];
  const { files } = await cjkFont();
  const cuts = [undefined, ...covers];
  return cuts
    .flatMap((cover) => [paths.cjkStyles(cover), ...files.map((file) => paths.cjkFont(file.weight, cover))])
    .map((path) => ({ params: { file: fileName(path) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await cjkFont();
  for (const cover of [undefined, ...(await cjkLanguages())]) {
    if (params.file === fileName(paths.cjkStyles(cover))) return css(stylesheet(files.map((file) => ({ path: paths.cjkFont(file.weight, cover), weight: file.weight }))));
    const file = files.find((candidate) => params.file === fileName(paths.cjkFont(candidate.weight, cover)));
    if (file) return new Response(file.body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'font/woff2' } });
  }
  return new Response(null, { status: 404 });
};

const css = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
