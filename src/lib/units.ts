/** Joining a number and its unit; its own module so the browser's chart code can use it without the UI strings. */
import type { Language } from '../i18n/index.ts';

/**
 * Join a number and its unit: no space before "%" or "+…" ("28%", "800+ people"), a space otherwise. In
 * Chinese a unit written in Han characters follows the number directly ("1,701.13噸"), as Hong Kong reports
 * set it; a unit in Latin letters ("tCO2e") keeps its space.
 */
export function withUnit(number: string, unit: string | undefined, language: Language = 'en'): string {
  if (!unit) return number;
  if (/^[%+]/.test(unit)) return `${number}${unit}`;
  if (language !== 'en' && /^\p{Script=Han}/u.test(unit)) return `${number}${unit}`;
  return `${number} ${unit}`;
}
