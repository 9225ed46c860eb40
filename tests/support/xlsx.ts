/**
 * Read an xlsx back without exceljs: values with read-excel-file (an independent reader), and what it does not
 * expose — each cell's number format, the frozen pane and the filter — straight from the workbook's XML.
 */
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';

export type Cell = string | number | boolean | Date | null;

/** Every sheet's rows as read-excel-file returns them, by sheet name, in workbook order. */
export async function readBook(bytes: Uint8Array): Promise<Map<string, Cell[][]>> {
  const sheets = await readXlsxFile(Buffer.from(bytes));
  return new Map(sheets.map((sheet) => [sheet.sheet, sheet.data as Cell[][]]));
}

/** "C12" → { row: 12, column: 3 } */
const addressOf = (reference: string) => {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(reference)!;
  const column = [...letters!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(digits), column };
};

/** Built-in number formats Excel does not write into styles.xml. */
const BUILT_IN: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%' };

export interface SheetXml {
  /** Number format of each cell ("row:column", 1-based), from its style. */
  formats: Map<string, string>;
  frozenRows: number;
  autoFilter: string | undefined;
}

/** The number formats, frozen rows and filter range of each sheet, by sheet name. */
export function sheetXml(bytes: Uint8Array): Map<string, SheetXml> {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path]!);
  const styles = text('xl/styles.xml');
  const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((match) => [Number(match[1]), match[2]!.replace(/&quot;/g, '"')]));
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const xfFormats = [...cellXfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((match) => Number(match[1]));
  const workbook = text('xl/workbook.xml');
  const relations = text('xl/_rels/workbook.xml.rels');
  const result = new Map<string, SheetXml>();
  for (const match of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${match[2]}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${match[2]}"`).exec(relations)![1]!;
    const xml = text(`xl/${target.replace(/^\/?xl\//, '')}`);
    const formats = new Map<string, string>();
    for (const cell of xml.matchAll(/<c r="([A-Z]+\d+)"(?: [^>]*?)?(?: s="(\d+)")?[^>]*?(?:\/>|>)/g)) {
      const style = /s="(\d+)"/.exec(cell[0])?.[1];
      const id = xfFormats[Number(style ?? 0)] ?? 0;
      const { row, column } = addressOf(cell[1]!);
      formats.set(`${row}:${column}`, custom.get(id) ?? BUILT_IN[id] ?? `#${id}`);
    }
    const pane = /<pane [^>]*ySplit="(\d+)"[^>]*state="frozen"/.exec(xml) ?? /<pane [^>]*state="frozen"[^>]*ySplit="(\d+)"/.exec(xml);
    result.set(match[1]!.replace(/&amp;/g, '&'), { formats, frozenRows: pane ? Number(pane[1]) : 0, autoFilter: /<autoFilter ref="([^"]+)"/.exec(xml)?.[1] });
  }
  return result;
}
