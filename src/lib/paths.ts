/** Every URL the site links to is made here, so routes change in one place (and per language). */
import { slug } from 'github-slugger';
import { LANGUAGES, type Language, DEFAULT_LANGUAGE } from '../i18n/index.ts';
import type { Report } from '../schemas/report.ts';

const base = (language: Language) => `/${LANGUAGES[language].prefix}`.replace(/\/$/, '') + '/';

export const paths = {
  home: (language: Language = DEFAULT_LANGUAGE) => base(language),
  /** A chapter ("chapter") or a section ("chapter/section"), optionally at a heading anchor. */
  section: (id: string, anchor?: string, language: Language = DEFAULT_LANGUAGE) =>
    `${base(language)}${id}/${anchor ? `#${anchor}` : ''}`,
  statistics: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}statistics/`,
  indicators: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}indicators/`,
  indicator: (id: string, language: Language = DEFAULT_LANGUAGE) => `${base(language)}indicators/${id}/`,
  /** Downloads are language-neutral: one file for all editions. */
  indicatorFile: (id: string, format: 'csv' | 'json') => `/indicators/${id}.${format}`,
  data: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}data/`,
  dataFile: (name: string) => `/data/${name}`,
  /** The consistency rules and their results; `rule` goes to one rule's anchor. */
  dataQuality: (rule?: string, language: Language = DEFAULT_LANGUAGE) => `${base(language)}data-quality/${rule ? `#${rule}` : ''}`,
  hkexIndex: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}hkex-esg-guide/`,
  /** The whole report on one page, in reading order (the source of the PDF). */
  print: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}print/`,
  /**
   * The report as one PDF, named from the metadata: issuer "Example Holdings", year 2024 →
   * /example-holdings-esg-report-2024.pdf (English; another language adds its code before ".pdf").
   */
  pdf: (report: Pick<Report, 'issuer' | 'year'>, language: Language = DEFAULT_LANGUAGE) =>
    `/${slug(report.issuer)}-esg-report-${report.year}${language === DEFAULT_LANGUAGE ? '' : `-${language}`}.pdf`,
  /** Running heads and page names for print (report title, chapter titles), generated from the metadata. */
  printStyles: () => '/print-running-heads.css',
  /** "A1.2" → /hkex-esg-guide/a1-2/ */
  provision: (code: string, language: Language = DEFAULT_LANGUAGE) =>
    `${base(language)}hkex-esg-guide/${provisionSlug(code)}/`,
};

export function provisionSlug(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}

/** A path as a full URL when the site's address is known (data/report.json siteUrl); otherwise the path. */
export function absoluteUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}
