/**
 * Translations of the site's own words, one table per kind of thing, one row per thing and language
 * (data/*-translations.csv). The English tables stay the single source of ids and numbers; these hold only
 * words. Section bodies are translated as MDX in content/<language>/, not here.
 */
import { z } from 'astro/zod';
import { TRANSLATION_LANGUAGES } from '../i18n/index.ts';
import { kebabId, oneOf, optionalText, patternText, text } from './cells.ts';
import { PROVISION_CODE, PROVISION_CODE_ERROR } from './provision.ts';

/** Where a translation's wording comes from. */
export const TRANSLATION_SOURCES = ['hkex', 'issuer', 'project'] as const;
export type TranslationSource = (typeof TRANSLATION_SOURCES)[number];

const language = () =>
  oneOf(TRANSLATION_LANGUAGES as [string, ...string[]], 'Language of the translation, e.g. "zh-hk" (English is the original and has no rows).');
const source = () =>
  oneOf(
    TRANSLATION_SOURCES,
    "Whose wording: hkex (the Exchange's own published wording of its Guide), issuer (the issuer's own published translation) or project (this project's translation, no published wording found).",
  );

export const indicatorTranslationSchema = z.object({
  indicator: kebabId('Indicator id of data/indicators.csv.'),
  language: language(),
  name: text('The indicator name in this language.'),
  label: optionalText('Short label within its breakdown; required exactly when the English row has a label.'),
  definition: optionalText('Definition or method note in this language; empty falls back to English (counted by translation coverage).'),
  source: source(),
});
export type IndicatorTranslation = z.infer<typeof indicatorTranslationSchema>;

export const provisionTranslationSchema = z.object({
  version: text('Guide version, as in data/hkex-provisions.csv.'),
  code: patternText('Provision code, as in data/hkex-provisions.csv.', PROVISION_CODE, PROVISION_CODE_ERROR),
  language: language(),
  subject: text('What the provision asks for, in this language (the Exchange\'s own wording where it publishes one).'),
  source: source(),
});
export type ProvisionTranslation = z.infer<typeof provisionTranslationSchema>;

/** Words that repeat across rows: translated once each. */
export const TERM_KINDS = ['unit', 'topic', 'area', 'aspect'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const termTranslationSchema = z.object({
  kind: oneOf(TERM_KINDS, 'unit and topic (data/indicators.csv), area and aspect (data/hkex-provisions.csv).'),
  term: text('The English word exactly as the English table writes it, e.g. "tCO2e", "Emissions".'),
  language: language(),
  translation: text('The word in this language.'),
  source: source(),
});
export type TermTranslation = z.infer<typeof termTranslationSchema>;

export const sectionTranslationSchema = z.object({
  section: patternText(
    'Section id: "chapter/section", or "chapter" for a chapter introduction.',
    /^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/,
    'expected "chapter/section" such as "people-oriented/health", or "chapter"',
  ),
  language: language(),
  title: text('The title in this language (a translated MDX file in content/<language>/ gives its own title instead).'),
  summary: optionalText('One or two sentences for listings and the meta description; empty falls back to English.'),
  source: source(),
});
export type SectionTranslation = z.infer<typeof sectionTranslationSchema>;
