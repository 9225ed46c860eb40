/**
 * Read every input of a report (data/ and content/) and validate each file against its own schema. The checks
 * between files are src/validation/'s job (validateProject there calls this first), so this module imports nothing
 * from validation. Every file is decoded as UTF-8 only (text.ts), and an error that makes a file or a row unusable is
 * recorded in `causes`, so checks between files can stay silent about what depends on it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reportSchema, type Report } from '../schemas/report.ts';
import { translatedFrontmatterSchema, type TranslatedFrontmatter } from '../schemas/section.ts';
import { LANGUAGES, TRANSLATION_LANGUAGES, type Language } from '../i18n/index.ts';
import { readTable, type LocatedRow } from './csv.ts';
import { type DataError, RootCauses } from './errors.ts';
import { CONTENT_DIR, DATA_FILES } from './files.ts';
import { readJson, type JsonLocator } from './json.ts';
import { readSection, type SectionSource } from './mdx.ts';
import { TABLES, columnsOf, type TableName, type TableRow, type TableSpec } from './tables.ts';
import { decodeText } from './text.ts';
import { canonical } from './characters.ts';

/** Every table of TABLES as rows that remember their position: derived from the registry, never written twice. */
export type ProjectTables = { [K in TableName]: LocatedRow<TableRow<K>>[] };

export interface ProjectData extends ProjectTables {
  /** undefined when data/report.json is unusable (its errors are reported). */
  report: Report;
  /** Where each key of data/report.json is, for errors about it found later. */
  reportLocator: JsonLocator;
  /** The English sections: content/<chapter>/… (never content/<language>/…). */
  sections: SectionSource[];
  /** Translated sections, content/<language prefix>/<chapter>/<section>.mdx, with the same ids as English. */
  translatedSections: TranslatedSectionSource[];
  /**
   * Errors that made a file or row unusable, by scope: a table name (its rows by primary key, as in tables.ts, joined
   * by a space), "report", or a section id. Checks between files ask it before reporting a missing reference.
   */
  causes: RootCauses;
  /** Primary keys (joined by a space) of rows that failed their own schema, per table (see also `causes`). */
  rejected: Record<TableName, Set<string>>;
  /** Optional tables (loaders/tables.ts) whose file is absent. */
  absent: Set<TableName>;
}

export type TranslatedSectionSource = Omit<SectionSource, 'frontmatter'> & {
  language: Language;
  frontmatter?: TranslatedFrontmatter;
};

/** content/<prefix>/ folders hold translations, not chapters. */
const TRANSLATION_FOLDERS = new Map(TRANSLATION_LANGUAGES.map((language) => [LANGUAGES[language].prefix as string, language]));

function listMdx(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The primary key of a row's raw cells, as checks between files name it ("ghg-total 2024"). */
export const keyOf = (table: TableName, cells: Record<string, unknown>): string =>
  TABLES[table].primaryKey.map((column) => canonical(String(cells[column] ?? ''))).join(' ');

/** Read every file and check it against its own schema; returns the data and the errors (empty when valid). */
export function readProject(root: string): { data: ProjectData; errors: DataError[] } {
  const errors: DataError[] = [];
  const causes = new RootCauses();
  const read = (file: string, scope: string): string | undefined => {
    const path = join(root, file);
    if (!existsSync(path)) {
      const error = { file, line: 1, column: 1, message: 'file not found' };
      errors.push(error);
      causes.unusable(scope, error);
      return undefined;
    }
    const decoded = decodeText(file, readFileSync(path));
    if ('error' in decoded) {
      errors.push(decoded.error);
      causes.unusable(scope, decoded.error);
      return undefined;
    }
    return decoded.text;
  };
  const absent = new Set<TableName>();
  const rejected = Object.fromEntries(Object.keys(TABLES).map((name) => [name, new Set<string>()])) as ProjectData['rejected'];
  const table = <K extends TableName>(name: K): LocatedRow<TableRow<K>>[] => {
    const spec: TableSpec = TABLES[name];
    const { file, row } = spec;
    if (spec.optional && !existsSync(join(root, file))) {
      absent.add(name);
      return [];
    }
    const text = read(file, name);
    if (text === undefined) return [];
    const result = readTable(file, text, row, columnsOf(name));
    errors.push(...result.errors);
    if (result.unusable) causes.unusable(name, result.unusable);
    for (const { cells, error } of result.rejected) {
      causes.refused(name, keyOf(name, cells), error);
      rejected[name].add(keyOf(name, cells));
    }
    return result.rows as LocatedRow<TableRow<K>>[];
  };

  const reportText = read(DATA_FILES.report, 'report');
  const reportResult = reportText === undefined ? { errors: [] } : readJson(DATA_FILES.report, reportText, reportSchema);
  errors.push(...reportResult.errors);
  if (reportResult.errors.length > 0) causes.unusable('report', reportResult.errors[0]!);

  const sections: SectionSource[] = [];
  const translatedSections: TranslatedSectionSource[] = [];
  const contentRoot = join(root, CONTENT_DIR);
  for (const path of listMdx(contentRoot)) {
    const file = relative(root, path).split('\\').join('/');
    const inContent = relative(contentRoot, path).split('\\').join('/');
    const [folder, ...rest] = inContent.split('/');
    const language = TRANSLATION_FOLDERS.get(folder!);
    const decoded = decodeText(file, readFileSync(path));
    const text = 'text' in decoded ? decoded.text : '';
    const result = language
      ? readSection(file, rest.join('/'), text, translatedFrontmatterSchema)
      : readSection(file, inContent, text);
    if ('error' in decoded) {
      errors.push(decoded.error);
      causes.unusable(language ? `${language}:${result.section.id}` : result.section.id, decoded.error);
    } else {
      errors.push(...result.errors);
      if (result.unusable) causes.unusable(language ? `${language}:${result.section.id}` : result.section.id, result.unusable);
    }
    if (language) {
      translatedSections.push({ ...result.section, frontmatter: result.section.frontmatter as TranslatedFrontmatter | undefined, language });
      continue;
    }
    sections.push(result.section);
  }
  // A translation's headings carry the English anchors when the outlines match, as the site renders them
  // (src/lib/translated-heading-ids.ts); a mismatch is an error of the validation (heading-outline.ts).
  const originals = new Map(sections.map((section) => [section.id, section]));
  for (const section of translatedSections) {
    const original = originals.get(section.id)?.headings;
    if (original?.length === section.headings.length && original.every((heading, index) => heading.depth === section.headings[index]!.depth))
      section.headings = section.headings.map((heading, index) => ({ ...heading, slug: original[index]!.slug }));
  }

  const tables = Object.fromEntries((Object.keys(TABLES) as TableName[]).map((name) => [name, table(name)])) as ProjectTables;
  const data: ProjectData = {
    ...tables,
    report: reportResult.data as Report,
    reportLocator: reportResult.locator ?? (() => ({ line: 1, column: 1 })),
    sections,
    translatedSections,
    causes,
    rejected,
    absent,
  };
  return { data, errors };
}
