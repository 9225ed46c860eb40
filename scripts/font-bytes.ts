/**
 * `node scripts/font-bytes.ts`: the CJK font bytes Chinese pages load (src/lib/cjk-font.ts), for three kinds of
 * page, from the zh-hk UI strings and the translation tables. Figures only; the routes step replaces this
 * estimate with a measurement of the built pages.
 */
import { zhHk } from '../src/i18n/zh-hk.ts';
import { readProject } from '../src/loaders/project.ts';
import { slicesFor } from '../src/lib/cjk-font.ts';

const { data } = readProject(process.argv[2] ?? process.cwd());
const ui = Object.values(zhHk).join('');
const titles = data.sectionTranslations.map((row) => row.data.title).join('');
const chrome = ui + titles;
const provisions = data.provisionTranslations.map((row) => row.data.subject).join('') + data.termTranslations.map((row) => row.data.translation).join('');
const indicator = data.indicatorTranslations.find((row) => row.data.indicator === 'ghg-total');
const pages = {
  'section page (UI, navigation titles; body in English)': chrome,
  'indicator page (UI, titles, one indicator and its provisions)': chrome + (indicator?.data.name ?? '') + data.provisionTranslations.filter((row) => row.data.code === 'A1.2').map((row) => row.data.subject).join(''),
  'HKEX index (UI, titles, every provision subject and aspect)': chrome + provisions,
};
for (const [page, text] of Object.entries(pages)) {
  const regular = slicesFor(text, [400]);
  const all = slicesFor(text);
  console.log(`${page}: ${regular.slices.length} slices, ${regular.bytes} bytes at 400; ${all.slices.length} slices, ${all.bytes} bytes at 400+700; missing glyphs: ${all.uncovered.join('') || 'none'}`);
}
