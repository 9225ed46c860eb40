/**
 * Read every input of a report (data/ and content/), validate each file against its schema and then
 * the references between them, and return the typed tables — or throw one ReportValidationError that
 * lists every problem of the run. The content-layer loaders, the build's early check and `npm run check`
 * all call this, so they agree on what is valid.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Indicator } from '../schemas/indicator.ts';
import type { MappingRow } from '../schemas/mapping.ts';
import type { Provision } from '../schemas/provision.ts';
import { reportSchema, type Report } from '../schemas/report.ts';
import type { BoardMember, Highlight, StakeholderRow } from '../schemas/tables.ts';
import type { ValueRow } from '../schemas/value.ts';
import type { IndicatorTranslation, ProvisionTranslation, SectionTranslation, TermTranslation } from '../schemas/translation.ts';
import { translatedFrontmatterSchema, type TranslatedFrontmatter } from '../schemas/section.ts';
import { LANGUAGES, TRANSLATION_LANGUAGES, type Language } from '../i18n/index.ts';
import { checkReferences } from '../validation/references.ts';
import { readTable, type LocatedRow } from './csv.ts';
import { type DataError, ReportValidationError } from './errors.ts';
import { CONTENT_DIR, DATA_FILES } from './files.ts';
import { TABLES, columnsOf, type TableName, type TableSpec } from './tables.ts';
import { readJson } from './json.ts';
import { readSection, type SectionSource } from './mdx.ts';

export interface ProjectData {
  report: Report;
  indicators: LocatedRow<Indicator>[];
  values: LocatedRow<ValueRow>[];
  highlights: LocatedRow<Highlight>[];
  boardMembers: LocatedRow<BoardMember>[];
  stakeholders: LocatedRow<StakeholderRow>[];
  provisions: LocatedRow<Provision>[];
  mapping: LocatedRow<MappingRow>[];
  indicatorTranslations: LocatedRow<IndicatorTranslation>[];
  provisionTranslations: LocatedRow<ProvisionTranslation>[];
  termTranslations: LocatedRow<TermTranslation>[];
  sectionTranslations: LocatedRow<SectionTranslation>[];
  /** The English sections: content/<chapter>/… (never content/<language>/…). */
  sections: SectionSource[];
  /** Translated sections, content/<language prefix>/<chapter>/<section>.mdx, with the same ids as English. */
  translatedSections: TranslatedSectionSource[];
  /**
   * Primary keys (as in loaders/tables.ts, joined by a space) of rows that failed their own schema:
   * references to them are not reported again.
   */
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

/** Read and validate everything; returns the data and the list of errors (empty when valid). */
export function readProject(root: string): { data: ProjectData; errors: DataError[] } {
  const errors: DataError[] = [];
  const read = (file: string): string | undefined => {
    const path = join(root, file);
    if (!existsSync(path)) {
      errors.push({ file, line: 1, column: 1, message: 'file not found' });
      return undefined;
    }
    return readFileSync(path, 'utf8');
  };
  const absent = new Set<TableName>();
  const rejected = Object.fromEntries(Object.keys(TABLES).map((name) => [name, new Set<string>()])) as ProjectData['rejected'];
  const table = <T>(name: TableName): LocatedRow<T>[] => {
    const spec: TableSpec = TABLES[name];
    const { file, row, primaryKey } = spec;
    if (spec.optional && !existsSync(join(root, file))) {
      absent.add(name);
      return [];
    }
    const text = read(file);
    if (text === undefined) return [];
    const result = readTable(file, text, row, columnsOf(name));
    errors.push(...result.errors);
    for (const cells of result.rejected) rejected[name].add(primaryKey.map((column) => cells[column]?.trim() ?? '').join(' '));
    return result.rows as LocatedRow<T>[];
  };

  const reportText = read(DATA_FILES.report);
  const reportResult = reportText === undefined ? { errors: [] } : readJson(DATA_FILES.report, reportText, reportSchema);
  errors.push(...reportResult.errors);

  const sections: SectionSource[] = [];
  const translatedSections: TranslatedSectionSource[] = [];
  const contentRoot = join(root, CONTENT_DIR);
  for (const path of listMdx(contentRoot)) {
    const file = relative(root, path).split('\\').join('/');
    const inContent = relative(contentRoot, path).split('\\').join('/');
    const [folder, ...rest] = inContent.split('/');
    const language = TRANSLATION_FOLDERS.get(folder!);
    if (language) {
      const result = readSection(file, rest.join('/'), readFileSync(path, 'utf8'), translatedFrontmatterSchema);
      translatedSections.push({ ...result.section, frontmatter: result.section.frontmatter as TranslatedFrontmatter | undefined, language });
      errors.push(...result.errors);
      continue;
    }
    const result = readSection(file, inContent, readFileSync(path, 'utf8'));
    sections.push(result.section);
    errors.push(...result.errors);
  }

  const data: ProjectData = {
    report: reportResult.data as Report,
    indicators: table<Indicator>('indicators'),
    values: table<ValueRow>('values'),
    highlights: table<Highlight>('highlights'),
    boardMembers: table<BoardMember>('boardMembers'),
    stakeholders: table<StakeholderRow>('stakeholders'),
    provisions: table<Provision>('provisions'),
    mapping: table<MappingRow>('mapping'),
    indicatorTranslations: table<IndicatorTranslation>('indicatorTranslations'),
    provisionTranslations: table<ProvisionTranslation>('provisionTranslations'),
    termTranslations: table<TermTranslation>('termTranslations'),
    sectionTranslations: table<SectionTranslation>('sectionTranslations'),
    sections,
    translatedSections,
    rejected,
    absent,
  };
  if (data.report) errors.push(...checkReferences(data));
  return { data, errors };
}

const cache = new Map<string, ProjectData>();

/** readProject, throwing every error at once; cached per root for one process (one build). */
export function loadProject(root: string, { fresh = false } = {}): ProjectData {
  const cached = cache.get(root);
  if (cached && !fresh) return cached;
  const { data, errors } = readProject(root);
  if (errors.length > 0) throw new ReportValidationError(errors);
  cache.set(root, data);
  return data;
}
