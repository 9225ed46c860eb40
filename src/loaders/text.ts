/**
 * Bytes → text, for every input file (CSV, JSON, MDX). Only UTF-8 is accepted (a byte order mark is allowed and
 * dropped): a file in Windows-1252, Big5 or UTF-16 would otherwise be decoded into U+FFFD replacement characters and
 * published garbled ("Chlo�"). Line ends are made "\n" whichever an editor's tool wrote (CRLF from Excel on Windows,
 * a lone CR from classic Mac exports), so every later stage counts lines as editors' text editors do, and an extract
 * of the file never mixes line ends.
 */
import type { DataError } from './errors.ts';

const SAVE_AS = 'save it as UTF-8 (in Excel: Save As › "CSV UTF-8"; in other editors: Encoding › UTF-8)';

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1 when all are. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (byte < 0x80) {
      index++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) min = 0xa0; // overlong
      if (byte === 0xed) max = 0x9f; // UTF-16 surrogates
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) min = 0x90; // overlong
      if (byte === 0xf4) max = 0x8f; // beyond U+10FFFF
    } else return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      const low = next === 1 ? min : 0x80;
      const high = next === 1 ? max : 0xbf;
      if (continuation === undefined || continuation < low || continuation > high) return index;
    }
    index += length;
  }
  return -1;
}

/** "\r\n" and a lone "\r" become "\n". */
export const normalizeLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Line and column (1-based, in characters) of a byte offset in valid UTF-8 before it, counting CR, LF and CRLF as one line end. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = normalizeLineEnds(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decode an input file. Returns the text (BOM dropped, line ends "\n") or one error for the whole file:
 * a file in another encoding is unusable, so nothing else is reported about it.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { error: DataError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return { error: { file, line: 1, column: 1, message: `the file is UTF-16 (${order}, by its byte order mark), not UTF-8: ${SAVE_AS}` } };
  }
  // UTF-16 without a byte order mark: Latin text has a NUL byte beside every character. UTF-8 text never has NUL.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      error: { file, ...positionOfByte(bytes, nul), message: `the file has NUL bytes (0x00), as UTF-16 files do: it is not UTF-8 text; ${SAVE_AS}` },
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    return {
      error: {
        file,
        ...positionOfByte(bytes, invalid),
        message: `byte ${hex(bytes[invalid]!)} is not UTF-8: the file is in another encoding (such as Windows-1252 or Big5); ${SAVE_AS}`,
      },
    };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { text: normalizeLineEnds(text) };
}
