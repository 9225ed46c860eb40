/**
 * Which slices of the self-hosted CJK font (src/styles/cjk.css: @fontsource/noto-sans-hk, weights 400 and 700)
 * a text needs, and their bytes: what a browser downloads for a page that shows that text. Used to measure
 * the font weight of Chinese pages and, in tests, to prove every character the site prints has a glyph.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CJK_FONT_PACKAGE = '@fontsource/noto-sans-hk';
export const CJK_FONT_WEIGHTS = [400, 700] as const;

export interface FontSlice {
  weight: number;
  /** woff2 file path on disk. */
  file: string;
  bytes: number;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);

/** The @font-face slices of one weight, parsed from the package's CSS (woff2 sources only). */
export function fontSlices(weight: number): FontSlice[] {
  const css = require.resolve(`${CJK_FONT_PACKAGE}/${weight}.css`);
  const text = readFileSync(css, 'utf8');
  return [...text.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const url = /url\(([^)]+\.woff2)\)/.exec(body!)![1]!;
    const file = join(dirname(css), url);
    const ranges = /unicode-range:\s*([^;]+);/
      .exec(body!)![1]!
      .split(',')
      .map((part) => {
        const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(start!, 16), parseInt(end ?? start!, 16)] as [number, number];
      });
    return { weight, file, bytes: statSync(file).size, ranges };
  });
}

const covers = (slice: FontSlice, codePoint: number) => slice.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);

/** Han characters (and CJK punctuation) of a text, each once. */
export function cjkCharacters(text: string): string[] {
  return [...new Set(text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu) ?? [])];
}

/**
 * The slices a browser loads to show `text` in the given weights, and characters no slice covers
 * (which would show as missing glyphs).
 */
export function slicesFor(text: string, weights: readonly number[] = CJK_FONT_WEIGHTS): { slices: FontSlice[]; bytes: number; uncovered: string[] } {
  const characters = cjkCharacters(text);
  const slices: FontSlice[] = [];
  const uncovered = new Set<string>();
  for (const weight of weights) {
    const all = fontSlices(weight);
    for (const character of characters) {
      const slice = all.find((item) => covers(item, character.codePointAt(0)!));
      if (!slice) uncovered.add(character);
      else if (!slices.includes(slice)) slices.push(slice);
    }
  }
  return { slices, bytes: slices.reduce((sum, slice) => sum + slice.bytes, 0), uncovered: [...uncovered] };
}
