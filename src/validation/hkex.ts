/**
 * The HKEX mapping's guarantees: every provision of the followed guide is answered exactly once;
 * a "comply or explain" provision has a location or an explanation; locations name a real section
 * and a heading anchor that exists in it; indicators exist.
 */
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import { cellError } from './cell-error.ts';
import type { LocatedRow } from '../loaders/csv.ts';
import { didYouMean } from '../loaders/suggest.ts';

const FILE = DATA_FILES.mapping;

/** Where one item of a space-separated locations cell starts (the row's cell text is in `raw`). */
function locationPosition(row: LocatedRow<unknown>, items: string[], item: string): { line: number; column: number } {
  const cell = row.positions.locations ?? { line: row.line, column: 1 };
  const index = items.indexOf(item);
  const before = items.slice(0, index).join(' ').length + (index > 0 ? 1 : 0);
  // The cell may be quoted and start with spaces: find the item itself in the row's text.
  const rawIndex = row.raw.indexOf(item, cell.column - 1);
  return rawIndex >= 0 && !row.raw.slice(cell.column - 1, rawIndex).includes('\n')
    ? { line: cell.line, column: rawIndex + 1 }
    : { line: cell.line, column: cell.column + before };
}

export function checkHkexMapping(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const version = data.report.guide.version;
  const provisions = new Map(
    data.provisions.filter((row) => row.data.version === version).map((row) => [row.data.code, row.data]),
  );
  const sections = new Map(data.sections.map((section) => [section.id, section]));
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));

  const { causes } = data;
  if (causes.isUnusable('mapping') || causes.isUnusable('provisions')) {
    causes.explains(causes.isUnusable('mapping') ? 'mapping' : 'provisions');
    return errors;
  }
  const mapped = new Set<string>();
  for (const row of data.mapping) {
    const { code, status, locations, indicators, explanation } = row.data;
    mapped.add(code);
    const provision = provisions.get(code);
    if (!provision) {
      if (!causes.explains('provisions', `${version} ${code}`))
        errors.push(cellError(FILE, row, 'code', `unknown HKEX code ${quoteValue(code)}: expected a code of guide version ${version} in ${DATA_FILES.provisions}${didYouMean(code, provisions.keys())}`));
      continue;
    }
    if (status === 'disclosed' && locations.length === 0)
      errors.push(cellError(FILE, row, 'locations', `${code} is disclosed but names no location: expected "chapter/section#anchor"`));
    if (status !== 'disclosed' && explanation === undefined)
      errors.push(cellError(FILE, row, 'explanation', `${code} is ${status} but has no explanation: a "comply or explain" provision needs a disclosure or an explanation`));
    for (const location of locations) {
      const [sectionId, anchor] = location.split('#') as [string, string | undefined];
      const section = sections.get(sectionId);
      // Each error names the item at fault in full (the cell may list several) and points at it, not at the cell.
      const at = locationPosition(row, locations, location);
      if (!section) {
        errors.push({ file: FILE, ...at, message: `unknown section ${JSON.stringify(sectionId)} in ${JSON.stringify(location)}: expected "chapter/section" of a file in content/${didYouMean(sectionId, sections.keys())}` });
      } else if (anchor !== undefined && !section.headings.some((heading) => heading.slug === anchor) && !causes.explains(section.id)) {
        const slugs = section.headings.map((heading) => heading.slug);
        errors.push({
          file: FILE,
          ...at,
          message: `unknown anchor ${JSON.stringify(`#${anchor}`)} in ${JSON.stringify(location)}: ${section.file} has the anchors ${slugs.join(', ') || 'none'}${didYouMean(anchor, slugs)}`,
        });
      }
    }
    for (const id of indicators)
      if (!indicatorIds.has(id) && !causes.explains('indicators', id))
        errors.push(cellError(FILE, row, 'indicators', `unknown indicator id ${quoteValue(id)}: expected an id from ${DATA_FILES.indicators}${didYouMean(id, indicatorIds)}`));
  }
  const lastLine = data.mapping.at(-1)?.line ?? 1;
  for (const [code] of provisions)
    if (!mapped.has(code) && !causes.explains('mapping', code))
      errors.push({ file: FILE, line: lastLine + 1, column: 1, message: `provision ${code} of guide version ${version} is missing from the mapping: add a row with its status` });
  return errors;
}
