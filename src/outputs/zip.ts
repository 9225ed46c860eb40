/**
 * Deterministic zip writing (fflate): entries sorted by path, every timestamp the given date, fixed compression,
 * so the same files give the same bytes on any machine and in any time zone.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * fflate writes a zip entry's DOS date from the Date's *local* fields; a Date whose local fields equal the UTC
 * fields of `date` stores the UTC time whatever the machine's time zone.
 */
function zipTime(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

/** Zip `files` (path → bytes) with entries in sorted path order, all dated `date`. */
export function deterministicZip(files: Map<string, Uint8Array>, date: Date): Uint8Array {
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime, level: 6 }];
  return zipSync(entries);
}

/**
 * Re-pack a zip written by another library (exceljs stamps every entry with the clock): same entries in the
 * same order (for an xlsx, [Content_Types].xml stays first), every entry dated `date`.
 */
export function restampZip(zip: Uint8Array, date: Date): Uint8Array {
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const [path, bytes] of Object.entries(unzipSync(zip))) entries[path] = [bytes, { mtime, level: 6 }];
  return zipSync(entries);
}
