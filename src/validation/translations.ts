/**
 * The translation tables against the English ones: every row names a thing that exists (an unknown key is an
 * error at its cell), and every published language (data/report.json `languages`) has a row for every
 * indicator, provision of the followed Guide, unit, topic, area, aspect and section (a missing key is an error
 * placed where the row would be added: the line after the table's last row). Translated sections must have an
 * English original, with its heading outline (src/validation/heading-outline.ts). A language that is not published yet may be translated in part.
 */
import type { LocatedRow } from '../loaders/csv.ts';
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import { TABLES, type TableName } from '../loaders/tables.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, publishedLanguages, type Language } from '../i18n/index.ts';
import type { TermKind } from '../schemas/translation.ts';
import { cellError } from './cell-error.ts';
import { checkHeadingOutline } from './heading-outline.ts';

/** The English words each term kind must translate, with the file and column they come from. */
export function termsInUse(data: ProjectData): Record<TermKind, { terms: Set<string>; from: string }> {
  const version = data.report.guide.version;
  const provisions = data.provisions.filter((row) => row.data.version === version);
  return {
    unit: { terms: new Set(data.indicators.map((row) => row.data.unit)), from: `${DATA_FILES.indicators} unit` },
    topic: { terms: new Set(data.indicators.map((row) => row.data.topic)), from: `${DATA_FILES.indicators} topic` },
    area: { terms: new Set(provisions.map((row) => row.data.area)), from: `${DATA_FILES.provisions} area` },
    aspect: { terms: new Set(provisions.map((row) => row.data.aspect)), from: `${DATA_FILES.provisions} aspect` },
  };
}

/**
 * Errors for the rows each published language lacks; `rows` are the rows of `table`, `keyOf` their key without the
 * language (the table's primary key is that key and then the language). A row missing because the file could not
 * be read, or because that very row was refused, is the root cause's error, not another one.
 */
function missingRows<T>(
  data: ProjectData,
  table: TableName,
  rows: LocatedRow<T & { language: string }>[],
  keyOf: (row: T) => string,
  required: (language: Language) => { key: string; what: string }[],
  languages: Language[],
): DataError[] {
  const { file } = TABLES[table];
  if (languages.every((language) => required(language).length === 0)) return [];
  if (data.absent.has(table))
    return [{ file, line: 1, column: 1, message: `file not found: data/report.json publishes ${languages.join(', ')}, which needs this file's translations` }];
  const present = new Set(rows.map((row) => `${row.data.language} ${keyOf(row.data)}`));
  const line = (rows.at(-1)?.line ?? 1) + 1;
  const errors: DataError[] = [];
  for (const language of languages)
    for (const { key, what } of required(language))
      if (!present.has(`${language} ${key}`) && !data.causes.explains(table, `${key} ${language}`))
        errors.push({ file, line, column: 1, message: `missing ${language} translation of ${what}: add a row` });
  return errors;
}

export function checkTranslations(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const languages = publishedLanguages(data.report).filter((language) => language !== DEFAULT_LANGUAGE);

  // Indicators: known id; a label exactly when English has one.
  const indicators = new Map(data.indicators.map((row) => [row.data.id, row]));
  const indicatorFile = DATA_FILES.indicatorTranslations;
  for (const row of data.indicatorTranslations) {
    const english = indicators.get(row.data.indicator);
    if (!english) {
      if (!data.causes.explains('indicators', row.data.indicator))
        errors.push(cellError(indicatorFile, row, 'indicator', `unknown indicator id ${quoteValue(row.data.indicator)}: expected an id from ${DATA_FILES.indicators}`));
      continue;
    }
    if (english.data.label !== undefined && row.data.label === undefined)
      errors.push(cellError(indicatorFile, row, 'label', `expected a label: the English row (${DATA_FILES.indicators}:${english.line}) has the label ${quoteValue(english.data.label)}`));
    if (english.data.label === undefined && row.data.label !== undefined)
      errors.push(cellError(indicatorFile, row, 'label', `expected an empty label: the English row (${DATA_FILES.indicators}:${english.line}) has none (found ${quoteValue(row.data.label)})`));
  }
  errors.push(
    ...missingRows(
      data,
      'indicatorTranslations',
      data.indicatorTranslations,
      (row) => row.indicator,
      () => data.indicators.map((row) => ({ key: row.data.id, what: `indicator ${quoteValue(row.data.id)} (${DATA_FILES.indicators}:${row.line})` })),
      languages,
    ),
  );

  // Provisions: a (version, code) of data/hkex-provisions.csv; every provision of the followed Guide.
  const provisions = new Map(data.provisions.map((row) => [`${row.data.version} ${row.data.code}`, row]));
  const provisionFile = DATA_FILES.provisionTranslations;
  for (const row of data.provisionTranslations)
    if (!provisions.has(`${row.data.version} ${row.data.code}`) && !data.causes.explains('provisions', `${row.data.version} ${row.data.code}`))
      errors.push(
        cellError(provisionFile, row, 'code', `unknown provision ${quoteValue(`${row.data.version} ${row.data.code}`)}: expected a version and code of ${DATA_FILES.provisions}`),
      );
  errors.push(
    ...missingRows(
      data,
      'provisionTranslations',
      data.provisionTranslations,
      (row) => `${row.version} ${row.code}`,
      () => data.provisions
        .filter((row) => row.data.version === data.report.guide.version)
        .map((row) => ({ key: `${row.data.version} ${row.data.code}`, what: `provision ${row.data.code} of guide version ${row.data.version} (${DATA_FILES.provisions}:${row.line})` })),
      languages,
    ),
  );

  // Terms: a word some English row uses; every word in use.
  const inUse = termsInUse(data);
  const termFile = DATA_FILES.termTranslations;
  const allVersions = new Set(data.provisions.flatMap((row) => [`area ${row.data.area}`, `aspect ${row.data.aspect}`]));
  for (const row of data.termTranslations) {
    const { kind, term } = row.data;
    // A word of an unreadable English table is unknown because of that table (root cause first).
    const source = kind === 'unit' || kind === 'topic' ? 'indicators' : 'provisions';
    if (!inUse[kind].terms.has(term) && !allVersions.has(`${kind} ${term}`) && !data.causes.explains(source))
      errors.push(cellError(termFile, row, 'term', `unknown ${kind} ${quoteValue(term)}: expected a word of ${inUse[kind].from}, written exactly as there`));
  }
  errors.push(
    ...missingRows(
      data,
      'termTranslations',
      data.termTranslations,
      (row) => `${row.kind} ${row.term}`,
      () => (Object.entries(inUse) as [TermKind, { terms: Set<string>; from: string }][]).flatMap(([kind, { terms, from }]) =>
        [...terms].map((term) => ({ key: `${kind} ${term}`, what: `${kind} ${quoteValue(term)} (${from})` })),
      ),
      languages,
    ),
  );

  // Translated sections: an English original, in a folder of a known language.
  const english = new Map(data.sections.map((section) => [section.id, section]));
  const translated = new Map<string, string>();
  for (const section of data.translatedSections) {
    translated.set(`${section.language} ${section.id}`, section.file);
    const original = english.get(section.id);
    // Headings of an unparsable file are unknown: its syntax error is the one to fix.
    if (original && !data.causes.isUnusable(section.id) && !data.causes.isUnusable(`${section.language}:${section.id}`))
      errors.push(...checkHeadingOutline(original, section));
    if (!original)
      errors.push({
        file: section.file,
        line: 1,
        column: 1,
        message: `no English original: expected content/${section.id.includes('/') ? section.id : `${section.id}/index`}.mdx (a translation keeps the English file's path under content/${LANGUAGES[section.language].prefix}/)`,
      });
  }

  // Section titles: from the table or from the translated file's frontmatter, never both.
  const sectionFile = DATA_FILES.sectionTranslations;
  for (const row of data.sectionTranslations) {
    const { section, language } = row.data;
    if (!english.has(section))
      errors.push(cellError(sectionFile, row, 'section', `unknown section ${quoteValue(section)}: expected "chapter/section" or "chapter" of a file in content/`));
    else if (translated.has(`${language} ${section}`))
      errors.push(cellError(sectionFile, row, 'title', `title given twice: ${translated.get(`${language} ${section}`)} has its own title in its frontmatter; remove this row`));
  }
  errors.push(
    ...missingRows(
      data,
      'sectionTranslations',
      data.sectionTranslations,
      (row) => row.section,
      // A section with a translated file takes its title from there and needs no row.
      (language) =>
        data.sections
          .filter((section) => !translated.has(`${language} ${section.id}`))
          .map((section) => ({ key: section.id, what: `the title of section ${quoteValue(section.id)} (${section.file})` })),
      languages,
    ),
  );
  return errors;
}
