/**
 * Nothing Chinese the site prints falls outside its font: every Han character and CJK punctuation mark of every
 * Chinese page (its text and its title, including what Intl writes, such as the 月 of a date) has a glyph in
 * the Noto Sans HK files that /fonts/noto-sans-hk.css declares, in both weights. A character missing there would
 * print in whatever face the reader's machine has, or as a missing glyph on a machine without a Chinese font.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { cjkCharacters } from '../../src/lib/cjk-font.ts';
import { DIST, elements, readSite, visibleText } from '../support/site.ts';

/** The characters of `candidates` that a woff2 file maps (HarfBuzz reads the cmap of the file cut to them). */
async function mapped(woff2: Uint8Array, candidates: string): Promise<Set<string>> {
  const sfnt = await subsetFont(Buffer.from(woff2), candidates, { targetFormat: 'truetype' });
  const codePoints = new Set(new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
  return new Set([...candidates].filter((character) => codePoints.has(character.codePointAt(0)!)));
}

/** In unicode-range "U+ff0c,U+3001-3002"? */
const inRange = (character: string, range: string | undefined) =>
  range === undefined ||
  range.split(',').some((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
    const codePoint = character.codePointAt(0)!;
    return codePoint >= start! && codePoint <= (end ?? start)!;
  });

describe('the Chinese font', () => {
  it('has a glyph, in both weights, for every Chinese character on every Chinese page', async () => {
    const pages = readSite().filter((page) => page.path.startsWith('/zh-hk/'));
    expect(pages.length).toBeGreaterThan(100);
    const text = pages.map((page) => `${visibleText(page)}\n${elements(page, 'title').map((title) => toText(title)).join('')}`).join('\n');
    const characters = cjkCharacters(text);
    expect(characters.length).toBeGreaterThan(600);
    expect(characters).toContain('月');
    const css = readFileSync(join(DIST, 'fonts', 'noto-sans-hk.css'), 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
      weight: Number(/font-weight:\s*(\d+)/.exec(body!)![1]),
      file: /url\('\/fonts\/([^']+)'\)/.exec(body!)![1]!,
      range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1],
    }));
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set([400, 700]));
    for (const weight of [400, 700]) {
      const covered = new Set<string>();
      for (const face of faces.filter((item) => item.weight === weight)) {
        const candidates = [...characters].filter((character) => inRange(character, face.range)).join('');
        if (candidates) for (const character of await mapped(readFileSync(join(DIST, 'fonts', face.file)), candidates)) covered.add(character);
      }
      expect([...characters].filter((character) => !covered.has(character)).join(''), `weight ${weight}`).toBe('');
    }
  });
});
