/**
 * UI strings and formatting conventions by language. English lives at the site root; Traditional Chinese
 * (Hong Kong) gets the same route tree under /zh-hk/, so adding it moves no English page.
 *
 * Which languages a report *publishes* is the report's choice (data/report.json `languages`, see
 * publishedLanguages); LANGUAGES lists the languages the site knows how to speak.
 *
 * htmlLang for Chinese is "zh-HK", not "zh-Hant-HK": the region already implies Traditional script (CLDR
 * likely subtags: zh-HK → zh-Hant-HK, and Intl formats both identically), hreflang takes language-region
 * codes, and `:lang(zh-HK)` / `:lang(zh)` selectors match it, while `:lang(zh-HK)` would not match "zh-Hant-HK".
 */
import { en, type UiKey } from './en.ts';
import { zhHk } from './zh-hk.ts';

export const LANGUAGES = {
  en: { label: 'English', htmlLang: 'en', prefix: '', locale: 'en' },
  'zh-hk': { label: '繁體中文', htmlLang: 'zh-HK', prefix: 'zh-hk', locale: 'zh-HK' },
} as const;
export type Language = keyof typeof LANGUAGES;
export const DEFAULT_LANGUAGE: Language = 'en';
/** Every language code the site knows, default first; report.json `languages` picks from these. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [Language, ...Language[]];
/** Languages other than the default: those that need translations of the site's own words. */
export const TRANSLATION_LANGUAGES = LANGUAGE_CODES.filter((language) => language !== DEFAULT_LANGUAGE);

const STRINGS: Record<Language, Record<UiKey, string>> = { en, 'zh-hk': zhHk };

/** Whether a language is written in Chinese script (zh-HK and any other Chinese edition): its font, its numerals. */
export const writesChinese = (language: Language): boolean => LANGUAGES[language].htmlLang.startsWith('zh');

/** A translator for one language: t('hkex.version', { name, version }). */
export function useTranslations(language: Language = DEFAULT_LANGUAGE) {
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    STRINGS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/**
 * The editions a report publishes, default language first: data/report.json `languages` (validated against
 * LANGUAGE_CODES by the report schema). A report that names none publishes English only, as before.
 */
export function publishedLanguages(report: { languages?: readonly Language[] }): Language[] {
  const listed = report.languages ?? [DEFAULT_LANGUAGE];
  return [DEFAULT_LANGUAGE, ...listed.filter((language) => language !== DEFAULT_LANGUAGE)];
}

/**
 * The `lang` attribute for text from data/ that has no translation (explanations, reasons, rule labels, contacts):
 * undefined on English pages, "en" on another language's pages, so that text is read and hyphenated as English.
 */
export function untranslatedLang(language: Language): string | undefined {
  return language === DEFAULT_LANGUAGE ? undefined : LANGUAGES[DEFAULT_LANGUAGE].htmlLang;
}

/**
 * The language an MDX component of the report's text speaks: the text's own (English in an untranslated section
 * shown on a Chinese page, `Astro.locals.bodyLanguage`), else the page's.
 */
export function textLanguage(locals: { language: Language; bodyLanguage?: Language }): Language {
  return locals.bodyLanguage ?? locals.language;
}

export function isLanguage(value: string): value is Language {
  return value in LANGUAGES;
}

export type { UiKey };

/** The language of a site path: its first segment when that is a language's prefix ("/zh-hk/data/"), else the default. */
export function languageOfPath(pathname: string): Language {
  const first = pathname.split('/')[1] ?? '';
  return LANGUAGE_CODES.find((language) => LANGUAGES[language].prefix !== '' && LANGUAGES[language].prefix === first) ?? DEFAULT_LANGUAGE;
}

/**
 * The same page in another language: "/zh-hk/statistics/" → "/statistics/" (en). Every route exists in every
 * published language with the same path after the prefix, so this is all the switcher needs.
 */
export function pathInLanguage(pathname: string, language: Language): string {
  const from = languageOfPath(pathname);
  const rest = LANGUAGES[from].prefix ? pathname.slice(LANGUAGES[from].prefix.length + 1) : pathname;
  return LANGUAGES[language].prefix ? `/${LANGUAGES[language].prefix}${rest}` : rest;
}
