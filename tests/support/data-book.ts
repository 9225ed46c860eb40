/**
 * /statistics/ against the Excel data book: every value cell of the page, and the check that the book's Statistics
 * sheet holds each as the page shows it (numbers as numbers with the published decimals, statuses as words).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { expect } from 'vitest';
import { elements, readSite, type Page } from './site.ts';
import { readBook, sheetXml, type Cell } from './xlsx.ts';

/** The data book's sheets, in order. */
export const SHEETS = ['About', 'Statistics', 'Indicators', 'HKEX index', 'Data quality'];
/** A published file of dist/data/, as bytes. */
export const published = (dist: string, name: string) => new Uint8Array(readFileSync(join(dist, 'data', name)));

/** The value text of a statistics cell, without its "Restated" mark. */
const cellText = (cell: Parameters<typeof toText>[0]) => {
  const copy = structuredClone(cell) as { children: { type: string; properties?: { className?: string[] } }[] };
  copy.children = copy.children.filter((child) => !(child.type === 'element' && child.properties?.className?.includes('restated')));
  return toText(copy as Parameters<typeof toText>[0]).trim();
};

/** Every value cell of /statistics/: indicator id, year and the text shown. */
export function statisticsCells(page: Page) {
  const years = elements(page, 'thead th.number').map((th) => Number(toText(th)));
  return elements(page, 'tbody tr[id]').flatMap((row) =>
    elements({ ...page, tree: { type: 'root', children: [row] } }, 'td.number').map((td, index) => ({ id: String(row.properties.id), year: years[index]!, text: cellText(td), td })),
  );
}

/** Check every value of /statistics/ against the data book's Statistics sheet: numbers as numbers with the published decimals, statuses as words. */
export async function expectStatisticsInBook(dist: string, book: Uint8Array) {
  const sheets = await readBook(book);
  expect([...sheets.keys()]).toEqual(SHEETS);
  const rows = sheets.get('Statistics')!;
  const header = rows[0]!.map(String);
  const xml = sheetXml(book).get('Statistics')!;
  expect(xml.frozenRows).toBe(1);
  expect(xml.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
  const idColumn = header.indexOf('Indicator id');
  const page = readSite(dist).find((item) => item.path === '/statistics/')!;
  const cells = statisticsCells(page);
  expect(cells.length).toBeGreaterThan(0);
  for (const { id, year, text } of cells) {
    const rowIndex = rows.findIndex((row) => row[idColumn] === id);
    expect(rowIndex, id).toBeGreaterThan(0);
    const column = header.indexOf(String(year));
    const value: Cell = rows[rowIndex]![column]!;
    if (/^[\d,.]+%?$/.test(text)) {
      const number = text.replace(/[,%]/g, '');
      expect(value, `${id} ${year}`).toBe(Number(number));
      const decimals = number.includes('.') ? number.split('.')[1]!.length : 0;
      expect(xml.formats.get(`${rowIndex + 1}:${column + 1}`), `${id} ${year}`).toBe(decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
    } else {
      expect(['Not applicable', 'Not disclosed', 'Not published'], `${id} ${year}: ${text}`).toContain(text);
      expect(value, `${id} ${year}`).toBe(text);
    }
  }
  return sheets;
}
