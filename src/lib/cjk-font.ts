/**
 * The Chinese edition's font. Noto Sans HK (from @fontsource/noto-sans-hk: Hong Kong glyph forms, SIL OFL) is cut
 * at build time to exactly the Han characters and CJK punctuation the edition prints, one woff2 per weight the
 * site uses (400 and 700; 600 resolves to 700, and src/styles/cjk.css forbids synthetic bold). The subset is
 * made by HarfBuzz's hb-subset (the subset-font package); HarfBuzz also reads the result's character map, so a
 * character the font lacks is reported instead of printing as a missing glyph.
 *
 * Why not the unicode-range slices @fontsource publishes as they are: measured in Chromium, a Chinese indicator
 * page loaded 18 slices (632,260 bytes) behind a 263,692-byte stylesheet; the whole edition's ~650 characters
 * cut from the Hong Kong font come to about 100 KB per weight, fetched once and cached for every page. The
 * @font-face rules are generated (cjkFontFaces) because the extra files' character lists are known at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { ProjectData } from '../loaders/project.ts';
import { useTranslations, type Language, type UiKey } from '../i18n/index.ts';
import { en } from '../i18n/en.ts';
import { formatDate } from './format.ts';
import { cachedBytes, packageVersions } from './build-cache.ts';

export const CJK_FONT_FAMILY = 'Noto Sans HK';
export const CJK_FONT_WEIGHTS = [400, 700] as const;
export type CjkFontWeight = (typeof CJK_FONT_WEIGHTS)[number];


/** Han characters, CJK punctuation and full-width forms of a text, each once, in code point order. */
export function cjkCharacters(text: string): string {
  const found = new Set(text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu) ?? []);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * Every text a language's edition can print that is not English: its UI strings, its rows of the translation
 * tables, the report's own words (data/report.json translations), dates as Intl writes them in the language, and
 * its translated sections (read from disk under `root`).
 */
export function editionText(root: string, data: ProjectData, language: Language): string {
  const t = useTranslations(language);
  const rows = [data.indicatorTranslations, data.provisionTranslations, data.termTranslations, data.sectionTranslations].flatMap((table) =>
    table.filter((row) => row.data.language === language).map((row) => Object.values(row.data).join(' ')),
  );
  const sections = data.translatedSections.filter((section) => section.language === language).map((section) => readFileSync(join(root, section.file), 'utf8'));
  // The report's own words in the language (data/report.json translations): cover, running heads, PDF metadata.
  const report = Object.values(data.report.translations?.[language] ?? {});
  // Words that Intl writes, not the editors: dates ("2024年1月1日": 月 is in no string of the edition). The report's
  // dates and a day of every month, since pages also print other dates (the build's).
  const { period, published, year } = data.report;
  const dates = [period.start, period.end, ...(published ? [published] : []), ...Array.from({ length: 12 }, (_, month) => `${year}-${String(month + 1).padStart(2, '0')}-01`)].map(
    (date) => formatDate(date, language),
  );
  return [...(Object.keys(en) as UiKey[]).map((key) => t(key)), ...rows, ...report, ...dates, ...sections].join('\n');
}

const require = createRequire(import.meta.url);
const fontDirectory = () => dirname(require.resolve('@fontsource/noto-sans-hk/400.css'));

/** What a cut depends on besides its input and characters: the code that does it (HarfBuzz, and WOFF2's encoder). */
let cutter: string[] | undefined;

/**
 * hb-subset's cut of `font` to `characters`, in `format`. Kept between builds (src/lib/build-cache.ts, keyed by the
 * font's bytes, the characters, the format and the versions of subset-font, HarfBuzz and the WOFF2 encoder):
 * the same inputs always give the same bytes, and the cut is most of the build's time otherwise.
 */
async function cut(font: Uint8Array, characters: string, format: 'truetype' | 'woff2'): Promise<Uint8Array> {
  cutter ??= [...packageVersions(['subset-font', 'harfbuzzjs']), ...packageVersions(['subset-font', 'fontverter', 'wawoff2'])];
  const make = async () => new Uint8Array(await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), characters, { targetFormat: format }));
  return cachedBytes('cjk-font', [...cutter, format, characters, font], make);
}

/** The code points a TrueType/OpenType font maps (HarfBuzz reads its cmap). */
function mappedCharacters(sfnt: Uint8Array): Set<number> {
  const face = new hb.Face(new hb.Blob(sfnt));
  return new Set(face.collectUnicodes());
}

/**
 * The fonts to cut from, best first: the whole Chinese (Hong Kong) cut of the weight, then the numbered
 * unicode-range slices of @fontsource's stylesheet, which also hold the full-width punctuation （），：； that the
 * Hong Kong cut lacks. A slice is read only when a character needs it.
 */
function sourcesFor(weight: CjkFontWeight): { file: string; ranges?: [number, number][] }[] {
  const css = readFileSync(join(fontDirectory(), `${weight}.css`), 'utf8');
  const slices = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
    file: join(fontDirectory(), /url\(\.\/([^)]+\.woff2)\)/.exec(body!)![1]!),
    ranges: /unicode-range:\s*([^;]+);/
      .exec(body!)![1]!
      .split(',')
      .map((part) => {
        const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(start!, 16), parseInt(end ?? start!, 16)] as [number, number];
      }),
  }));
  return [{ file: join(fontDirectory(), 'files', `noto-sans-hk-chinese-hongkong-${weight}-normal.woff2`) }, ...slices];
}

export interface CjkFontFile {
  /** File name under /fonts/, e.g. "noto-sans-hk-400.woff2", "noto-sans-hk-400-2.woff2". */
  name: string;
  weight: CjkFontWeight;
  body: Uint8Array;
  /** The characters it holds. */
  characters: string;
  /** The weight's file from the Hong Kong cut (true) or a small file of characters that cut lacks (false). */
  main: boolean;
}

export interface CjkFont {
  files: CjkFontFile[];
  /** Characters asked for that no source has a glyph for (they would print as missing glyphs). */
  missing: string[];
}

/**
 * Cut the font to `characters` (see cjkCharacters): per weight one main file from the Hong Kong cut and, for
 * characters it lacks, one small file per @fontsource slice that has them.
 */
export async function subsetCjkFont(characters: string, weights: readonly CjkFontWeight[] = CJK_FONT_WEIGHTS): Promise<CjkFont> {
  const files: CjkFontFile[] = [];
  const missing = new Set<string>();
  for (const weight of weights) {
    const [main, ...slices] = sourcesFor(weight);
    const groups = new Map<string, string>();
    // Which characters a source has: cut it to the candidates and read the cut's character map. The cut (small,
    // uncompressed) is kept and cut again to woff2, so each large source is decoded once.
    const cuts = new Map<string, Uint8Array>();
    const has = async (file: string, candidates: string) => {
      const truetype = await cut(readFileSync(file), candidates, 'truetype');
      cuts.set(file, truetype);
      return mappedCharacters(truetype);
    };
    const inMain = await has(main!.file, characters);
    let rest = '';
    for (const character of characters) {
      if (inMain.has(character.codePointAt(0)!)) groups.set(main!.file, (groups.get(main!.file) ?? '') + character);
      else rest += character;
    }
    for (const slice of slices) {
      const candidates = [...rest].filter((character) => {
        const codePoint = character.codePointAt(0)!;
        return slice.ranges!.some(([start, end]) => codePoint >= start && codePoint <= end);
      });
      if (candidates.length === 0) continue;
      const mapped = await has(slice.file, candidates.join(''));
      const found = candidates.filter((character) => mapped.has(character.codePointAt(0)!));
      if (found.length > 0) groups.set(slice.file, found.join(''));
      rest = [...rest].filter((character) => !found.includes(character)).join('');
    }
    for (const character of rest) missing.add(character);
    let index = 0;
    for (const [file, text] of groups) {
      const body = await cut(cuts.get(file)!, text, 'woff2');
      files.push({ name: `noto-sans-hk-${weight}${index === 0 ? '' : `-${index}`}.woff2`, weight, body, characters: text, main: file === main!.file });
      index++;
    }
  }
  return { files, missing: [...missing] };
}

const range = (characters: string) => [...characters].map((character) => `U+${character.codePointAt(0)!.toString(16)}`).join(',');

/**
 * The @font-face rules for the files of subsetCjkFont, under `base` (e.g. "/fonts/"). The main file of a weight
 * has no unicode-range; each extra file names its characters, and being declared later it is consulted first
 * for them (CSS Fonts 4, unicode-range).
 */
export function cjkFontFaces(files: CjkFontFile[], base: string): string {
  return files
    .map((file) =>
      [
        '@font-face {',
        `  font-family: '${CJK_FONT_FAMILY}';`,
        '  font-style: normal;',
        `  font-weight: ${file.weight};`,
        '  font-display: swap;',
        `  src: url('${base}${file.name}') format('woff2');`,
        ...(file.main ? [] : [`  unicode-range: ${range(file.characters)};`]),
        '}',
      ].join('\n'),
    )
    .join('\n');
}
