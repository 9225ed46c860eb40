/**
 * The cover's font: the publish step that cuts Noto Sans HK to the characters of each Chinese edition's home page
 * alone and writes the two files its stylesheet names (paths.cjkFont(weight, language); the stylesheet itself is
 * rendered with the site, src/pages/fonts/_cuts.ts). Every other Chinese page shares the edition's cut, which a
 * reader's cache then keeps from page to page.
 *
 * Why the cover: it is where a reader of the Chinese edition usually arrives, with nothing cached, and on a device
 * without a Chinese font the font is most of what its first paint carries. Measured with Lighthouse mobile on the
 * 2024 report's /zh-hk/ (docs/performance.md, "The Chinese cover's own cut"): with the edition's cut the simulated
 * LCP is 2.3 s (Performance 97–98); with the cover's own, less than half its bytes, 1.7 s (100). The cost: a reader
 * who goes on to another Chinese page fetches the edition's cut too.
 * A cut per page for every page would do the same everywhere, but costs about a second of CPU per page in the
 * first build (WOFF2's Brotli at quality 11) and the cache across pages: docs/performance.md.
 *
 * The characters are read from the finished page (after the PDF download links are rewritten, since their text
 * names the PDF), its text, title and attributes alike, and from every stylesheet it links, which can print
 * characters of their own (`content:` of the Chinese typography and of the print running heads; none of the site's
 * stylesheets uses @import). Both weights get every character: which of them print bold
 * is the browser's to decide, and a bold character missing from the bold file would print in another face.
 * Throws when the font has no glyph for one of them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedLanguages } from '../i18n/index.ts';
import { cjkCharacters, subsetCjkFont } from '../lib/cjk-font.ts';
import { needsCjkFont, paths } from '../lib/paths.ts';
import type { PublishStep } from './steps.ts';

/**
 * Text with its numeric character references (&#31532;, &#x7B2C;) and CSS escapes (\7B2C) written out, so that a
 * character spelled either way in the page or a stylesheet is cut too. Code points past U+10FFFF stay as written.
 */
export function decodedText(text: string): string {
  const character = (codePoint: number, written: string) => (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : written);
  return text
    .replace(/&#x([0-9a-f]+);/gi, (written, hex: string) => character(parseInt(hex, 16), written))
    .replace(/&#(\d+);/g, (written, decimal: string) => character(Number(decimal), written))
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (written, hex: string) => character(parseInt(hex, 16), written));
}

/** The same-origin stylesheets a page links, print ones too ("/fonts/noto-sans-hk-cover-zh-hk.css", "/_astro/….css"). */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => /\bhref="(\/[^"/][^"]*)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}

export const coverFontStep: PublishStep = {
  name: 'cover font',
  async run({ dist, model, logger }) {
    for (const language of publishedLanguages(model.report).filter(needsCjkFont)) {
      const html = readFileSync(join(dist, paths.home(language), 'index.html'), 'utf8');
      const styles = linkedStylesheets(html).map((href) => readFileSync(join(dist, href), 'utf8'));
      const characters = cjkCharacters(decodedText([html, ...styles].join('\n')));
      const cut = await subsetCjkFont(characters);
      if (cut.missing.length > 0) throw new Error(`The Chinese font has no glyph for: ${cut.missing.join(' ')} (on ${paths.home(language)}; Noto Sans HK, src/lib/cjk-font.ts)`);
      for (const file of cut.files) writeFileSync(join(dist, paths.cjkFont(file.weight, language)), file.body);
      const bytes = cut.files.reduce((sum, file) => sum + file.body.byteLength, 0);
      logger.info(`Cover font (${language}): ${[...characters].length} characters, ${bytes.toLocaleString('en')} B in ${cut.files.length} files`);
    }
  },
};
