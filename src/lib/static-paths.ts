/**
 * getStaticPaths for the page routes under src/pages/[...lang]/: every page once per language the report
 * publishes (publishedLanguages). English has no prefix (`lang: undefined`, so its URLs are unchanged);
 * another language is its prefix ("zh-hk"). The downloads (CSV, JSON, data files) are one per report, not per language.
 */
import { getReportModel } from '../model/index.ts';
import { LANGUAGES, publishedLanguages, type Language } from '../i18n/index.ts';
import { provisionSlug } from './paths.ts';

/** The `lang` route parameter of a language: undefined for the default (no prefix), else its prefix. */
export const langParam = (language: Language): string | undefined => LANGUAGES[language].prefix || undefined;

/** One path per published language, each with the given params added. */
export async function perLanguage<P extends Record<string, string | undefined>>(params: P[] = [{} as P]) {
  const { report } = await getReportModel();
  return publishedLanguages(report).flatMap((language) => params.map((param) => ({ params: { ...param, lang: langParam(language) } })));
}

/** The routes of a page that exists once per language (home, statistics, search …). */
export const languagePaths = () => perLanguage<Record<string, never>>();

export async function indicatorPaths() {
  const model = await getReportModel();
  return model.indicators.map((indicator) => ({ params: { id: indicator.id } }));
}

/** Indicator pages per language. */
export async function indicatorPagePaths() {
  const model = await getReportModel();
  return perLanguage(model.indicators.map((indicator) => ({ id: indicator.id })));
}

/** Provision pages per language. */
export async function provisionPagePaths() {
  const model = await getReportModel();
  return perLanguage(model.provisions.map((provision) => ({ code: provisionSlug(provision.code) })));
}
