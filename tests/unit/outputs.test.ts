/** The data book's number formats and the evidence pack's determinism, as pure functions. */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { numberFormatOf } from '../../src/outputs/data-book.ts';
import { evidencePack, sha256Hex, type PackInput } from '../../src/outputs/evidence-pack.ts';
import { deterministicZip } from '../../src/outputs/zip.ts';

const encoder = new TextEncoder();
const input: PackInput = {
  issuer: 'Example Holdings',
  title: 'Sustainability Report 2025',
  year: 2025,
  commit: '0123456789abcdef0123456789abcdef01234567',
  modified: false,
  date: '2026-03-31T08:30:00.000Z',
  files: [
    { path: 'data/values.csv', bytes: encoder.encode('indicator,year\nghg-total,2025\n'), role: 'data file' },
    { path: 'data/indicators.csv', bytes: encoder.encode('id\nghg-total\n'), role: 'data file' },
  ],
  absent: [{ path: 'PDF', reason: 'the PDF was not built with this edition' }],
};
const stamp = new Date(input.date!);

describe('the data book number format', () => {
  it('shows the published decimals, with thousands separators', () => {
    expect(numberFormatOf('16.10')).toBe('#,##0.00');
    expect(numberFormatOf('1701.13')).toBe('#,##0.00');
    expect(numberFormatOf('28')).toBe('#,##0');
    expect(numberFormatOf('0.125')).toBe('#,##0.000');
  });
});

describe('the evidence pack', () => {
  it('is the same bytes for the same input, whatever the order of files and the time zone', () => {
    const first = evidencePack(input, stamp);
    const reordered = evidencePack({ ...input, files: [...input.files].reverse() }, stamp);
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Hong_Kong';
    const inHongKong = evidencePack(input, stamp);
    process.env.TZ = zone;
    expect(Buffer.from(reordered).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(inHongKong).equals(Buffer.from(first))).toBe(true);
  });

  it('holds a manifest with the SHA-256 of every file, the commit and the build date, entries in path order', () => {
    const files = unzipSync(evidencePack(input, stamp));
    expect(Object.keys(files)).toEqual(['data/indicators.csv', 'data/values.csv', 'manifest.json']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.commit).toBe(input.commit);
    expect(manifest.buildDate).toBe('2026-03-31T08:30:00.000Z');
    expect(manifest.absent).toEqual(input.absent);
    for (const entry of manifest.files) expect(entry.sha256).toBe(sha256Hex(files[entry.path]!));
  });

  it('stores the build date as each entry\'s time (UTC), never the clock', () => {
    const zip = deterministicZip(new Map([['a.txt', encoder.encode('a')]]), stamp);
    // Local file header: DOS time at offset 10, date at 12 (little-endian).
    const view = new DataView(zip.buffer, zip.byteOffset);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2026, 3, 31, 8, 30]);
  });

  it('refuses two files at one path', () => {
    expect(() => evidencePack({ ...input, files: [...input.files, input.files[0]!] }, stamp)).toThrow('two files at data/values.csv');
  });
});
