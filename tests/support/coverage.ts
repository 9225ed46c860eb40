/**
 * The coverage check: every sentence and number of the source text must appear in the site's visible text,
 * after applying the corrections and omissions that docs/transcription-notes.md records.
 */
import { readFileSync } from 'node:fs';

export interface NoteRow {
  /** 1-based source line numbers the row applies to; undefined for "all". */
  lines?: [number, number];
  /** Exact text of the source line, or "*" for whole lines. */
  source: string;
  /** Replacement; null when the text is left out; "(data)" when rendered from data/ (numbers still checked). */
  site: string | null;
  why: string;
  /** Line of the notes file, for messages. */
  notesLine: number;
}

const CODE = /^`(.*)`$/;

/** Parse the notes table. Rows look like: | 308 | `Oifu` | `Qifu` | OCR slip | */
export function parseNotes(markdown: string): NoteRow[] {
  const rows: NoteRow[] = [];
  markdown.split('\n').forEach((line, index) => {
    const cells = line.match(/^\|(.*)\|\s*$/)?.[1]?.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
    if (!cells || cells.length < 4) return;
    const [where, source, site, ...why] = cells as [string, string, string, ...string[]];
    const range = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(where);
    if (!range && where !== 'all') return; // header or separator row
    rows.push({
      lines: range ? [Number(range[1]), Number(range[2] ?? range[1])] : undefined,
      source: source === '*' ? '*' : (CODE.exec(source)?.[1] ?? source),
      site: site === '—' || site === '-' || site === '' ? null : site === '(data)' ? '(data)' : (CODE.exec(site)?.[1] ?? site),
      why: why.join('|'),
      notesLine: index + 1,
    });
  });
  return rows;
}

/** Lower-case letters and digits only, single-spaced: punctuation, quotes and case do not matter. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** Numbers as a set of canonical strings: "1,701.13" → "1701.13". */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => match[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''));
}

/** Strip the extract's Markdown-ish markup from a source line. */
function unmark(line: string): string {
  return line
    .replace(/<\/?(?:ul|li)>/g, ' ')
    .replace(/^\s*(?:#+|>|[-•])\s*/, '')
    .replace(/\*\*/g, '');
}

export interface Piece {
  line: number;
  text: string;
}

export interface SourceApplied {
  /** Sentences and table cells that must appear on the site. */
  pieces: Piece[];
  /** Numbers that must appear on the site. */
  numbers: Piece[];
  /** Notes whose Source text is not in their line (stale notes). */
  staleNotes: NoteRow[];
}

/** Apply the notes to the source and cut it into pieces to look for. */
export function applyNotes(source: string, notes: NoteRow[]): SourceApplied {
  const lines = source.split('\n');
  const pieces: Piece[] = [];
  const numbers: Piece[] = [];
  const used = new Set<NoteRow>();
  lines.forEach((raw, index) => {
    const number = index + 1;
    let text = raw;
    let numbersOnly = false;
    for (const note of notes) {
      const applies = note.lines === undefined || (number >= note.lines[0] && number <= note.lines[1]);
      if (!applies) continue;
      if (note.source === '*') {
        used.add(note);
        if (note.site === '(data)') numbersOnly = true;
        else text = '';
        continue;
      }
      if (!text.includes(note.source)) continue;
      used.add(note);
      text = text.split(note.source).join(note.site === null || note.site === '(data)' ? ' ' : note.site);
    }
    text = unmark(text);
    for (const value of numbersIn(text)) numbers.push({ line: number, text: value });
    if (numbersOnly) return;
    for (const cell of text.split('\t'))
      for (const sentence of cell.split(/(?<=[.!?;:])\s+/)) {
        if (normalise(sentence) !== '') pieces.push({ line: number, text: sentence.trim() });
      }
  });
  const staleNotes = notes.filter((note) => !used.has(note));
  return { pieces, numbers, staleNotes };
}

export function readSourceAndNotes(sourcePath: string, notesPath: string) {
  return { source: readFileSync(sourcePath, 'utf8'), notes: parseNotes(readFileSync(notesPath, 'utf8')) };
}
