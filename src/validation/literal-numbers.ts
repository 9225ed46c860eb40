/**
 * "Every statistic in data/ is written once": find numbers typed in MDX prose that equal a figure in data/
 * (an indicator value or a highlight) and should be cited with <Value> instead. Small whole numbers are
 * everywhere in prose ("3 systems", "the 6th forum"), so a whole number under 1,000 counts only when it
 * equals a highlight figure and the unit after it matches that figure's unit as well. A figure is the
 * same only with the same written decimals ("1.2" is not the "1.20" of data/).
 */
import Big from 'big.js';
import type { SectionSource } from '../loaders/mdx.ts';
import type { ProjectData } from '../loaders/project.ts';
import { decimalsOf } from '../lib/format.ts';
import { scaleDecimal } from '../lib/scale.ts';
import type { DataError } from '../loaders/errors.ts';
import { DATA_FILES } from '../loaders/files.ts';
import { cellError } from './cell-error.ts';

export interface LiteralStatistic {
  file: string;
  line: number;
  column: number;
  text: string;
  /** The prose right after the number. */
  after: string;
  /** The data figures it equals: "ghg-total@2024", "micro-star-new-credit". */
  matches: string[];
}

interface Figure {
  label: string;
  /** The figure as data/ writes it: "19273.0". */
  text: string;
  decimals: number;
  /** Highlights are quoted in prose; the statistics tables' small counts and percentages are not. */
  isHighlight: boolean;
  /** What follows the number when prose states this figure: "%", "million yuan", "tonnes". */
  unit: string;
}

/** Chinese numeral units that scale the number before them: 1.93萬 is 19,300; 2.1億 is 210,000,000. */
const CHINESE_SCALES: Record<string, number> = { 萬: 4, 万: 4, 億: 8, 亿: 8 };
/** Words after a number that make it a date or a time, not a count: 2024年4月1日, 3時. */
const CALENDAR = /^[年月日時点點分秒號号]/;

/**
 * Numbers in the prose of `sections` (the English ones unless given) that equal a figure of data/. Numbers are read
 * with full-width digits folded (src/loaders/mdx.ts). A number followed by 萬 or 億 is scaled (×10⁴, ×10⁸) and then
 * equals a figure exactly, or, written with three significant digits or more, as the figure rounds to it
 * ("1.93萬" for 19,273.0).
 *
 * `translated`: the sections are translations, whose unit words (4艘) cannot be compared with the English unit of a
 * highlight ("ferries"): a small whole number equal to a highlight then counts whatever word follows it, unless that
 * word makes it a date or a time (4月, 1日).
 */
export function findLiteralStatistics(
  data: ProjectData,
  sections: readonly Pick<SectionSource, 'file' | 'numbers'>[] = data.sections,
  { translated = false }: { translated?: boolean } = {},
): LiteralStatistic[] {
  const figures = new Map<number, Figure[]>();
  const add = (value: number, figure: Figure) => figures.set(value, [...(figures.get(value) ?? []), figure]);
  const indicators = new Map(data.indicators.map((row) => [row.data.id, row.data]));
  for (const { data: row } of data.values) {
    const indicator = indicators.get(row.indicator);
    if (row.value === undefined || !indicator) continue;
    add(Number(row.value), { label: `${row.indicator}@${row.year}`, text: row.value, decimals: decimalsOf(row.value), isHighlight: false, unit: indicator.format === 'percent' ? '%' : indicator.unit });
  }
  for (const { data: row } of data.highlights) {
    // Prose may state a highlight in its base unit ("48,000 pieces") or as the call-out prints it ("48 thousand").
    add(Number(row.value), { label: row.id, text: row.value, decimals: decimalsOf(row.value), isHighlight: true, unit: row.unit ?? '' });
    if (row.scale || row.decimals !== undefined) {
      const card = scaleDecimal(row.value, row.scale, row.decimals);
      add(Number(card), { label: row.id, text: card, decimals: decimalsOf(card), isHighlight: true, unit: [row.scale, row.unit].filter(Boolean).join(' ') });
    }
  }

  /** Figures a number scaled by 萬 or 億 states: equal to it, or rounding to it at its written decimals. */
  const scaledMatches = (written: string, power: number): Figure[] => {
    const decimals = decimalsOf(written);
    const exact = Number(new Big(written).times(new Big(10).pow(power)).toFixed());
    const significant = written.replace(/^[0.]+/, '').replace('.', '').length;
    return [...figures].flatMap(([value, list]) =>
      value === exact
        ? list
        : significant >= 3 && value !== 0 && new Big(list[0]!.text).div(new Big(10).pow(power)).toFixed(decimals, Big.roundHalfUp) === written
          ? list
          : [],
    );
  };

  const found: LiteralStatistic[] = [];
  for (const section of sections)
    for (const number of section.numbers) {
      const after = number.after.trimStart().toLowerCase();
      const power = CHINESE_SCALES[number.after[0] ?? ''];
      const value = Number(number.value);
      const decimals = decimalsOf(number.value);
      const distinctive = value >= 1000 || decimals > 0;
      const matches =
        power !== undefined
          ? scaledMatches(number.value, power)
          : (figures.get(value) ?? []).filter((figure) => {
              if (figure.decimals !== decimals) return false;
              if (distinctive) return true;
              if (!figure.isHighlight) return false;
              if (translated) return !CALENDAR.test(number.after);
              const unit = figure.unit.toLowerCase().replace(/^\+\s*/, '+');
              return unit !== '' && after.replace(/^\+\s*/, '+').startsWith(unit.split(/\s+/)[0]!);
            });
      if (matches.length > 0)
        found.push({
          file: section.file,
          line: number.line,
          column: number.column,
          text: power === undefined ? number.text : `${number.text}${number.after[0]}`,
          after: number.after,
          matches: [...new Set(matches.map((figure) => figure.label))],
        });
    }
  return found;
}

/**
 * The literal statistics of the prose as errors, except the reviewed coincidences of data/literal-numbers.csv; and a
 * reviewed row that no longer matches anything, so the list stays short and current.
 */
export function literalStatisticErrors(data: ProjectData): DataError[] {
  const keyOf = (file: string, number: string, after: string) => `${file}|${number}|${after}`;
  const reviewed = new Map(data.literalNumbers.map((row) => [keyOf(row.data.file, row.data.number, row.data.after), row]));
  const used = new Set<string>();
  const errors: DataError[] = [];
  for (const item of findLiteralStatistics(data)) {
    const key = [...reviewed.keys()].find((candidate) => {
      const row = reviewed.get(candidate)!.data;
      return row.file === item.file && row.number === item.text && item.after.trimStart().startsWith(row.after);
    });
    if (key) {
      used.add(key);
      continue;
    }
    const [first] = item.matches;
    const cite = first!.includes('@') ? `<Value id="${first!.split('@')[0]}" year={${first!.split('@')[1]}} />` : `<Value id="${first}" />`;
    errors.push({
      file: item.file,
      line: item.line,
      column: item.column,
      message:
        `the number ${JSON.stringify(item.text)} equals ${item.matches.join(', ')} in data/: cite it as ${cite}, ` +
        `or, if it is another quantity, add a row to ${DATA_FILES.literalNumbers} saying why`,
    });
  }
  for (const [key, row] of reviewed)
    if (!used.has(key))
      errors.push(cellError(DATA_FILES.literalNumbers, row, 'file', `reviewed number ${JSON.stringify(row.data.number)} no longer appears before ${JSON.stringify(row.data.after)} in ${row.data.file}: delete the row`));
  return errors;
}
