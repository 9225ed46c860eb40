/**
 * The HKEX mapping's guarantees: every provision of the followed guide is answered exactly once;
 * a "comply or explain" provision has a location or an explanation; locations name a real section
 * and a heading anchor that exists in it; indicators exist.
 */
import { type DataError, quoteValue } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import type { ProjectData } from '../loaders/project.ts';
import { cellError } from './cell-error.ts';

const FILE = DATA_FILES.mapping;

export function checkHkexMapping(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const version = data.report.guide.version;
  const provisions = new Map(
    data.provisions.filter((row) => row.data.version === version).map((row) => [row.data.code, row.data]),
  );
  const sections = new Map(data.sections.map((section) => [section.id, section]));
  const indicatorIds = new Set(data.indicators.map((row) => row.data.id));

  const mapped = new Set<string>();
  for (const row of data.mapping) {
    const { code, status, locations, indicators, explanation } = row.data;
    mapped.add(code);
    const provision = provisions.get(code);
    if (!provision) {
      errors.push(cellError(FILE, row, 'code', `unknown HKEX code ${quoteValue(code)}: expected a code of guide version ${version} in ${DATA_FILES.provisions}`));
      continue;
    }
    if (status === 'disclosed' && locations.length === 0)
      errors.push(cellError(FILE, row, 'locations', `${code} is disclosed but names no location: expected "chapter/section#anchor"`));
    if (status !== 'disclosed' && explanation === undefined)
      errors.push(cellError(FILE, row, 'explanation', `${code} is ${status} but has no explanation: a "comply or explain" provision needs a disclosure or an explanation`));
    for (const location of locations) {
      const [sectionId, anchor] = location.split('#') as [string, string | undefined];
      const section = sections.get(sectionId);
      if (!section) {
        errors.push(cellError(FILE, row, 'locations', `unknown section ${quoteValue(sectionId)}: expected "chapter/section" of a file in content/`));
      } else if (anchor !== undefined && !section.headings.some((heading) => heading.slug === anchor)) {
        const known = section.headings.map((heading) => heading.slug).join(', ') || 'none';
        errors.push(cellError(FILE, row, 'locations', `unknown anchor ${quoteValue(`#${anchor}`)} in ${section.file}: expected one of ${known}`));
      }
    }
    for (const id of indicators)
      if (!indicatorIds.has(id)) errors.push(cellError(FILE, row, 'indicators', `unknown indicator id ${quoteValue(id)}: expected an id from ${DATA_FILES.indicators}`));
  }
  const lastLine = data.mapping.at(-1)?.line ?? 1;
  for (const [code] of provisions)
    if (!mapped.has(code))
      errors.push({ file: FILE, line: lastLine + 1, column: 1, message: `provision ${code} of guide version ${version} is missing from the mapping: add a row with its status` });
  return errors;
}
