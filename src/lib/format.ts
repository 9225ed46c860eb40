/**
 * Numbers and dates as the report prints them, per language: thousands separators, and exactly the decimals
 * the editor wrote ("16.10" stays 16.10, "0.00" stays 0.00). Statuses print as words, never as 0 or a blank.
 * Hong Kong Chinese uses Intl's zh-HK conventions: "1,701.13", "2024年1月1日".
 */
import type { CellValue } from '../model/values.ts';
import { LANGUAGES, type Language, useTranslations, writesChinese } from '../i18n/index.ts';
import { scaleDecimal, type Scale } from './scale.ts';
import { withUnit } from './units.ts';

const localeOf = (language: Language) => LANGUAGES[language].locale;
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date "YYYY-MM-DD" in words: "January 1, 2024" (en), "2024年1月1日" (zh-hk). */
export function formatDate(iso: string, language: Language = 'en'): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A period from two calendar dates "YYYY-MM-DD": "January 1, 2024 – December 31, 2024" (en),
 * "2024年1月1日至2024年12月31日" (zh-hk: no spaced dash in Chinese). The separator is the i18n key format.dateRange.
 */
export function formatDateRange(start: string, end: string, language: Language = 'en'): string {
  return useTranslations(language)('format.dateRange', { start: formatDate(start, language), end: formatDate(end, language) });
}

/** Decimals written in a plain decimal string: "16.10" → 2. */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * One Intl.NumberFormat per language, decimals and sign display, made on first use: constructing one costs
 * far more than formatting with it, and a large report formats tens of thousands of cells per build.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, decimals: number, signDisplay: 'auto' | 'exceptZero' = 'auto'): Intl.NumberFormat {
  const key = `${language} ${decimals} ${signDisplay}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay });
    formatters.set(key, made);
  }
  return made;
}

/**
 * "1701.13" → "1,701.13", keeping the written decimals. The decimal string goes to Intl.NumberFormat as it is
 * (ECMA-402 formats a string numeric literal exactly), never through a float: "12345678901234567" prints
 * 12,345,678,901,234,567, not …568.
 */
export function formatDecimal(text: string, language: Language = 'en'): string {
  return formatter(language, decimalsOf(text)).format(text as Intl.StringNumericLiteral);
}

/** A value cell as text: "1,701.13", "28%", "Not applicable"; a year without a row reads "Not published". */
export function formatCell(cell: CellValue | undefined, format: 'number' | 'percent', language: Language = 'en'): string {
  if (cell === undefined) return useTranslations(language)('status.missing');
  if (cell.kind !== 'number') return useTranslations(language)(`status.${cell.kind}`);
  const number = formatDecimal(cell.text, language);
  return format === 'percent' ? `${number}%` : number;
}

export { withUnit } from './units.ts';

/** A signed number with fixed decimals: "+303.17", "−1.20" (a real minus sign, as typeset). */
export function formatSigned(value: number, decimals: number, language: Language = 'en'): string {
  return formatter(language, decimals, 'exceptZero').format(value).replace('-', '\u2212');
}

/** A formula operator as typeset: "*" → "×", "/" → "÷", "+" stays. */
export function operatorSymbol(operator: string | undefined): string | undefined {
  return ({ '*': '×', '/': '÷' } as Record<string, string>)[operator ?? ''] ?? operator;
}

/**
 * A highlight figure as its call-out prints it: the base-unit value scaled, the scale word, then the unit
 * ("21.40 million", "48 thousand pieces", "800+ people"). Decimal arithmetic; see lib/scale.ts.
 */
export function formatHighlight(
  highlight: { value: string; unit?: string; scale?: Scale; decimals?: number },
  language: Language = 'en',
): string {
  const number = formatDecimal(scaleDecimal(highlight.value, highlight.scale, highlight.decimals), language);
  const unit = [highlight.scale, highlight.unit].filter(Boolean).join(' ');
  return withUnit(number, unit || undefined);
}

/**
 * A file's size for readers, in decimal units (1 kB = 1,000 B, as the SI and browsers' download lists count), with
 * the language's digits: "850 B", "1.0 kB", "11.5 kB", "850 kB", "2.0 MB", "12.1 MB" (kB and MB with one decimal
 * under 100, none above). The one formatter of sizes: the PDF links, the /data/ page and the build's log agree.
 */
export function formatFileSize(bytes: number, language: Language = 'en'): string {
  // The unit and decimals are chosen by what the value rounds to: 999,600 B is "1.0 MB", not "1000 kB", and
  // 99,960 B "100 kB", not "100.0 kB".
  const [value, unit] = bytes >= 999_500 ? [bytes / 1e6, 'MB'] : bytes >= 1e3 ? [bytes / 1e3, 'kB'] : [bytes, 'B'];
  const decimals = unit !== 'B' && value < 99.95 ? 1 : 0;
  const digits = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(value);
  return `${digits} ${unit}`;
}

/**
 * A chapter's number ("03", two digits as the report prints it: src/schemas/section.ts) as a language writes it in
 * "Chapter {number}": English keeps the printed "03"; Chinese counts in Chinese numerals, 第三章, 第十二章, as
 * Chinese texts number chapters (the Exchange's Chinese Main Board Listing Rules: 第十四章), not 第03章.
 */
export function chapterNumber(number: string, language: Language = 'en'): string {
  if (!writesChinese(language)) return number;
  const digits = '零一二三四五六七八九';
  const value = Number(number);
  if (value < 10) return digits[value]!;
  const [tens, units] = [Math.floor(value / 10), value % 10];
  return `${tens === 1 ? '' : digits[tens]}十${units === 0 ? '' : digits[units]}`;
}
