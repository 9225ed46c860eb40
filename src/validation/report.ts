/**
 * Sense checks of data/report.json beyond its schema: the reporting year is one of the years, the period ends after
 * it starts, web addresses are https: or http: only (a `javascript:` link from data would run script), and the
 * brand colour is dark enough for text on white (WCAG 2.2 success criterion 1.4.3: contrast at least 4.5:1), and
 * every published language other than the first has its `translations` (issuer, title, guide name).
 */
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import { DEFAULT_LANGUAGE } from '../i18n/index.ts';

/** Relative luminance of an sRGB colour "#rrggbb" (WCAG 2.2 definition). */
export function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio of two colours "#rrggbb", from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function checkReportMetadata(data: ProjectData): DataError[] {
  const { report, reportLocator: at } = data;
  const errors: DataError[] = [];
  const fail = (path: (string | number)[], message: string) =>
    errors.push({ file: DATA_FILES.report, ...at(path), message: `${path.join('.')}: ${message}` });

  if (!report.years.includes(report.year))
    fail(['year'], `the reporting year ${report.year} is not one of "years" (${report.years.join(', ')}): add it there or correct it`);
  if (report.period.end <= report.period.start)
    fail(['period', 'end'], `the reporting period ends on ${report.period.end}, not after it starts (${report.period.start})`);
  for (const key of ['website', 'siteUrl'] as const) {
    const address = report[key];
    if (address !== undefined && !/^https?:$/.test(new URL(address).protocol))
      fail([key], `expected a web address starting with https:// or http:// (found ${quoteValue(address)})`);
  }
  // Every edition after the first prints the issuer, title and guide in its own language.
  for (const language of report.languages ?? []) {
    if (language === DEFAULT_LANGUAGE) continue;
    const words = report.translations?.[language];
    if (!words) fail(report.translations ? ['translations'] : ['languages'], `"languages" lists "${language}" but "translations" has no "${language}" entry: add { "issuer", "title", "guideName" } in ${language}`);
  }
  const ratio = contrast(report.brandColour, '#ffffff');
  if (ratio < 4.5)
    fail(['brandColour'], `${report.brandColour} has a contrast of ${ratio.toFixed(2)}:1 on white; text needs at least 4.5:1 (WCAG 2.2 1.4.3): choose a darker colour`);
  return errors;
}
