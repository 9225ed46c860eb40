/**
 * The self-hosted CJK font has a glyph for every Chinese character the site prints (UI strings and the
 * translation tables of data/), so no character falls back to a missing glyph on a machine without CJK fonts;
 * and a page loads only the slices its characters need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhHk } from '../../src/i18n/zh-hk.ts';
import { cjkCharacters, fontSlices, slicesFor } from '../../src/lib/cjk-font.ts';
import { ROOT } from '../support/site.ts';

const tables = ['indicator-translations', 'provision-translations', 'term-translations', 'section-translations'].map((name) =>
  readFileSync(join(ROOT, 'data', `${name}.csv`), 'utf8'),
);

describe('the CJK font', () => {
  it('covers every Chinese character of the UI strings and the translation tables, in both weights', () => {
    const text = [...Object.values(zhHk), ...tables].join('');
    expect(cjkCharacters(text).length).toBeGreaterThan(300);
    expect(slicesFor(text).uncovered).toEqual([]);
  });

  it('loads only the slices a text needs: one slice per weight for 環境', () => {
    const { slices, bytes } = slicesFor('環境');
    expect(slices.map((slice) => slice.weight)).toEqual([400, 700]);
    expect(bytes).toBe(slices[0]!.bytes + slices[1]!.bytes);
    expect(fontSlices(400).length).toBeGreaterThan(100);
  });

  it('scopes the font to Chinese text and forbids synthetic bold', () => {
    const css = readFileSync(join(ROOT, 'src', 'styles', 'cjk.css'), 'utf8');
    expect(css).toContain(":lang(zh) {\n  /* Latin letters and digits keep the system face; every Han character falls through to Noto Sans HK. */\n  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans HK', sans-serif;\n  font-synthesis: none;");
    expect([...css.matchAll(/@import '@fontsource\/noto-sans-hk\/(\d+)\.css'/g)].map((match) => match[1])).toEqual(['400', '700']);
  });
});
