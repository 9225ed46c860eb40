/**
 * The Chinese font's cuts, for the two routes beside this file: /fonts/<cut>.css ([name].css.ts) and
 * /fonts/<cut>-<weight>.woff2 ([name].woff2.ts). (Not a route itself: Astro skips files whose name starts with "_".)
 *
 * - The edition's cut, /fonts/noto-sans-hk.css and its woff2 files: src/lib/cjk-font.ts cuts Noto Sans HK to the
 *   characters the edition prints, with the Chinese typography of src/styles/cjk.css.
 * - Each Chinese edition's cover cut, /fonts/noto-sans-hk-cover-<language>.css: the same typography with faces
 *   that name the cover's own files. The cover's characters are known only once the cover page is built, so its
 *   woff2 files are first written with the edition's cut, which the publish step src/publish/cover-font.ts then
 *   replaces with the cover's; the dev server, which runs no publish step, serves the edition's cut under them.
 *
 * Written only when the report publishes a language in Chinese script; same-origin files, so the strict CSP's
 * `font-src 'self'` holds. Chinese pages link one stylesheet (BaseLayout); English pages never load any.
 * Each file has an extension in its route name, so the dev server serves it at its own address: with
 * `trailingSlash: 'always'`, Astro matches an endpoint without one only at ".../" (the fonts were 404 in dev).
 */
import cjkStyles from '../../styles/cjk.css?raw';
import { cjkCharacters, cjkFontFaces, editionText, subsetCjkFont, type CjkFont, type CjkFontFile } from '../../lib/cjk-font.ts';
import { getReportModel } from '../../model/index.ts';
import { loadProject } from '../../validation/validate.ts';
import { reportRoot } from '../../loaders/files.ts';
import { publishedLanguages, type Language } from '../../i18n/index.ts';
import { needsCjkFont, paths } from '../../lib/paths.ts';

let font: Promise<CjkFont> | undefined;
/** The edition's cut, made once per build for every Chinese edition's text together. */
export async function editionCut(): Promise<CjkFont> {
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

/** A file of a cut, under /fonts/, with its woff2 body. */
export interface CutFile {
  /** The name in the route, without /fonts/ and the extension: "noto-sans-hk-700", "noto-sans-hk-cover-zh-hk-700". */
  name: string;
  file: CjkFontFile;
}

/**
 * The cuts the site serves, none when no edition is in Chinese script: the edition's (`coverOf` undefined) and each
 * Chinese edition's cover's (`coverOf` its language), each with its stylesheet's name and its woff2 files.
 */
export async function cuts(): Promise<{ coverOf: Language | undefined; stylesheet: string; files: CutFile[] }[]> {
  const { report } = await getReportModel();
  const covers = publishedLanguages(report).filter(needsCjkFont);
  if (covers.length === 0) return [];
  const { files } = await editionCut();
  return [undefined, ...covers].map((coverOf) => ({
    coverOf,
    stylesheet: routeName(paths.cjkStyles(coverOf), '.css'),
    files: files.map((file) => ({ name: routeName(paths.cjkFont(file.weight, coverOf), '.woff2'), file })),
  }));
}

/** "/fonts/noto-sans-hk-700.woff2" → "noto-sans-hk-700". */
const routeName = (path: string, extension: string) => path.slice('/fonts/'.length, -extension.length);

/** A cut's stylesheet: its faces and the Chinese typography, without comments or indentation. */
export function stylesheet(coverOf: Language | undefined, files: CjkFontFile[]): string {
  const faces = cjkFontFaces(files.map((file) => ({ path: paths.cjkFont(file.weight, coverOf), weight: file.weight })));
  // Without the source's comments and indentation: the stylesheet blocks the first paint of every Chinese page.
  return `${faces}\n${cjkStyles}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*/g, '\n').replace(/\n+/g, '\n').trim() + '\n';
}
