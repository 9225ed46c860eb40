/** Every URL the site links to is made here, so routes change in one place (and per language). */
import { slug } from 'github-slugger';
import { LANGUAGES, type Language, DEFAULT_LANGUAGE, writesChinese } from '../i18n/index.ts';
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
  /** The Excel data book of a language's edition, named from the metadata (see dataBookName). */
  dataBook: (report: { issuer: string; year: number }, language: Language = DEFAULT_LANGUAGE) => `/data/${dataBookName(report, language)}`,
  /** The evidence pack of this edition: "<issuer>-esg-evidence-<year>.zip". */
  evidencePack: (report: { issuer: string; year: number }) => `/data/${evidencePackName(report)}`,
  hkexIndex: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}hkex-esg-guide/`,
  /** The whole report on one page, in reading order (the source of the PDF). */
  print: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}print/`,
  /**
   * The report as one PDF, named from the metadata: issuer "Example Holdings", year 2024 →
   * /example-holdings-esg-report-2024.pdf (English; another language adds its code before ".pdf").
   */
  pdf: (report: Pick<Report, 'issuer' | 'year'>, language: Language = DEFAULT_LANGUAGE) =>
    `/${issuerSlug(report.issuer)}-esg-report-${report.year}${language === DEFAULT_LANGUAGE ? '' : `-${language}`}.pdf`,
  /** Running heads and page names for print (report title, chapter titles), generated from the metadata. */
  printStyles: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}print-running-heads.css`,
  search: (language: Language = DEFAULT_LANGUAGE) => `${base(language)}search/`,
  /** The search index Pagefind writes after the build (language-neutral). */
  searchBundle: () => '/pagefind/pagefind.js',
  theme: () => '/theme.css',
  /**
   * The Chinese font and typography (src/pages/fonts/_cuts.ts), linked by pages in a Chinese-script language: the
   * edition's cut ("/fonts/noto-sans-hk.css"), or with `coverOf` the cut of that language's cover page alone
   * ("/fonts/noto-sans-hk-cover-zh-hk.css"; its font files are written by src/publish/cover-font.ts).
   */
  cjkStyles: (coverOf?: Language) => `/fonts/${cjkFontBase(coverOf)}.css`,
  /** A weight's file of the same cut: "/fonts/noto-sans-hk-700.woff2", "/fonts/noto-sans-hk-cover-zh-hk-700.woff2". */
  cjkFont: (weight: number, coverOf?: Language) => `/fonts/${cjkFontBase(coverOf)}-${weight}.woff2`,
  /** "A1.2" → /hkex-esg-guide/a1-2/ */
  provision: (code: string, language: Language = DEFAULT_LANGUAGE) =>
    `${base(language)}hkex-esg-guide/${provisionSlug(code)}/`,
};

/** The name every file of a cut of the Chinese font starts with, under /fonts/ (see paths.cjkStyles). */
const cjkFontBase = (coverOf?: Language) => (coverOf ? `noto-sans-hk-cover-${coverOf}` : 'noto-sans-hk');

/** Whether a language's pages need the Chinese font (zh-HK and any other Chinese edition). */
export const needsCjkFont = (language: Language): boolean => writesChinese(language);

/**
 * A link of the report's text in an edition: a page path written for English ("/be-proud-of-being-green/#x")
 * points to the same page of `language`'s edition ("/zh-hk/be-proud-of-being-green/#x"). Downloads (a path with a
 * file extension), other editions' paths and anything not starting with "/" are left as they are.
 */
export function inEdition(href: string, language: Language): string {
  const prefix = LANGUAGES[language].prefix;
  if (!prefix || !href.startsWith('/') || href.startsWith('//') || href.startsWith(`/${prefix}/`)) return href;
  const path = href.replace(/[?#].*$/, '');
  return path.endsWith('/') ? `/${prefix}${href}` : href;
}

export function provisionSlug(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}

/**
 * A path as a full URL, for every URL that leaves the site (JSON-LD, citations, the data package, the data book,
 * the PDF). Undefined when the site's address (data/report.json siteUrl) is not set: callers then say nothing,
 * since a relative URL outside the site would be wrong. The build warns once about the missing siteUrl.
 */
export function absoluteUrl(path: string, siteUrl: string | undefined): string | undefined {
  return siteUrl ? new URL(path, siteUrl).href : undefined;
}

/**
 * "Example Holdings" → "example-holdings": the issuer as a file-name slug, one for the PDF, the data book and the
 * evidence pack. ASCII where the name has Latin letters; a name in another script keeps its letters (GitHub's slugs).
 */
export function issuerSlug(issuer: string): string {
  const ascii = issuer
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return ascii || slug(issuer);
}

/**
 * The data book's file name, from the metadata: issuer and reporting year ("example-holdings-esg-data-2025.xlsx");
 * another language's book adds its code, as its PDF does ("example-holdings-esg-data-2025-zh-hk.xlsx").
 */
export function dataBookName(report: { issuer: string; year: number }, language: Language = DEFAULT_LANGUAGE): string {
  return `${issuerSlug(report.issuer)}-esg-data-${report.year}${language === DEFAULT_LANGUAGE ? '' : `-${language}`}.xlsx`;
}

/** The evidence pack's file name: one per edition ("example-holdings-esg-evidence-2025.zip"). */
export function evidencePackName(report: { issuer: string; year: number }): string {
  return `${issuerSlug(report.issuer)}-esg-evidence-${report.year}.zip`;
}

/**
 * "Edit this page" on the report's repository host: <url>/edit/<branch>/content/<id>.mdx (GitHub, Gitea;
 * GitLab redirects it). A chapter's text is its folder's index.mdx.
 */
export function editUrl(repository: { url: string; branch: string }, sectionId: string, isChapter: boolean): string {
  const file = isChapter ? `content/${sectionId}/index.mdx` : `content/${sectionId}.mdx`;
  return `${repository.url.replace(/\/+$/, '')}/edit/${encodeURIComponent(repository.branch)}/${file}`;
}
