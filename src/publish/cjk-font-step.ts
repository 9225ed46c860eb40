/**
 * The Chinese font publish step: once Astro has written the Chinese pages, cut Noto Sans HK (src/lib/cjk-font.ts)
 * into slices by the pages that print each character, and write /fonts/noto-sans-hk.css (the slices' @font-face
 * rules, each with its characters as unicode-range, then the Chinese typography of src/styles/cjk.css) with the
 * woff2 files. A page then downloads only the slices holding characters it prints: the slice of the header, menu
 * and footer, which nearly every page prints, and the few holding its own words.
 *
 * Runs before the PDF step: /print/ links the same stylesheet, and the PDF must embed every glyph. Throws, failing
 * the build, when a character printed on a Chinese page has no glyph in the font.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cjkCharacters, cjkFontFaces, cutCjkSlices, planCjkSlices } from '../lib/cjk-font.ts';
import { CJK_STYLESHEET, needsCjkFont } from '../lib/paths.ts';
import { LANGUAGES } from '../i18n/index.ts';
import { languageOfFile } from './links.ts';
import type { PublishStep } from './steps.ts';

/** The Chinese typography (src/styles/cjk.css), read from the generator's sources. */
const cjkStyles = () => readFileSync(new URL('../styles/cjk.css', import.meta.url), 'utf8');

/** A stylesheet without comments and indentation: it blocks the first paint of every Chinese page. */
const minify = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*/g, '\n').replace(/\n+/g, '\n').trim() + '\n';

/** The Chinese characters of each built page in a language written in Chinese, by path relative to dist/. */
export function chinesePages(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(dist, file);
    if (!needsCjkFont(languageOfFile(path))) continue;
    // The whole file: text, title and the attributes a reader may see (placeholder, alt, the search page's messages).
    pages.set(path, cjkCharacters(readFileSync(file, 'utf8')));
  }
  return pages;
}

export const cjkFontStep: PublishStep = {
  name: 'Chinese font',
  async run({ dist, logger }) {
    if (!Object.values(LANGUAGES).some((language) => language.htmlLang.startsWith('zh'))) return;
    const pages = chinesePages(dist);
    if (pages.size === 0) return;
    const styles = cjkStyles();
    // Characters the stylesheet itself writes (the full-width colon after a label) go with those of every page.
    const fromStyles = cjkCharacters([...styles.matchAll(/content:\s*'([^']*)'/g)].map(([, text]) => text).join(''));
    const slices = planCjkSlices([...pages.values()].map((characters) => characters + fromStyles));
    const font = await cutCjkSlices(slices);
    if (font.missing.length > 0) throw new Error(`The Chinese font has no glyph for: ${font.missing.join(' ')} (Noto Sans HK, src/lib/cjk-font.ts)`);
    const directory = join(dist, 'fonts');
    mkdirSync(directory, { recursive: true });
    for (const file of font.files) writeFileSync(join(directory, file.name), file.body);
    writeFileSync(join(directory, CJK_STYLESHEET), minify(`${cjkFontFaces(font.files, '/fonts/')}\n${styles}`));
    const bytes = font.files.reduce((sum, file) => sum + file.body.length, 0);
    logger.info(`Chinese font: ${slices.join('').length} characters of ${pages.size} pages in ${slices.length} slices, ${font.files.length} files, ${bytes} B`);
  },
};
