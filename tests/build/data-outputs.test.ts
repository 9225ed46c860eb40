/**
 * The data outputs of the built site: the Excel data book read back with an independent reader, the data
 * package loaded by the official Frictionless library with relations checked, and the evidence pack (same
 * bytes when made again from the same input, every checksum matching). (A restated figure and a site URL:
 * tests/reports/restated.test.ts.)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDataOutputs } from '../../src/outputs/publish.ts';
import { sha256Hex } from '../../src/outputs/evidence-pack.ts';
import type { PdfEdition } from '../../src/outputs/context.ts';
import type { PdfEditions } from '../../src/outputs/publish.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { loadReportModel } from '../../src/model/from-project.ts';
import { printId, printScope } from '../../src/lib/print-anchors.ts';
import { readOutline } from '../../src/publish/pdf.ts';
import { expectStatisticsInBook, published } from '../support/data-book.ts';
import { DIST, ROOT, elements, readSite, type Page } from '../support/site.ts';
import { readBook, sheetXml } from '../support/xlsx.ts';

const BOOK = 'qifu-technology-esg-data-2024.xlsx';
const BOOK_ZH = 'qifu-technology-esg-data-2024-zh-hk.xlsx';
const PACK = 'qifu-technology-esg-evidence-2024.zip';
const PDF = 'qifu-technology-esg-report-2024.pdf';
const PDF_ZH = 'qifu-technology-esg-report-2024-zh-hk.pdf';
/** Whether the build made the PDF (it does when a browser is found; the PDF tests require it). */
const pdfBuilt = existsSync(join(DIST, PDF));
const zh = useTranslations('zh-hk');
const model = loadReportModel(ROOT);

/**
 * Provision code → the page of `pdf` (a file of dist/) that its first location is on, for every provision with a
 * location (undefined pages when the PDF was not built). Chromium writes every in-page link target of /print/ as a
 * named destination: read independently with mupdf.
 */
async function firstLocationPages(pdf: string): Promise<Map<string, number | undefined>> {
  const located = model.provisions.filter((provision) => provision.locations.length > 0);
  const target = (provision: (typeof located)[number]) => {
    const location = provision.locations[0]!;
    return location.anchor ? printId(printScope(location.section.id), location.anchor) : printScope(location.section.id);
  };
  const { pageOfTarget } = pdfBuilt ? await readOutline(new Uint8Array(readFileSync(join(DIST, pdf))), located.map(target)) : { pageOfTarget: {} as Record<string, number> };
  return new Map(located.map((provision) => [provision.code, pageOfTarget[target(provision)]]));
}

describe('the Excel data book', () => {
  it('is named from the metadata and linked from /data/, the home page and every indicator page', () => {
    expect(readdirSync(join(DIST, 'data'))).toContain(BOOK);
    const pages = readSite();
    const linked = (page: Page) => elements(page, 'main a[download]').some((link) => link.properties.href === `/data/${BOOK}`);
    for (const path of ['/data/', '/']) expect(linked(pages.find((page) => page.path === path)!), path).toBe(true);
    const indicators = pages.filter((page) => /^\/indicators\/[^/]+\/$/.test(page.path));
    expect(indicators.length).toBeGreaterThan(50);
    for (const page of indicators) expect(linked(page), page.path).toBe(true);
  });

  it('holds every value of /statistics/ as a number with its published decimals, statuses as words', async () => {
    const sheets = await expectStatisticsInBook(DIST, published(DIST, BOOK));
    const about = new Map(sheets.get('About')!.map((row) => [row[0], row[1]]));
    expect(about.get('Issuer')).toBe('Qifu Technology');
    expect(about.get('Fiscal year end')).toBe('2024-12-31');
    expect(about.get('Reporting period')).toBe('2024-01-01 – 2024-12-31');
    expect(about.get('Website of the report')).toBe('Not stated in data/report.json');
    // Built, but with no siteUrl the PDF has no URL to give (never a guessed one).
    expect(about.get('PDF of the report')).toBe(pdfBuilt ? 'Not stated in data/report.json' : 'Not built with this edition');
    const hkex = sheets.get('HKEX index')!;
    expect(hkex[0]).toEqual(['Provision', 'Area', 'Aspect', 'Kind', 'Subject', 'Status', 'Explanation', 'Location', 'PDF page']);
    // With the PDF, every provision disclosed somewhere has the PDF page of its first location.
    for (const row of hkex.slice(1).filter((item) => item[7]))
      if (pdfBuilt) expect(Number.isInteger(row[8]) && (row[8] as number) >= 1, String(row[0])).toBe(true);
      else expect(row[8], String(row[0])).toBe('Not built with this edition');
    expect(new Set(hkex.slice(1).map((row) => row[5]))).toEqual(new Set(['Disclosed', 'Explained', 'Not applicable']));
  });

  it('gives each provision the PDF page of its first location, as the PDF itself resolves it', async () => {
    const hkex = (await readBook(published(DIST, BOOK))).get('HKEX index')!;
    const pages = await firstLocationPages(PDF);
    expect(pages.size).toBeGreaterThan(0);
    for (const [code, page] of pages) {
      const row = hkex.find((item) => item[0] === code)!;
      expect(row[8], code).toBe(pdfBuilt ? page : 'Not built with this edition');
      if (pdfBuilt) expect(row[8], code).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the Chinese data book', () => {
  const SHEETS_ZH = ['book.sheet.about', 'book.sheet.statistics', 'book.sheet.indicators', 'book.sheet.hkex', 'book.sheet.quality'] as const;

  it('is written next to the English one and linked from /zh-hk/data/, the Chinese home page and every Chinese indicator page', () => {
    expect(readdirSync(join(DIST, 'data'))).toContain(BOOK_ZH);
    const pages = readSite();
    const linked = (page: Page) => elements(page, 'main a[download]').some((link) => link.properties.href === `/data/${BOOK_ZH}`);
    for (const path of ['/zh-hk/data/', '/zh-hk/']) expect(linked(pages.find((page) => page.path === path)!), path).toBe(true);
    const indicators = pages.filter((page) => /^\/zh-hk\/indicators\/[^/]+\/$/.test(page.path));
    expect(indicators.length).toBeGreaterThan(50);
    for (const page of indicators) expect(linked(page), page.path).toBe(true);
    // And no Chinese page links the English book.
    expect(pages.filter((page) => page.path.startsWith('/zh-hk/') && elements(page, 'a[download]').some((link) => link.properties.href === `/data/${BOOK}`)).map((page) => page.path)).toEqual([]);
  });

  it('has its sheets, headers, indicator names, units, topics and provision subjects in Chinese', async () => {
    const sheets = await readBook(published(DIST, BOOK_ZH));
    expect([...sheets.keys()]).toEqual(SHEETS_ZH.map((key) => zh(key)));
    const statistics = sheets.get(zh('book.sheet.statistics'))!;
    expect(statistics[0]).toEqual([
      zh('book.pillar'), zh('book.topic'), zh('book.indicator'), zh('book.breakdown'), zh('book.unit'), zh('book.hkex'),
      ...model.report.years.map(String), zh('book.restated'), zh('book.notes'), zh('book.id'),
    ]);
    // The reviewed wording: the two column headers that were both 範疇 are told apart, one word per thing.
    expect(statistics[0]!.slice(0, 6)).toEqual(['環境、社會及管治範疇', '議題', '指標', '細分', '單位', '條文編號']);
    const about = new Map(sheets.get('關於')!.map((row) => [row[0], row[1]]));
    expect(about.get('報告期間')).toBe('2024-01-01至2024-12-31');
    const header = statistics[0]!.map(String);
    for (const row of statistics.slice(1)) {
      const indicator = model.indicatorById.get(String(row[header.indexOf(zh('book.id'))]))!;
      const words = indicator.words['zh-hk'];
      const parent = indicator.parentIndicator?.words['zh-hk'];
      expect(row[header.indexOf(zh('book.indicator'))], indicator.id).toBe(parent ? `${parent.name}：${words.label ?? words.name}` : words.name);
      expect(row[header.indexOf(zh('book.unit'))], indicator.id).toBe(words.unit);
      expect(row[header.indexOf(zh('book.topic'))], indicator.id).toBe(words.topic);
      expect(row[header.indexOf(zh('book.pillar'))], indicator.id).toBe(zh(`pillar.${indicator.pillar}`));
    }
    const indicators = sheets.get(zh('book.sheet.indicators'))!;
    expect(indicators.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual(model.indicators.map((indicator) => [indicator.id, indicator.words['zh-hk'].name, indicator.words['zh-hk'].unit]));
    const hkex = sheets.get(zh('book.sheet.hkex'))!;
    expect(hkex[0]).toEqual(['book.provision', 'book.area', 'book.aspect', 'book.kind', 'book.subject', 'book.status', 'book.explanation', 'book.location', 'book.pdfPage'].map((key) => zh(key as Parameters<typeof zh>[0])));
    expect(hkex.slice(1).map((row) => [row[0], row[4], row[5]])).toEqual(
      model.provisions.map((provision) => [provision.code, provision.words['zh-hk'].subject, zh(`hkex.status.${provision.status}`)]),
    );
    // Every indicator name and provision subject of this report is translated: no English stands in.
    expect(model.indicators.filter((indicator) => !indicator.words['zh-hk'].translated).map((indicator) => indicator.id)).toEqual([]);
    expect(model.provisions.filter((provision) => !provision.words['zh-hk'].translated).map((provision) => provision.code)).toEqual([]);
    const quality = sheets.get(zh('book.sheet.quality'))!;
    expect(new Set(quality.slice(1).map((row) => row[3]))).toEqual(new Set([zh('book.outcome.passed')]));
  });

  it('holds the same number in the same cell as the English book, every one, with the same number format', async () => {
    const english = await readBook(published(DIST, BOOK));
    const chinese = await readBook(published(DIST, BOOK_ZH));
    const englishXml = sheetXml(published(DIST, BOOK));
    const chineseXml = sheetXml(published(DIST, BOOK_ZH));
    const names = [...english.keys()];
    const zhNames = [...chinese.keys()];
    let numbers = 0;
    for (const [index, name] of names.entries()) {
      // The HKEX sheet's last column is the page in each edition's own PDF: compared with that PDF in the next test.
      const skip = name === 'HKEX index' ? 8 : -1;
      const a = english.get(name)!;
      const b = chinese.get(zhNames[index]!)!;
      expect(b.length, name).toBe(a.length);
      for (const [r, row] of a.entries())
        for (const [c, value] of row.entries()) {
          if (c === skip) continue;
          const other = b[r]![c];
          if (typeof value === 'number' || typeof other === 'number') {
            expect(other, `${name} row ${r + 1} column ${c + 1}`).toBe(value);
            expect(chineseXml.get(zhNames[index]!)!.formats.get(`${r + 1}:${c + 1}`), `${name} ${r + 1}:${c + 1}`).toBe(englishXml.get(name)!.formats.get(`${r + 1}:${c + 1}`));
            numbers++;
          }
        }
    }
    // Every value of the statistics table that is a number is a number in both books.
    const statisticsNumbers = model.indicators.reduce((count, indicator) => count + model.report.years.filter((year) => indicator.values.get(year)?.kind === 'number').length, 0);
    expect(numbers).toBeGreaterThanOrEqual(statisticsNumbers);
    expect(statisticsNumbers).toBeGreaterThan(100);
  });

  it('gives each provision the page of its first location in the Chinese PDF, as that PDF resolves it', async () => {
    const hkex = (await readBook(published(DIST, BOOK_ZH))).get(zh('book.sheet.hkex'))!;
    for (const [code, page] of await firstLocationPages(PDF_ZH)) {
      const row = hkex.find((item) => item[0] === code)!;
      expect(row[8], code).toBe(pdfBuilt ? page : zh('book.pdfNotBuilt'));
    }
  });
});

describe('datapackage.json', () => {
  const directories: string[] = [];
  afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

  const readAll = async (descriptor: string) => {
    const pack = await Package.load(descriptor);
    expect(pack.errors.map((error: Error) => error.message)).toEqual([]);
    expect(pack.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of pack.resources) {
      if (resource.tabular) counts[resource.name] = (await resource.read({ relations: true })).length;
      else counts[resource.name] = JSON.parse(String(await resource.rawRead())) && 1;
    }
    return counts;
  };

  it('loads in the official library with no descriptor error, and every resource reads with relations checked', async () => {
    const counts = await readAll(join(DIST, 'data', 'datapackage.json'));
    const tables = readdirSync(join(ROOT, 'data')).filter((file) => file.endsWith('.csv')).map((file) => file.replace(/\.csv$/, ''));
    expect(Object.keys(counts).sort()).toEqual([...tables, 'report'].sort());
    expect(counts.values).toBe(readFileSync(join(ROOT, 'data', 'values.csv'), 'utf8').trimEnd().split('\n').length - 1);
  });

  it('fails to read a value whose indicator is unknown (so relations are really checked)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'esg-datapackage-'));
    directories.push(directory);
    cpSync(join(DIST, 'data'), directory, { recursive: true });
    const values = readFileSync(join(directory, 'values.csv'), 'utf8').split('\n');
    values[1] = values[1]!.replace(/^[a-z0-9-]+/, 'no-such-indicator');
    writeFileSync(join(directory, 'values.csv'), values.join('\n'));
    await expect(readAll(join(directory, 'datapackage.json'))).rejects.toThrow('Foreign key "indicator" violation in row 2');
  });
});

/**
 * The PDF editions the build handed to the data outputs step, when it made them: each PDF's bytes, and the page
 * of each provision that the PDF step measured in the browser (read back from the published data book's HKEX
 * sheet, the one place the build writes them down).
 */
async function builtPdfEditions(): Promise<PdfEditions> {
  if (!pdfBuilt) return {};
  const edition = async (book: string, pdf: string, sheet: string): Promise<PdfEdition> => {
    const hkex = (await readBook(published(DIST, book))).get(sheet)!;
    const pages = new Map(hkex.slice(1).filter((row) => typeof row[8] === 'number').map((row) => [String(row[0]), row[8] as number]));
    return { path: `/${pdf}`, bytes: new Uint8Array(readFileSync(join(DIST, pdf))), pages };
  };
  return { en: await edition(BOOK, PDF, 'HKEX index'), 'zh-hk': await edition(BOOK_ZH, PDF_ZH, zh('book.sheet.hkex')) };
}

describe('the evidence pack', () => {
  it('is the same bytes when made again from the same input, and so is the data book', async () => {
    const pdfs = await builtPdfEditions();
    // Made again in this process, from the same files as the build's own (another process, earlier).
    const again = await makeDataOutputs(ROOT, pdfs);
    expect(again.evidencePack.name).toBe(PACK);
    expect(Buffer.from(again.evidencePack.bytes).equals(Buffer.from(published(DIST, PACK)))).toBe(true);
    expect(again.dataBooks.map((book) => [book.language, book.name])).toEqual([['en', BOOK], ['zh-hk', BOOK_ZH]]);
    for (const book of again.dataBooks) expect(Buffer.from(book.bytes).equals(Buffer.from(published(DIST, book.name))), book.name).toBe(true);
  });

  it('holds every file of data/, the data package, the data book, the validation report and the notes, each checksum matching', () => {
    const files = unzipSync(published(DIST, PACK));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const dataFiles = readdirSync(join(ROOT, 'data')).map((file) => `data/${file}`);
    // The pack holds the PDF when the build made one (issue 11), else says it is absent.
    const expected = [...dataFiles, 'datapackage.json', BOOK, BOOK_ZH, ...(pdfBuilt ? [PDF, PDF_ZH] : []), 'validation-report.json', 'validation-report.md', 'docs/transcription-notes.md'].sort();
    expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(expected);
    expect(Object.keys(files).sort()).toEqual([...expected, 'manifest.json'].sort());
    for (const file of manifest.files) expect(sha256Hex(files[file.path]!), file.path).toBe(file.sha256);
    for (const file of dataFiles) expect(Buffer.from(files[file]!).equals(readFileSync(join(ROOT, file))), file).toBe(true);
    expect(Buffer.from(files['datapackage.json']!).equals(readFileSync(join(DIST, 'data', 'datapackage.json')))).toBe(true);
    for (const book of [BOOK, BOOK_ZH]) expect(Buffer.from(files[book]!).equals(readFileSync(join(DIST, 'data', book))), book).toBe(true);
    if (pdfBuilt) for (const pdf of [PDF, PDF_ZH]) expect(Buffer.from(files[pdf]!).equals(readFileSync(join(DIST, pdf))), pdf).toBe(true);
    expect(manifest.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(manifest.buildDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(manifest.absent).toEqual(
      pdfBuilt
        ? []
        : [
            { path: 'PDF', reason: 'the PDF was not built with this edition' },
            { path: 'PDF (繁體中文)', reason: 'the PDF was not built with this edition' },
          ],
    );
  });

  it('lists every check with its inputs and result, in JSON and in words', () => {
    const files = unzipSync(published(DIST, PACK));
    const report = JSON.parse(strFromU8(files['validation-report.json']!));
    const ids = report.checks.map((check: { id: string }) => check.id);
    for (const id of ['schema:data/report.json', 'schema:data/values.csv', 'schema:content', 'primary-keys', 'references:values', 'components', 'hkex-mapping', 'derived:ghg-total:2024'])
      expect(ids).toContain(id);
    const derived = report.checks.find((check: { id: string }) => check.id === 'derived:ghg-total:2024');
    expect(derived.inputs).toEqual({ formula: 'ghg-scope-1 + ghg-scope-2', 'ghg-scope-1': '16.57', 'ghg-scope-2': '1684.56', published: '1701.13' });
    expect(derived.result).toBe('passed');
    // The consistency rules' checks, as /data-quality/ shows them: a sum, and an explained change with its reason.
    expect(report.checks.find((check: { id: string }) => check.id === 'rule:employees-by-sex:2024')).toEqual({
      id: 'rule:employees-by-sex:2024',
      check: 'Consistency rule "employees by sex": employees-total = employees-female + employees-male.',
      year: 2024,
      inputs: { rule: 'employees-total = employees-female + employees-male', 'employees-female 2024': '1462', 'employees-male 2024': '2065', 'employees-total 2024': '3527', expected: '3527', published: '3527', tolerance: '0' },
      result: 'passed',
      detail: 'expected 3527, published 3527',
    });
    const explained = report.checks.find((check: { id: string }) => check.id === 'rule:year-on-year:2024:employees-part-time');
    expect([explained.result, explained.detail.endsWith('The report gives no reason.')]).toEqual(['passed', true]);
    const text = strFromU8(files['validation-report.md']!);
    expect(text).toContain('- **passed** — 2024: Total greenhouse gas emissions (Scope 1 and Scope 2): the published figure equals its formula recomputed from the inputs');
    expect(text.split('\n').filter((line) => line.startsWith('- **'))).toHaveLength(report.checks.length);
  });
});
