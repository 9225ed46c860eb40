/**
 * Checks across files, after each file passed its own schema: ids that must exist, keys that must be
 * unique, years that must be declared, and the HKEX mapping's guarantees. Each error points at the cell
 * (or MDX line) that holds the bad reference.
 */
import type { LocatedRow } from '../loaders/csv.ts';
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import { TABLES, type TableName } from '../loaders/tables.ts';
import type { ProjectData } from '../loaders/project.ts';
import { FORMULA } from '../schemas/indicator.ts';
import { RESERVED_SLUGS } from '../schemas/section.ts';
import type { SectionSource } from '../loaders/mdx.ts';
import { cellError } from './cell-error.ts';
import { checkComponentUsage } from './components.ts';
import { checkHkexMapping } from './hkex.ts';
import { checkIndicatorStructure } from './structure.ts';
import { checkReportMetadata } from './report.ts';
import { literalStatisticErrors } from './literal-numbers.ts';
import { didYouMean } from '../loaders/suggest.ts';
import { checkNumbersMatch } from './numbers-match.ts';
import { checkTranslations } from './translations.ts';

/** Report every row whose primary key (see loaders/tables.ts) repeats an earlier row's. */
export function checkPrimaryKeys(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  for (const [name, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
    const seen = new Map<string, number>();
    for (const row of data[name] as LocatedRow<Record<string, unknown>>[]) {
      const key = spec.primaryKey.map((column) => String(row.data[column])).join(' ');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.line);
      else
        errors.push(cellError(spec.file, row, spec.primaryKey[0]!, `duplicate ${spec.keyName} ${quoteValue(key)}: already defined on line ${first}`));
    }
  }
  return errors;
}

export function checkReferences(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const { report, causes } = data;
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));
  const provisionCodes = new Set(
    data.provisions.filter((row) => row.data.version === report.guide.version).map((row) => row.data.code),
  );
  const sectionIds = new Set(data.sections.map((section) => section.id));
  /** An id missing from `table`: reported with a suggestion, unless a refused row or file explains it. */
  const unknownIn = (table: TableName, id: string, ids: Iterable<string>, report: () => DataError) => {
    if (causes.explains(table, id)) return;
    const error = report();
    errors.push({ ...error, message: `${error.message}${didYouMean(id, ids)}` });
  };

  // Indicators: unique ids, parents and dimensions, HKEX codes, formulas.
  errors.push(...checkPrimaryKeys(data));
  for (const row of data.indicators) {
    const { id, parent, dimension, hkex, formula } = row.data;
    if (parent !== undefined && !indicatorIds.has(parent))
      unknownIn('indicators', parent, indicatorIds, () =>
        cellError(DATA_FILES.indicators, row, 'parent', `unknown indicator id ${quoteValue(parent)}: expected an id defined in this file`));
    if (parent === id) errors.push(cellError(DATA_FILES.indicators, row, 'parent', `an indicator cannot be its own parent`));
    if (parent !== undefined && dimension === undefined)
      errors.push(cellError(DATA_FILES.indicators, row, 'dimension', 'expected a breakdown dimension because parent is set'));
    for (const code of hkex)
      if (!provisionCodes.has(code) && !causes.explains('provisions', `${report.guide.version} ${code}`))
        errors.push(
          cellError(DATA_FILES.indicators, row, 'hkex', `unknown HKEX code ${quoteValue(code)}: expected a code of guide version ${report.guide.version} in ${DATA_FILES.provisions}${didYouMean(code, provisionCodes)}`),
        );
    if (formula !== undefined && FORMULA.test(formula))
      for (const term of formula.split(/ [+*/] /))
        if (!indicatorIds.has(term))
          unknownIn('indicators', term, indicatorIds, () => cellError(DATA_FILES.indicators, row, 'formula', `unknown indicator id ${quoteValue(term)} in formula`));
  }

  // Values: known indicator, declared year.
  const declaredYears = new Set(report.years);
  const yearNames = report.years.map(String);
  for (const row of data.values) {
    if (!indicatorIds.has(row.data.indicator))
      unknownIn('indicators', row.data.indicator, indicatorIds, () =>
        cellError(DATA_FILES.values, row, 'indicator', `unknown indicator id ${quoteValue(row.data.indicator)}: expected an id from ${DATA_FILES.indicators}`));
    if (!declaredYears.has(row.data.year))
      errors.push(cellError(DATA_FILES.values, row, 'year', `year ${row.data.year} is not declared: expected one of ${report.years.join(', ')} (data/report.json "years")${didYouMean(String(row.data.year), yearNames)}`));
  }

  // Highlights: unique ids that do not collide with indicators, in an existing section.
  for (const row of data.highlights) {
    if (indicatorIds.has(row.data.id))
      errors.push(cellError(DATA_FILES.highlights, row, 'id', `id ${quoteValue(row.data.id)} is already an indicator id: <Value id> would be ambiguous`));
    if (!sectionIds.has(row.data.section))
      errors.push(cellError(DATA_FILES.highlights, row, 'section', `unknown section ${quoteValue(row.data.section)}: expected "chapter/section" of a file in content/${didYouMean(row.data.section, sectionIds)}`));
  }

  const highlightIds = new Set(data.highlights.map((row) => row.data.id));
  (report.featuredHighlights ?? []).forEach((id, index) => {
    if (!highlightIds.has(id))
      unknownIn('highlights', id, highlightIds, () => ({
        file: DATA_FILES.report,
        ...data.reportLocator(['featuredHighlights', index]),
        message: `featuredHighlights: unknown highlight id ${quoteValue(id)}: expected an id from ${DATA_FILES.highlights}`,
      }));
  });

  (report.keyFigures ?? []).forEach((id, index) => {
    if (!indicatorIds.has(id))
      unknownIn('indicators', id, indicatorIds, () => ({
        file: DATA_FILES.report,
        ...data.reportLocator(['keyFigures', index]),
        message: `keyFigures: unknown indicator id ${quoteValue(id)}: expected an id from ${DATA_FILES.indicators}`,
      }));
  });

  // Provisions: the report's version must exist.
  if (provisionCodes.size === 0 && !causes.explains('provisions'))
    errors.push({
      file: DATA_FILES.report,
      ...data.reportLocator(['guide', 'version']),
      message: `guide.version ${quoteValue(report.guide.version)} has no provisions in ${DATA_FILES.provisions}`,
    });

  // Sections: slugs the site reserves, and every chapter needs an introduction.
  const chapters = new Map<string, string>();
  for (const section of data.sections) {
    if (!chapters.has(section.chapter)) chapters.set(section.chapter, section.file);
    const slug = section.section ?? section.chapter;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
      errors.push({ file: section.file, line: 1, column: 1, message: `slug ${quoteValue(slug)}: expected a kebab-case file or folder name` });
  }
  for (const [chapter, file] of chapters) {
    if ((RESERVED_SLUGS as readonly string[]).includes(chapter))
      errors.push({ file, line: 1, column: 1, message: `chapter slug ${quoteValue(chapter)} is reserved for the site's own pages (${RESERVED_SLUGS.join(', ')})` });
    if (!sectionIds.has(chapter))
      errors.push({ file: `content/${chapter}/index.mdx`, line: 1, column: 1, message: `file not found: chapter ${quoteValue(chapter)} needs an index.mdx introduction` });
  }

  errors.push(...checkIndicatorStructure(data));
  // Order: sections of a chapter (and chapters among themselves) need distinct positions, or the reading order
  // and previous/next links would depend on the file system.
  const byOrder = new Map<string, SectionSource>();
  for (const section of data.sections) {
    const order = section.frontmatter?.order;
    if (order === undefined) continue;
    const group = section.section === undefined ? '(chapters)' : section.chapter;
    const first = byOrder.get(`${group} ${order}`);
    if (!first) byOrder.set(`${group} ${order}`, section);
    else
      errors.push({
        file: section.file,
        ...(section.frontmatterLines?.order ?? { line: 1, column: 1 }),
        message: `frontmatter order: ${order} is already the order of ${first.file}: ${section.section === undefined ? 'chapters' : `sections of chapter ${quoteValue(section.chapter)}`} need distinct orders`,
      });
  }

  errors.push(...checkReportMetadata(data));
  errors.push(...checkComponentUsage(data));
  errors.push(...checkHkexMapping(data));
  errors.push(...literalStatisticErrors(data));
  errors.push(...checkComponentUsage(data, data.translatedSections));
  errors.push(...checkTranslations(data));
  errors.push(...checkNumbersMatch(data));
  return errors;
}
