/**
 * Nothing Chinese the site prints falls outside its font: every Han character and CJK punctuation mark of every
 * Chinese page (its text and its title, including what Intl writes, such as the 月 of a date) has a glyph in
 * the Noto Sans HK files that the page's font stylesheet declares, in both weights: the cover's own cut on the
 * cover (src/publish/cover-font.ts), the edition's cut (/fonts/noto-sans-hk.css) everywhere else. A character
 * missing there would print in whatever face the reader's machine has, or as a missing glyph on a machine without
 * a Chinese font.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { cjkCharacters } from '../../src/lib/cjk-font.ts';
import { DIST, elements, fontFaces, readSite, visibleText, type Page } from '../support/site.ts';

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

/** The characters of `characters`, per weight, that no face of a stylesheet has a glyph for: { 400: "", 700: "" }. */
async function uncovered(stylesheet: string, characters: string): Promise<Record<number, string>> {
  const faces = fontFaces(stylesheet);
  expect(new Set(faces.map((face) => face.weight)), stylesheet).toEqual(new Set([400, 700]));
  const result: Record<number, string> = {};
  for (const weight of [400, 700]) {
    const covered = new Set<string>();
    for (const face of faces.filter((item) => item.weight === weight)) {
      const candidates = [...characters].filter((character) => inRange(character, face.range)).join('');
      if (candidates) for (const character of await mapped(readFileSync(join(DIST, 'fonts', face.file)), candidates)) covered.add(character);
    }
    result[weight] = [...characters].filter((character) => !covered.has(character)).join('');
  }
  return result;
}

/** The Chinese font stylesheet a page links (/fonts/…css). */
const fontStylesheet = (page: Page) =>
  elements(page, 'link[rel=stylesheet]')
    .map((link) => String(link.properties.href))
    .filter((href) => href.startsWith('/fonts/'));

describe('the Chinese font', () => {
  const pages = () => readSite().filter((page) => page.path.startsWith('/zh-hk/'));
  const charactersOf = (page: Page) => cjkCharacters(`${visibleText(page)}\n${elements(page, 'title').map((title) => toText(title)).join('')}`);

  it('has a glyph, in both weights, for every Chinese character on every Chinese page, in the cut the page links', async () => {
    expect(pages().length).toBeGreaterThan(100);
    const byStylesheet = new Map<string, string>();
    for (const page of pages()) {
      const [stylesheet, ...more] = fontStylesheet(page);
      expect(more, page.path).toEqual([]);
      byStylesheet.set(stylesheet!, (byStylesheet.get(stylesheet!) ?? '') + charactersOf(page));
    }
    // The cover has its own cut (src/publish/cover-font.ts); every other Chinese page links the edition's.
    expect([...byStylesheet.keys()].sort()).toEqual(['/fonts/noto-sans-hk-cover-zh-hk.css', '/fonts/noto-sans-hk.css']);
    const edition = cjkCharacters(byStylesheet.get('/fonts/noto-sans-hk.css')!);
    expect(edition.length).toBeGreaterThan(600);
    expect(edition).toContain('月');
    for (const [stylesheet, text] of byStylesheet) expect(await uncovered(stylesheet, cjkCharacters(text)), stylesheet).toEqual({ 400: '', 700: '' });
  });

  it('links the cover\'s own cut only on the cover, and preloads the files its stylesheet names', () => {
    for (const page of pages()) {
      const stylesheet = fontStylesheet(page)[0]!;
      expect(stylesheet, page.path).toBe(page.path === '/zh-hk/' ? '/fonts/noto-sans-hk-cover-zh-hk.css' : '/fonts/noto-sans-hk.css');
      const preloaded = elements(page, 'link[rel=preload][as=font]').map((link) => String(link.properties.href));
      expect(preloaded, page.path).toEqual(fontFaces(stylesheet).map((face) => `/fonts/${face.file}`));
    }
  });

  it('cuts the cover to less than half the edition: the 2024 report\'s cover is under 105,000 B in both weights', () => {
    const bytes = (stylesheet: string) => fontFaces(stylesheet).reduce((sum, face) => sum + statSync(join(DIST, 'fonts', face.file)).size, 0);
    expect(bytes('/fonts/noto-sans-hk-cover-zh-hk.css')).toBeLessThan(105_000);
    expect(bytes('/fonts/noto-sans-hk.css')).toBeGreaterThan(2 * bytes('/fonts/noto-sans-hk-cover-zh-hk.css'));
  });
});
