/**
 * The evidence pack for assurers: one zip per edition holding every file of data/, the data package, the data
 * book, the PDF, the validation report (JSON and Markdown), the transcription notes and a manifest with the
 * SHA-256 of every other file, the commit and the build date. Deterministic: sorted entries, every timestamp
 * the build date, so the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { deterministicZip } from './zip.ts';

export interface PackFile {
  /** Path inside the pack, e.g. "data/values.csv". */
  path: string;
  bytes: Uint8Array;
  /** What the file is, for the manifest. */
  role: string;
}

export interface PackInput {
  issuer: string;
  title: string;
  year: number;
  commit: string;
  /** True when the build's tracked files differed from the commit. */
  modified: boolean;
  /** ISO 8601 build date (the commit's, or SOURCE_DATE_EPOCH); undefined when unknown. */
  date: string | undefined;
  files: PackFile[];
  /** Parts the pack would hold but this build did not make (e.g. the PDF), with the reason. */
  absent: { path: string; reason: string }[];
}

export const MANIFEST = 'manifest.json';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The manifest's text: every file's path, role, size and SHA-256, in path order. */
export function manifestOf(input: PackInput): string {
  const files = [...input.files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({ path: file.path, role: file.role, bytes: file.bytes.byteLength, sha256: sha256Hex(file.bytes) }));
  const manifest = {
    issuer: input.issuer,
    report: input.title,
    year: input.year,
    commit: input.commit,
    commitModified: input.modified,
    buildDate: input.date ?? null,
    files,
    absent: input.absent,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The pack's bytes. Throws when two files share a path or a file is named like the manifest. */
export function evidencePack(input: PackInput, stamp: Date): Uint8Array {
  const files = new Map<string, Uint8Array>();
  for (const file of input.files) {
    if (files.has(file.path) || file.path === MANIFEST) throw new Error(`evidence pack: two files at ${file.path}`);
    files.set(file.path, file.bytes);
  }
  files.set(MANIFEST, new TextEncoder().encode(manifestOf(input)));
  return deterministicZip(files, stamp);
}
