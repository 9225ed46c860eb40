/**
 * One source of numbers for every edition: a translated section must cite exactly the figures of its English
 * original — the same <Value>, <DataTable>, <Chart> and <Highlights> ids, years and breakdowns, in the same
 * order — and may not type a figure that is in data/. Captions, titles and labels are words and may differ.
 * Each difference is reported at the translated file, naming the English file and line it differs from.
 */
import { type DataError } from '../loaders/errors.ts';
import type { ComponentUsage } from '../loaders/mdx.ts';
import type { ProjectData } from '../loaders/project.ts';
import { findLiteralStatistics } from './literal-numbers.ts';

/** A component usage that puts figures of data/ on the page, as a key that is equal when the figures are. */
export interface Citation {
  key: string;
  file: string;
  line: number;
  column: number;
}

const list = (value: unknown) => (Array.isArray(value) ? `{${JSON.stringify(value)}}` : JSON.stringify(value));

/**
 * The citation key of a component, or undefined for one that shows no figure. Defaults are filled in
 * (a <Value> of an indicator without year means the report year; a <DataTable> without years all report
 * years), so `<Value id="x" />` and `<Value id="x" year={2024} />` cite the same figure in a 2024 report.
 */
export function citationKey(usage: ComponentUsage, data: Pick<ProjectData, 'report' | 'highlights'>): string | undefined {
  const { name, attributes } = usage;
  switch (name) {
    case 'Value': {
      const isHighlight = data.highlights.some((row) => row.data.id === attributes.id);
      return isHighlight ? `<Value id=${list(attributes.id)}>` : `<Value id=${list(attributes.id)} year={${attributes.year ?? data.report.year}}>`;
    }
    case 'DataTable':
      return `<DataTable indicators=${list(attributes.indicators)} years=${list(attributes.years ?? data.report.years)}>`;
    case 'Chart': {
      const parts = ['indicator', 'indicators', 'dimension'].filter((key) => key in attributes).map((key) => `${key}=${list(attributes[key])}`);
      return `<Chart ${parts.join(' ')}>`;
    }
    case 'Highlights':
      return `<Highlights ids=${list(attributes.ids)}>`;
    default:
      return undefined;
  }
}

function citationsOf(section: { file: string; components: ComponentUsage[] }, data: ProjectData): Citation[] {
  return section.components.flatMap((usage) => {
    const key = citationKey(usage, data);
    return key === undefined ? [] : [{ key, file: section.file, line: usage.line, column: usage.column }];
  });
}

/** Longest common subsequence of two key lists, as index pairs in order. */
function alignment(a: string[], b: string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Compare two citation lists. Within each stretch between matching citations, the n-th unmatched citation
 * of each side is reported as a difference; what is left over is missing from, or extra in, the translation.
 */
export function compareCitations(english: Citation[], translated: Citation[], translatedFile: string, englishFile: string): DataError[] {
  const errors: DataError[] = [];
  const pairs = [...alignment(english.map((item) => item.key), translated.map((item) => item.key)), [english.length, translated.length] as [number, number]];
  let [i, j] = [0, 0];
  for (const [nextI, nextJ] of pairs) {
    const gapEnglish = english.slice(i, nextI);
    const gapTranslated = translated.slice(j, nextJ);
    const count = Math.max(gapEnglish.length, gapTranslated.length);
    for (let k = 0; k < count; k++) {
      const original = gapEnglish[k];
      const translation = gapTranslated[k];
      if (original && translation)
        errors.push({
          file: translation.file,
          line: translation.line,
          column: translation.column,
          message: `cites ${translation.key} where the English original ${original.file}:${original.line}:${original.column} cites ${original.key}: a translation cites the same figures`,
        });
      else if (translation)
        errors.push({
          file: translation.file,
          line: translation.line,
          column: translation.column,
          message: `cites ${translation.key}, which the English original ${englishFile} does not cite here: a translation cites the same figures`,
        });
      else if (original) {
        // Place it where the translation would cite it: at the next citation it has, or its last one.
        const at = translated[nextJ] ?? translated.at(-1);
        errors.push({
          file: translatedFile,
          line: at?.line ?? 1,
          column: at?.column ?? 1,
          message: `missing ${original.key}, which the English original cites at ${original.file}:${original.line}:${original.column}: a translation cites the same figures`,
        });
      }
    }
    [i, j] = [nextI + 1, nextJ + 1];
  }
  return errors;
}

export function checkNumbersMatch(data: ProjectData): DataError[] {
  const errors: DataError[] = [];
  const english = new Map(data.sections.map((section) => [section.id, section]));
  for (const section of data.translatedSections) {
    const original = english.get(section.id);
    if (!original) continue; // reported by checkTranslations
    errors.push(...compareCitations(citationsOf(original, data), citationsOf(section, data), section.file, original.file));
  }
  for (const found of findLiteralStatistics(data, data.translatedSections, { translated: true }))
    errors.push({
      file: found.file,
      line: found.line,
      column: found.column,
      message: `a figure of data/ (${found.matches.join(', ')}) typed instead of cited: cite it with <Value> as the English original does, never type it (found ${JSON.stringify(found.text)})`,
    });
  return errors;
}
