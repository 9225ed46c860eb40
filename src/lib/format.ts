/**
 * Numbers as the report prints them: thousands separators, and exactly the decimals the editor wrote
 * ("16.10" stays 16.10, "0.00" stays 0.00). Statuses print as words, never as 0 or a blank.
 */
import type { CellValue } from '../model/values.ts';
import type { Language } from '../i18n/index.ts';
import { useTranslations } from '../i18n/index.ts';

const LOCALES: Record<Language, string> = { en: 'en' };

/** Decimals written in a plain decimal string: "16.10" → 2. */
export function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** "1701.13" → "1,701.13", keeping the written decimals. */
export function formatDecimal(text: string, language: Language = 'en'): string {
  const decimals = decimalsOf(text);
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Number(text));
}

/** A value cell as text: "1,701.13", "28%", "Not applicable"; a year without a row reads "Not published". */
export function formatCell(cell: CellValue | undefined, format: 'number' | 'percent', language: Language = 'en'): string {
  if (cell === undefined) return useTranslations(language)('status.missing');
  if (cell.kind !== 'number') return useTranslations(language)(`status.${cell.kind}`);
  const number = formatDecimal(cell.text, language);
  return format === 'percent' ? `${number}%` : number;
}

/** Join a number and its unit: no space before "%" or "+…" ("28%", "800+ people"), a space otherwise. */
export function withUnit(number: string, unit: string | undefined): string {
  if (!unit) return number;
  return /^[%+]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** A signed number with fixed decimals: "+303.17", "−1.20" (a real minus sign, as typeset). */
export function formatSigned(value: number, decimals: number, language: Language = 'en'): string {
  const text = new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  }).format(value);
  return text.replace('-', '\u2212');
}

/** A formula operator as typeset: "*" → "×", "/" → "÷", "+" stays. */
export function operatorSymbol(operator: string | undefined): string | undefined {
  return ({ '*': '×', '/': '÷' } as Record<string, string>)[operator ?? ''] ?? operator;
}
