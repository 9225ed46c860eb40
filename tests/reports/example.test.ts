/**
 * A second, fictional issuer's report (examples/harbourline-ferries) builds with the same code, pointed at its
 * folder by ESG_REPORT_DIR: its own pages, values and brand colour, and nothing of the first report. Its one
 * restated figure is marked restated on all four outputs: the indicator page, /statistics/ (and /print/), the
 * data book and the PDF, and listed on /data-quality/. This build makes the PDF (ESG_PDF=require: no browser,
 * a failed build).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFolder } from '../support/fixtures.ts';
import { buildReport } from '../support/build.ts';
import { flat, readPdf } from '../support/pdf.ts';
import { toText } from 'hast-util-to-text';
import { ROOT, brokenLinks, elements, readSite, visibleText, type Page } from '../support/site.ts';
import { readBook } from '../support/xlsx.ts';

const EXAMPLE = join(ROOT, 'examples', 'harbourline-ferries');
const out = testFolder('esg-example-');
let pages: Page[];
let output: string;
const page = (path: string) => {
  const found = pages.find((item) => item.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};
const text = (path: string) => visibleText(page(path)).replace(/\s+/g, ' ');

beforeAll(async () => {
  const build = await buildReport(EXAMPLE, out, { pdf: 'require' });
  output = build.output;
  expect(build.status, build.output).toBe(0);
  pages = readSite(out);
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the example report', () => {
  it('has its own chapters and sections', () => {
    const paths = pages.map((item) => item.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/about/',
        '/environment/',
        '/environment/emissions/',
        '/environment/energy/',
        '/people/',
        '/people/safety/',
        '/data-quality/',
        '/indicators/co2e-total/',
        '/indicators/packaging-finished-goods/',
      ]),
    );
    expect(paths.filter((path) => /^\/(about|environment|people)\//.test(path))).toHaveLength(6);
    expect(text('/')).toContain('Harbourline Ferries');
  });

  it('covers a financial year from April to March, named by the year it ends, with three years of figures', () => {
    expect(text('/')).toContain('April 1, 2024 – March 31, 2025');
    const statistics = text('/statistics/');
    expect(statistics).toContain('Employees (crew and shore staff) (people) people 1,268 1,231 1,190');
  });

  it('prints its values as written, and a value not applicable in every year as words', () => {
    expect(text('/environment/emissions/')).toContain('Emissions were 19,273.0 tCO2e in the year, or 461.1 tCO2e/million trips for each million passenger trips.');
    expect(text('/people/safety/')).toContain('Each employee completed 22.5 hours of training on average.');
    expect(text('/environment/energy/')).toContain('Packaging of finished goods does not apply');
    expect(text('/statistics/')).toContain('Packaging used for finished goods (tonnes) tonnes Not applicable Not applicable Not applicable');
  });

  it('uses its own brand colour', () => {
    const theme = readFileSync(join(out, 'theme.css'), 'utf8');
    expect(theme).toContain('--brand-light: #9a3412');
    expect(theme).not.toContain('#1f5f8b');
  });

  it('explains a provision instead of disclosing it', () => {
    const a15 = text('/hkex-esg-guide/a1-5/');
    expect(a15).toContain('Explained');
    expect(a15).toContain('The board has not yet set an emissions target');
  });

  it('checks its own figures: a recorded exception and an explained change, shown on /data-quality/', () => {
    const quality = text('/data-quality/');
    expect(quality).toContain('14 rules ran 82 checks: 80 passed, 1 recorded exceptions, 1 explained changes, 0 unexplained changes.');
    expect(quality).toContain(
      'emissions by scope, 2023: 17,112.9 (Scope 1, vessel fuel) + 1,204.5 (Scope 2, terminal electricity, line 10) = 18,317.4, but total emissions = 18,318.4 (line 4): a difference of 1.0, beyond the tolerance of 0.1.',
    );
    expect(quality).toContain('The report for 2022/23 printed a total of 18,318.4 tCO2e');
    expect(quality).toContain('Working days lost to work injuries, 2025: Working days lost to work injuries changed from 96 (2024, line 39) to 212, +120.8%');
    expect(output).not.toMatch(/warning: rule/);
  });

  describe('a restated figure (training hours, 2024: 20.0, first published as 19.6)', () => {
    const reason = 'Online courses taken by shore staff were left out of the average first published';
    const restated = `Restated: previously published as 19.6: ${reason}`;

    it('is marked restated on its indicator page, with the earlier figure and the reason', () => {
      expect(text('/indicators/training-hours-average/')).toContain(`2024 20.0 ${restated} 2023 18.5`);
    });

    it('is marked restated in the statistics table of /statistics/ and /print/, and no other value is', () => {
      for (const path of ['/statistics/', '/print/']) {
        // The mark is a block after the value, a space apart in the text (it once read "20.0Restated").
        expect(text(path), path).toContain(`Average training hours per employee (hours) hours 22.5 20.0 ${restated} 18.5`);
        expect(elements(page(path), '.restated'), path).toHaveLength(1);
      }
    });

    it('is listed on /data-quality/ with the figure now published, the earlier one and the reason', () => {
      const rows = elements(page('/data-quality/'), 'table.restatements tbody tr');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.properties.id).toBe('restated-training-hours-average-2024');
      expect(text('/data-quality/')).toContain(`Average training hours per employee (hours) 2024 20.0 19.6 ${reason}`);
    });

    it('is marked restated in the data book', async () => {
      const sheets = await readBook(new Uint8Array(readFileSync(join(out, 'data', 'harbourline-ferries-esg-data-2025.xlsx'))));
      const rows = sheets.get('Statistics')!;
      const header = rows[0]!.map(String);
      const row = rows.find((item) => item[header.indexOf('Indicator id')] === 'training-hours-average')!;
      expect(row[header.indexOf('2024')]).toBe(20);
      expect(row[header.indexOf('Restated')]).toBe(`2024: previously published as 19.6: ${reason}`);
      expect(rows.slice(1).filter((item) => item[header.indexOf('Restated')] !== null)).toHaveLength(1);
    });

    it('is marked restated in the statistics table of the PDF, all three years in its row (the reason wraps in its cell)', () => {
      const { pages: pdfPages } = readPdf(join(out, 'harbourline-ferries-esg-report-2025.pdf'));
      const all = pdfPages.join(' ');
      expect(all).toContain(flat(`Average training hours per employee hours 22.5 20.0 ${restated} 18.5`));
      expect(all.split('Restated: previously published as')).toHaveLength(2);
    });
  });

  describe('its Traditional Chinese edition (every section translated in content/zh-hk/)', () => {
    /** Section pages with the figure each <Value> of its body cites (data/ text, in order). */
    const SECTIONS: Record<string, string[]> = {
      '/about/': ['7'],
      '/environment/': [],
      '/environment/emissions/': ['19273.0', '461.1'],
      '/environment/energy/': [],
      '/people/': ['1268'],
      '/people/safety/': ['22.5'],
    };
    /** Each <Value> of the page's body: the figure it marks up, and the number as printed (without its unit). */
    const values = (path: string) =>
      elements(page(path), '.prose data.value').map((element) => [String(element.properties.value), toText(element).match(/^[\d,.]+/)?.[0]]);
    /** The numbers of the tables in the page's body, row by row. */
    const tableNumbers = (path: string) =>
      elements(page(path), '.prose table td').map((cell) => toText(cell).trim()).filter((cell) => /^[\d,.]+$/.test(cell));

    it('shows the Chinese body of every section: its title, its text, no fallback notice and no English body', () => {
      const zh = (path: string) => text(`/zh-hk${path}`);
      expect(zh('/about/')).toContain('港線小輪在一個繁忙的海港經營客運渡輪服務。');
      expect(zh('/environment/')).toContain('公司的排放幾乎全部來自旗下渡輪燃燒的柴油。');
      expect(zh('/environment/emissions/')).toContain('本年度的排放量為19,273.0噸二氧化碳當量，以每百萬乘客人次計則為461.1噸二氧化碳當量／百萬人次。');
      expect(zh('/environment/energy/')).toContain('製成品包裝並不適用：公司出售的是航程而非貨品');
      expect(zh('/people/')).toContain('財政年度結束時，公司在船上及岸上共聘用1,268人。');
      expect(zh('/people/safety/')).toContain('每名僱員平均完成22.5小時的培訓。');
      const titles = Object.keys(SECTIONS).map((path) => toText(elements(page(`/zh-hk${path}`), 'h1')[0]!));
      expect(titles).toEqual(['關於本報告', '環境', '船隊排放', '能源', '員工', '安全及培訓']);
      for (const path of Object.keys(SECTIONS)) {
        const zhPage = page(`/zh-hk${path}`);
        expect(elements(zhPage, 'html')[0]!.properties.lang, path).toBe('zh-HK');
        expect(elements(zhPage, '.translation-notice'), path).toHaveLength(0);
        expect(elements(zhPage, '.prose[lang]'), path).toHaveLength(0);
        // No sentence of the English body stands in for the translation.
        const firstEnglishWords = toText(elements(page(path), '.prose p')[0]!).trim().slice(0, 30);
        expect(text(`/zh-hk${path}`), path).not.toContain(firstEnglishWords);
      }
    });

    it('cites the same figures as the English pages: each <Value> in order, and the numbers of every table', () => {
      for (const [path, figures] of Object.entries(SECTIONS)) {
        expect(values(path).map(([value]) => value), path).toEqual(figures);
        expect(values(`/zh-hk${path}`), path).toEqual(values(path));
        expect(tableNumbers(`/zh-hk${path}`), path).toEqual(tableNumbers(path));
      }
      expect(tableNumbers('/environment/energy/')).toEqual(['68,410', '70,904', '64,180', '1,912', '2,057', '2,231', '70,322', '72,961', '66,411']);
    });

    it('links every HKEX provision to its heading in the Chinese text, which keeps the English anchor', () => {
      const hkexLinks = (path: string) => elements(page(path), 'main a[href*="#"]').map((link) => String(link.properties.href));
      const anchors = [
        '/about/#governance',
        '/environment/emissions/#emissions-policy',
        '/environment/emissions/#emissions-by-scope',
        '/environment/energy/#energy-policy',
        '/environment/energy/#energy-use',
        '/people/#our-employees',
        '/people/safety/#safety-policy',
        '/people/safety/#working-days-lost',
        '/about/#governance',
      ];
      expect(hkexLinks('/hkex-esg-guide/').filter((href) => /^\/(about|environment|people)\//.test(href))).toEqual(anchors);
      expect(hkexLinks('/zh-hk/hkex-esg-guide/').filter((href) => /^\/zh-hk\/(about|environment|people)\//.test(href))).toEqual(anchors.map((href) => `/zh-hk${href}`));
      // "## 管治" of content/zh-hk/about/index.mdx has the id of "## Governance", in its table of contents too.
      const governance = elements(page('/zh-hk/about/'), 'h2#governance');
      expect(governance.map((heading) => toText(heading))).toEqual(['管治']);
      expect(elements(page('/zh-hk/about/'), 'a[href="#governance"]').map((link) => toText(link))).toEqual(['管治']);
    });

    it('prints full coverage in the build log', () => {
      expect(output).toContain(
        "Translation coverage zh-hk (published): sections 6/6 translated (titles 6/6, summaries 6/6); indicator names 15/15 (definitions 15/15); provisions 11/11 (10 in the Exchange's wording); terms 26/26.",
      );
    });
  });

  it('resolves every internal link and anchor, on the pages of both editions', () => {
    expect(pages.filter((item) => item.path.startsWith('/zh-hk/')).length).toBeGreaterThan(30);
    expect(brokenLinks(pages, out)).toEqual([]);
  });

  it('holds nothing of the first report', () => {
    const firstChapters = readdirSync(join(ROOT, 'content'));
    const firstIndicators = readFileSync(join(ROOT, 'data', 'indicators.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0])
      .filter(Boolean);
    const paths = pages.map((item) => item.path);
    for (const chapter of firstChapters) expect(paths.some((path) => path.startsWith(`/${chapter}/`)), chapter).toBe(false);
    for (const id of firstIndicators) expect(paths, id).not.toContain(`/indicators/${id}/`);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(html|css|csv|json|xml|txt)$/.test(entry.name));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const body = readFileSync(join(file.parentPath, file.name), 'utf8');
      expect(body, file.name).not.toMatch(/qifu|360shuke|Shanghai/i);
    }
  });
});
