/**
 * UI strings by language. English lives at the site root; a later language (zh-hk) gets the same
 * route tree under its own prefix, so adding it moves no English page.
 */
import { en, type UiKey } from './en.ts';

export const LANGUAGES = { en: { label: 'English', htmlLang: 'en', prefix: '' } } as const;
export type Language = keyof typeof LANGUAGES;
export const DEFAULT_LANGUAGE: Language = 'en';

const STRINGS: Record<Language, Record<UiKey, string>> = { en };

/** A translator for one language: t('hkex.version', { name, version }). */
export function useTranslations(language: Language = DEFAULT_LANGUAGE) {
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    STRINGS[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export type { UiKey };
