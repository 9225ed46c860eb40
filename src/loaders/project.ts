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
import type { RuleException, RuleRow } from '../schemas/rule.ts';
import { reportSchema, type Report } from '../schemas/report.ts';
import type { BoardMember, Highlight, StakeholderRow } from '../schemas/tables.ts';
import type { ValueRow } from '../schemas/value.ts';
import { checkConsistency, type QualityReport } from '../validation/consistency.ts';
import { checkReferences } from '../validation/references.ts';
import { readTable, type LocatedRow } from './csv.ts';
import { type DataError, ReportValidationError } from './errors.ts';
import { CONTENT_DIR, DATA_FILES } from './files.ts';
import { TABLES, columnsOf, type TableName } from './tables.ts';
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
  rules: LocatedRow<RuleRow>[];
  ruleExceptions: LocatedRow<RuleException>[];
  sections: SectionSource[];
  /** The consistency rules' results (validation/consistency.ts): plain data, computed once per build. */
  quality?: QualityReport;
  /**
   * Primary keys (as in loaders/tables.ts, joined by a space) of rows that failed their own schema:
   * references to them are not reported again.
   */
  rejected: Record<TableName, Set<string>>;
}

function listMdx(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Read and validate everything; returns the data, the errors (empty when valid) and the warnings
 * (year-on-year changes beyond a rule's threshold with no recorded explanation; they do not stop a build).
 */
export function readProject(root: string): { data: ProjectData; errors: DataError[]; warnings: DataError[] } {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];
  const read = (file: string): string | undefined => {
    const path = join(root, file);
    if (!existsSync(path)) {
      errors.push({ file, line: 1, column: 1, message: 'file not found' });
      return undefined;
    }
    return readFileSync(path, 'utf8');
  };
  const rejected = Object.fromEntries(Object.keys(TABLES).map((name) => [name, new Set<string>()])) as ProjectData['rejected'];
  const table = <T>(name: TableName): LocatedRow<T>[] => {
    const { file, row, primaryKey } = TABLES[name];
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
  const contentRoot = join(root, CONTENT_DIR);
  for (const path of listMdx(contentRoot)) {
    const file = relative(root, path).split('\\').join('/');
    const result = readSection(file, relative(contentRoot, path).split('\\').join('/'), readFileSync(path, 'utf8'));
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
    rules: table<RuleRow>('rules'),
    ruleExceptions: table<RuleException>('ruleExceptions'),
    sections,
    rejected,
  };
  if (data.report) {
    errors.push(...checkReferences(data));
    const consistency = checkConsistency(data);
    data.quality = consistency.quality;
    errors.push(...consistency.errors);
    warnings.push(...consistency.warnings);
  }
  return { data, errors, warnings };
}

const cache = new Map<string, ProjectData>();

/** readProject, throwing every error at once; cached per root for one process (one build). */
export function loadProject(root: string, { fresh = false } = {}): ProjectData {
  const cached = cache.get(root);
  if (cached && !fresh) return cached;
  const { data, errors, warnings } = readProject(root);
  if (errors.length > 0) throw new ReportValidationError(errors, warnings);
  cache.set(root, data);
  return data;
}
