/**
 * Invisible and look-alike characters that editors' tools slip into cells and prose: a zero-width space pasted from a
 * web page, a no-break space from Word, smart quotes, a stray quote. They look like nothing, or like the ASCII
 * character expected, so a message names them by code point and Unicode name (names from the Unicode Character
 * Database, https://www.unicode.org/Public/UCD/latest/ucd/UnicodeData.txt).
 */
const NAMES: Record<number, string> = {
  0x0009: 'CHARACTER TABULATION',
  0x0022: 'QUOTATION MARK',
  0x0027: 'APOSTROPHE',
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2010: 'HYPHEN',
  0x2011: 'NON-BREAKING HYPHEN',
  0x2012: 'FIGURE DASH',
  0x2013: 'EN DASH',
  0x2014: 'EM DASH',
  0x2018: 'LEFT SINGLE QUOTATION MARK',
  0x2019: 'RIGHT SINGLE QUOTATION MARK',
  0x201c: 'LEFT DOUBLE QUOTATION MARK',
  0x201d: 'RIGHT DOUBLE QUOTATION MARK',
  0x2032: 'PRIME',
  0x2033: 'DOUBLE PRIME',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0x2212: 'MINUS SIGN',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xff0c: 'FULLWIDTH COMMA',
  0xff0e: 'FULLWIDTH FULL STOP',
};

/** Invisible characters with no business in report data: refused in any cell (see csv.ts). */
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

/** "U+200B ZERO WIDTH SPACE"; a character without a listed name gets its category ("U+0007 control character"). */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[code] ?? (code < 0x20 || code === 0x7f ? 'control character' : /\p{Nd}/u.test(char) ? 'FULLWIDTH or non-ASCII DIGIT' : undefined);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

/** True for the characters describeSuspicious names. */
const isSuspicious = (char: string): boolean => {
  const code = char.codePointAt(0)!;
  return code in NAMES || INVISIBLE.test(char) || (code > 0x7f && /\p{Nd}/u.test(char));
};

/**
 * ", which has U+200B ZERO WIDTH SPACE at character 12" for a value holding such characters (the first three), or "".
 * Characters are counted as an editor's cursor counts them (code points), from 1.
 */
export function describeSuspicious(value: string): string {
  const found: string[] = [];
  [...value].forEach((char, index) => {
    if (found.length < 3 && isSuspicious(char)) found.push(`${describeCharacter(char)} at character ${index + 1}`);
  });
  return found.length === 0 ? '' : `, which has ${found.join(', ')}`;
}

/**
 * A value as it was meant, for matching a refused row's key with the references to it: invisible characters and
 * quotes removed, spaces trimmed ("“ghg-scope-1”" and "ghg-scope-1​" are both "ghg-scope-1").
 */
export function canonical(value: string): string {
  return value.replace(new RegExp(INVISIBLE.source, 'gu'), '').replace(/["'‘’“”]/g, '').trim();
}
