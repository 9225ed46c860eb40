/**
 * A section's body in a language: content/<language>/<id>.mdx where the translation exists, else the English
 * original (`fallback: true`, which the layout marks lang="en" under a notice in the page's language).
 */
import { getEntry, render } from 'astro:content';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/index.ts';
import type { SectionModel } from '../model/index.ts';

export async function sectionContent(section: SectionModel, language: Language) {
  const translated = language !== DEFAULT_LANGUAGE && section.words[language].bodyTranslated;
  const entry = await getEntry('sections', translated ? `${LANGUAGES[language].prefix}/${section.id}` : section.id);
  if (!entry) throw new Error(`No content for section "${section.id}" in ${language}`);
  const { Content, headings } = await render(entry);
  return { Content, headings, fallback: language !== DEFAULT_LANGUAGE && !translated };
}
