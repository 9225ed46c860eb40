/**
 * Nothing lost: every sentence, table cell and number of the source report appears in the visible text of
 * the built site, except what docs/transcription-notes.md records (each row is applied to the source first).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyNotes, normalise, numbersIn, readSourceAndNotes, type SourceApplied } from '../support/coverage.ts';
import { ROOT, readSite, visibleText } from '../support/site.ts';

const SOURCE = join(ROOT, 'docs', 'source', 'qifu-esg-report-2024.txt');
const NOTES = join(ROOT, 'docs', 'transcription-notes.md');

let applied: SourceApplied;
let siteText: string;
let siteNumbers: Set<string>;

beforeAll(() => {
  const { source, notes } = readSourceAndNotes(SOURCE, NOTES);
  applied = applyNotes(source, notes);
  const texts = readSite().map(visibleText);
  siteText = texts.map(normalise).join(' | ');
  siteNumbers = new Set(texts.flatMap(numbersIn));
});

describe('coverage of the source report', () => {
  it('has no stale note: every Source cell is found in its line', () => {
    expect(applied.staleNotes.map((note) => `notes line ${note.notesLine}: \`${note.source}\` not in source line(s) ${note.lines?.join('-') ?? 'all'}`)).toEqual([]);
  });

  it('shows every sentence and table cell of the source', () => {
    expect(applied.pieces.length).toBeGreaterThan(800);
    const missing = applied.pieces.filter((piece) => !siteText.includes(normalise(piece.text)));
    expect(missing.map((piece) => `${piece.line}: ${piece.text}`)).toEqual([]);
  });

  it('shows every number of the source', () => {
    expect(applied.numbers.length).toBeGreaterThan(300);
    const missing = applied.numbers.filter((number) => !siteNumbers.has(number.text));
    expect(missing.map((number) => `${number.line}: ${number.text}`)).toEqual([]);
  });
});
