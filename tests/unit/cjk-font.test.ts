/**
 * The Chinese edition's font is cut from Noto Sans HK to exactly the characters the edition prints, with a glyph
 * for each (read back from the cut files' own character maps), in the two weights the site uses.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/loaders/project.ts';
import { cjkCharacters, cjkFontFaces, editionText, subsetCjkFont } from '../../src/lib/cjk-font.ts';
import { coverFontStep, decodedText, linkedStylesheets } from '../../src/publish/cover-font.ts';
import type { PublishContext } from '../../src/publish/steps.ts';
import type { ReportModel } from '../../src/model/types.ts';
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
    expect(font.files.map((file) => file.weight)).toEqual([400]);
    expect(font.files[0]!.characters).toBe(characters);
    expect(await charactersOf(font.files[0]!.body, characters)).toBe(characters);
  });

  it('puts Han characters and the full-width punctuation in one file per weight, each with one @font-face rule', async () => {
    const font = await subsetCjkFont(cjkCharacters('環境，（綜合）：；／'));
    expect(font.missing).toEqual([]);
    expect(font.files.map((file) => [file.weight, file.characters])).toEqual([
      [400, '合境環綜（），／：；'],
      [700, '合境環綜（），／：；'],
    ]);
    for (const file of font.files) expect(await charactersOf(file.body, file.characters)).toBe(file.characters);
    expect(cjkFontFaces(font.files.map((file) => ({ path: `/fonts/noto-sans-hk-${file.weight}.woff2`, weight: file.weight })))).toBe(
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
    expect(cached.files.map((file) => [file.weight, file.characters])).toEqual([[700, '報年：']]);
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

describe('the cover\'s font (src/publish/cover-font.ts)', () => {
  /** A built Chinese cover in a temporary dist/, its stylesheets beside it, and the step's context for it. */
  function coverDist(html: string, styles: Record<string, string>): { context: PublishContext; logged: string[]; dist: string } {
    const dist = mkdtempSync(join(tmpdir(), 'esg-cover-'));
    for (const [path, text] of Object.entries({ '/zh-hk/index.html': html, ...styles })) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), text);
    }
    mkdirSync(join(dist, 'fonts'), { recursive: true });
    const logged: string[] = [];
    const model = { report: { languages: ['en', 'zh-hk'] } } as unknown as ReportModel;
    return { context: { dist, root: '', model, pdfMode: 'skip', logger: { info: (message) => logged.push(message), warn: () => undefined } }, logged, dist };
  }

  it('cuts both weights to the characters of the finished cover and of the stylesheets it links', async () => {
    const { context, logged, dist } = coverDist(
      '<html lang="zh-HK"><head><title>報告</title><link rel="stylesheet" href="/fonts/noto-sans-hk-cover-zh-hk.css"><link rel="stylesheet" media="print" href="/zh-hk/print-running-heads.css"></head><body><h1>環境</h1><p>管治&#x5E74;&#26376;</p></body></html>',
      { '/fonts/noto-sans-hk-cover-zh-hk.css': "dt::after { content: '：'; } dd::after { content: '\\65E5'; }", '/zh-hk/print-running-heads.css': '@page { @bottom-right { content: "第" counter(page) "頁"; } }' },
    );
    try {
      await coverFontStep.run(context);
      for (const weight of [400, 700]) {
        const file = readFileSync(join(dist, 'fonts', `noto-sans-hk-cover-zh-hk-${weight}.woff2`));
        // 年 and 月 written as references in the HTML, 日 as an escape in the CSS; 期 is on no page.
        expect(await charactersOf(file, '告報環境管治：第頁年月日期')).toBe('告報環境管治：第頁年月日');
      }
      expect(logged).toEqual([expect.stringMatching(/^Cover font \(zh-hk\): 12 characters, [\d,]+ B in 2 files$/)]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('fails the build on a character the font has no glyph for, naming the page', async () => {
    const { context, dist } = coverDist('<html><body><h1>環\u9fff</h1></body></html>', {});
    try {
      await expect(coverFontStep.run(context)).rejects.toThrow('The Chinese font has no glyph for: \u9fff (on /zh-hk/; Noto Sans HK, src/lib/cjk-font.ts)');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('writes out numeric character references and CSS escapes, and leaves code points past U+10FFFF as written', () => {
    expect(decodedText('&#x7B2C;&#38913; content: "\\7B2C" "\\9801 x" &#x110000; \\110000')).toBe('第頁 content: "第" "頁x" &#x110000; \\110000');
  });

  it('reads the stylesheets a page links from this origin, print ones included, and none from another origin', () => {
    expect(
      linkedStylesheets('<link rel="stylesheet" href="/a.css"><link rel="preload" href="/b.woff2"><link rel="stylesheet" media="print" href="/zh-hk/p.css"><link rel="stylesheet" href="//cdn.example/c.css"><link rel="stylesheet" href="https://x.example/d.css">'),
    ).toEqual(['/a.css', '/zh-hk/p.css']);
  });
});
