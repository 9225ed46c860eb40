/**
 * The Chinese edition's font. Noto Sans HK (the whole TrueType font of each weight, from
 * @expo-google-fonts/noto-sans-hk: Hong Kong glyph forms, SIL OFL) is cut at build time to exactly the Han
 * characters and CJK punctuation the edition prints, one woff2 per weight the site uses (400 and 700; 600
 * resolves to 700, and src/styles/cjk.css forbids synthetic bold). The subset is made by HarfBuzz's hb-subset (the
 * subset-font package); HarfBuzz also reads the result's character map, so a character the font lacks is reported
 * instead of printing as a missing glyph.
 *
 * Why not the unicode-range slices @fontsource publishes as they are: measured in Chromium, a Chinese indicator
 * page loaded 18 slices (632,260 bytes) behind a 263,692-byte stylesheet; the whole edition's ~700 characters
 * come to about 110 KB per weight, fetched once and cached for every page. Why the whole TrueType font and not
 * @fontsource's "chinese-hongkong" cut: that cut lacks the full-width punctuation （），：；／, which then came from
 * up to four more small files per weight, each requested only once layout met the character (one more round trip
 * after the stylesheet, at the highest priority, and with the six connections of HTTP/1.1 a queue); one file per
 * weight holds everything and is preloaded (BaseLayout). Lighthouse mobile on /zh-hk/: FCP 1.25 s → 0.95 s.
 * The Chinese cover is cut again to its own characters (src/publish/cover-font.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { ProjectData } from '../loaders/project.ts';
import { useTranslations, type Language, type UiKey } from '../i18n/index.ts';
import { en } from '../i18n/en.ts';
import { chapterNumber, formatDate } from './format.ts';
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
 * tables, the report's own words (data/report.json translations), dates as Intl writes them in the language, chapter
 * numbers as it writes them, and its translated sections (read from disk under `root`).
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
  // Chapter numbers as the language writes them ("第三章": src/lib/format.ts chapterNumber).
  const chapters = data.sections.flatMap((section) => (section.frontmatter?.number ? [t('chapter.label', { number: chapterNumber(section.frontmatter.number, language) })] : []));
  return [...(Object.keys(en) as UiKey[]).map((key) => t(key)), ...rows, ...report, ...dates, ...chapters, ...sections].join('\n');
}

const require = createRequire(import.meta.url);
const FONT_FILES: Record<CjkFontWeight, string> = { 400: '400Regular/NotoSansHK_400Regular.ttf', 700: '700Bold/NotoSansHK_700Bold.ttf' };
/** The whole TrueType font of a weight: every glyph of Noto Sans HK, Han characters and full-width forms alike. */
const sourceOf = (weight: CjkFontWeight) => join(dirname(require.resolve('@expo-google-fonts/noto-sans-hk/package.json')), FONT_FILES[weight]);

/** What a cut depends on besides its input and characters: the code that does it (HarfBuzz, and WOFF2's encoder). */
let cutter: string[] | undefined;

/**
 * hb-subset's cut of `font` to `characters`, in `format`. Kept between builds (src/lib/build-cache.ts, keyed by the
 * font's bytes, the characters, the format and the versions of subset-font, HarfBuzz and the WOFF2 encoder):
 * the same inputs always give the same bytes, and the cut is most of the build's time otherwise (WOFF2's Brotli).
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

export interface CjkFontFile {
  weight: CjkFontWeight;
  body: Uint8Array;
  /** The characters it holds (those asked for that the font has). */
  characters: string;
}

export interface CjkFont {
  /** One file per weight, in the order of the weights asked for. */
  files: CjkFontFile[];
  /** Characters asked for that no source has a glyph for (they would print as missing glyphs). */
  missing: string[];
}

/**
 * Cut the font to `characters` (see cjkCharacters): one woff2 per weight, from the whole TrueType font of that
 * weight. The 7 MB source is parsed once per weight: it is cut to TrueType first (small), whose character map
 * says which characters it has, and that cut is cut again to woff2.
 */
export async function subsetCjkFont(characters: string, weights: readonly CjkFontWeight[] = CJK_FONT_WEIGHTS): Promise<CjkFont> {
  const files: CjkFontFile[] = [];
  const missing = new Set<string>();
  for (const weight of weights) {
    const truetype = await cut(readFileSync(sourceOf(weight)), characters, 'truetype');
    const mapped = mappedCharacters(truetype);
    const found = [...characters].filter((character) => mapped.has(character.codePointAt(0)!)).join('');
    for (const character of characters) if (!mapped.has(character.codePointAt(0)!)) missing.add(character);
    const body = await cut(truetype, found, 'woff2');
    files.push({ weight, body, characters: found });
  }
  return { files, missing: [...missing] };
}

/**
 * The @font-face rules for the woff2 files of a cut (each its URL path, e.g. paths.cjkFont(700), and weight): one
 * per weight, with `font-display: swap` (the text is drawn at once in the reader's own face and redrawn when the
 * file arrives).
 */
export function cjkFontFaces(files: { path: string; weight: number }[]): string {
  return files
    .map((file) =>
      [
        '@font-face {',
        `  font-family: '${CJK_FONT_FAMILY}';`,
        '  font-style: normal;',
        `  font-weight: ${file.weight};`,
        '  font-display: swap;',
        `  src: url('${file.path}') format('woff2');`,
        '}',
      ].join('\n'),
    )
    .join('\n');
}
