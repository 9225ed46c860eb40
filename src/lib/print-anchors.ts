/**
 * Anchors of /print/, where the whole report is one page: every id of a part is prefixed with its scope so ids
 * stay unique, and links to pages that /print/ contains become links to the same place in the page (so they
 * also work inside the PDF). Scopes: a chapter "esg" → "esg"; a section "esg/risk" → "esg__risk"; a heading
 * anchor "scope--anchor"; the appendices "statistics" and "hkex-esg-guide".
 */
import type { ReportModel } from '../model/types.ts';
import { paths, provisionSlug } from './paths.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/index.ts';

export const PRINT_SCOPES = { cover: 'cover', contents: 'contents', statistics: 'statistics', hkex: 'hkex-esg-guide' } as const;

/** The scope (and heading id) of a chapter or section on /print/: "esg/risk" → "esg__risk". */
export function printScope(sectionId: string): string {
  return sectionId.replace('/', '__');
}

/** An id inside a scope: ("esg__risk", "overview") → "esg__risk--overview". */
export function printId(scope: string, id: string): string {
  return scope ? `${scope}--${id}` : id;
}

/**
 * The in-page link on /print/ for a site-relative link, or undefined for a page /print/ does not contain
 * (indicator list, data downloads…), which stays a link to the site.
 * "/esg/risk/#overview" → "#esg__risk--overview"; "/indicators/ghg-total/" → "#statistics--ghg-total" (its row).
 */
export function printHref(
  href: string,
  model: Pick<ReportModel, 'sectionById' | 'indicatorById' | 'provisionByCode'>,
  language: Language = DEFAULT_LANGUAGE,
): string | undefined {
  const url = new URL(href, 'http://site.invalid');
  const hash = decodeURIComponent(url.hash.slice(1));
  const at = (scope: string) => `#${hash ? printId(scope, hash) : scope}`;
  const path = url.pathname;
  if (path === paths.home(language)) return hash ? undefined : `#${PRINT_SCOPES.cover}`;
  if (path === paths.statistics(language)) return at(PRINT_SCOPES.statistics);
  if (path === paths.hkexIndex(language)) return at(PRINT_SCOPES.hkex);
  const provision = [...model.provisionByCode.keys()].find((code) => paths.provision(code, language) === path);
  if (provision) return `#${printId(PRINT_SCOPES.hkex, provisionSlug(provision))}`;
  const indicator = path.startsWith(paths.indicators(language)) ? path.slice(paths.indicators(language).length).replace(/\/$/, '') : undefined;
  if (indicator && model.indicatorById.has(indicator)) return `#${printId(PRINT_SCOPES.statistics, indicator)}`;
  const section = path.slice(paths.home(language).length).replace(/\/$/, '');
  if (model.sectionById.has(section) && paths.section(section, undefined, language) === path) return at(printScope(section));
  return undefined;
}
