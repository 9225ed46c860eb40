/**
 * The Chinese edition's font is cut from Noto Sans HK to exactly the characters the edition prints, with a glyph
 * for each (read back from the cut files' own character maps), in the two weights the site uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/loaders/project.ts';
import { cjkCharacters, cjkFontFaces, editionText, subsetCjkFont } from '../../src/lib/cjk-font.ts';
import { ROOT } from '../support/site.ts';

/** The characters a woff2 file maps, read with HarfBuzz. */
async function charactersOf(woff2: Uint8Array, candidates: string): Promise<string> {
  const sfnt = await subsetFont(Buffer.from(woff2), candidates, { targetFormat: 'truetype' });
  const mapped = new Set(new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
  return [...candidates].filter((character) => mapped.has(character.codePointAt(0)!)).join('');
}

describe('the CJK font', () => {
  it('collects the Han characters and CJK punctuation of a text, once each, in code point order', () => {
    expect(cjkCharacters('環境，環境 and ESG（2024年）')).toBe('境年環（），');
  });

  // One weight: the weights of Noto Sans HK map the same characters, and each cut parses a 7 MB font.
  it('has a glyph for every character of this report\'s Chinese edition', async () => {
    const { data } = readProject(ROOT);
    const characters = cjkCharacters(editionText(ROOT, data, 'zh-hk'));
    expect(characters.length).toBeGreaterThan(600);
    const font = await subsetCjkFont(characters, [400]);
    expect(font.missing).toEqual([]);
    expect(font.files.map((file) => file.name)).toEqual(['noto-sans-hk-400.woff2']);
    expect(font.files[0]!.characters).toBe(characters);
    expect(await charactersOf(font.files[0]!.body, characters)).toBe(characters);
  });

  it('puts Han characters and the full-width punctuation in one file per weight, each with one @font-face rule', async () => {
    const font = await subsetCjkFont(cjkCharacters('環境，（綜合）：；／'));
    expect(font.missing).toEqual([]);
    expect(font.files.map((file) => [file.name, file.characters])).toEqual([
      ['noto-sans-hk-400.woff2', '合境環綜（），／：；'],
      ['noto-sans-hk-700.woff2', '合境環綜（），／：；'],
    ]);
    for (const file of font.files) expect(await charactersOf(file.body, file.characters)).toBe(file.characters);
    expect(cjkFontFaces(font.files, '/fonts/')).toBe(
      [400, 700]
        .flatMap((weight) => [
          '@font-face {',
          "  font-family: 'Noto Sans HK';",
          '  font-style: normal;',
          `  font-weight: ${weight};`,
          '  font-display: swap;',
          `  src: url('/fonts/noto-sans-hk-${weight}.woff2') format('woff2');`,
          '}',
        ])
        .join('\n'),
    );
  });

  it('reports a character no weight has a glyph for, instead of cutting a file that prints it as a missing glyph', async () => {
    // U+9FFF: a Han code point (Unicode 14) that Noto Sans HK has no glyph for.
    const font = await subsetCjkFont('環\u9fff', [400]);
    expect(font.missing).toEqual(['\u9fff']);
    expect(font.files.map((file) => file.characters)).toEqual(['環']);
  });

  it('gives the same files, byte for byte, from the build cache as cut afresh (src/lib/build-cache.ts)', async () => {
    const saved = process.env.ESG_BUILD_CACHE;
    process.env.ESG_BUILD_CACHE = 'off';
    const fresh = await subsetCjkFont(cjkCharacters('年報：'), [700]);
    if (saved === undefined) delete process.env.ESG_BUILD_CACHE;
    else process.env.ESG_BUILD_CACHE = saved;
    await subsetCjkFont(cjkCharacters('年報：'), [700]); // stored, if an earlier run had not
    const cached = await subsetCjkFont(cjkCharacters('年報：'), [700]);
    expect(cached.files.map((file) => [file.name, file.characters])).toEqual([['noto-sans-hk-700.woff2', '報年：']]);
    expect(cached).toEqual(fresh);
  });

  it('is used for Chinese text only, with synthetic bold and italic forbidden', () => {
    const css = readFileSync(join(ROOT, 'src', 'styles', 'cjk.css'), 'utf8');
    expect(css).toContain(
      ":lang(zh) {\n  /* Latin letters and digits keep the system face; every Han character falls through to Noto Sans HK. */\n  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans HK', sans-serif;\n  font-synthesis: none;",
    );
    expect(css).not.toMatch(/@font-face\s*{/);
  });
});
