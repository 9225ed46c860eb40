/**
 * The PDF publish step: prints each edition's /print/ (the whole report on one page; /zh-hk/print/ for Chinese)
 * to one tagged, outlined A4 PDF per published language in dist/, named by `paths.pdf(report, language)`, with
 * headless Chromium through playwright-core (src/publish/browser.ts). One browser prints every edition.
 *
 * Two passes: the first print shows where each heading landed (read back from the PDF's outline with mupdf);
 * the page numbers are then written into the contents and the HKEX index, and the page is printed again,
 * until the numbers no longer move (at most three passes). The file is written to a temporary name and renamed,
 * so dist/ never holds a partial PDF. With no browser: a warning and no PDF (or an error when the PDF is required).
 */
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { paths } from '../lib/paths.ts';
import { DEFAULT_LANGUAGE, publishedLanguages, useTranslations, type Language } from '../i18n/index.ts';
import { reportWords } from '../lib/report-words.ts';
import type { ReportModel } from '../model/types.ts';
import { printScope } from '../lib/print-anchors.ts';
import { BrowserNotFoundError, findBrowser, launchBrowser, type FoundBrowser } from './browser.ts';
import { serve } from './serve.ts';
import { formatFileSize } from '../lib/format.ts';
import type { PublishContext, PublishStep } from './steps.ts';

export interface PdfResult {
  /** The edition's language. */
  language: Language;
  /** Absolute path of the PDF in dist/. */
  file: string;
  /** Its URL on the site ("/example-holdings-esg-report-2024.pdf", "/example-holdings-esg-report-2024-zh-hk.pdf"). */
  url: string;
  bytes: number;
  pages: number;
  /** Seconds this edition took (the first edition's include the browser's start). */
  seconds: number;
  browser: Pick<FoundBrowser, 'source' | 'executablePath'> & { version: string };
  /** 1-based PDF page of every heading of /print/, by its id there ("esg", "esg__risk", "esg__risk--overview"). */
  pageOfAnchor: Record<string, number>;
  /** 1-based PDF page of each chapter and section, by section id ("esg", "esg/risk"). */
  pageOfSection: Record<string, number>;
  /** 1-based PDF page where each provision is disclosed (its first location), by code ("A1.2"); absent when it has none. */
  pageOfProvision: Record<string, number>;
}

/** A4 at 96 px per inch, minus the left and right margins of src/styles/print.css (18 mm each): the printed text width. */
const PRINT_WIDTH = Math.round(((210 - 36) / 25.4) * 96);
const TIMEOUT_MS = 90_000;

const PDF_OPTIONS = {
  format: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
} as const;

function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
    }),
  ]);
}

/**
 * Opens a language's /print/ as it will be printed: print media, the printed text width, fonts loaded and every
 * chart drawn (`window.esgDrawCharts()`, see src/scripts/charts.ts). Links to site pages that are not in the PDF
 * become absolute links to `siteUrl`, or plain text when the site's address is unknown.
 * @throws when a chart did not draw.
 */
export async function openPrintPage(browser: Browser, origin: string, siteUrl: string | undefined, language: Language = DEFAULT_LANGUAGE): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1100 }, deviceScaleFactor: 2 });
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  const response = await page.goto(origin + paths.print(language), { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${paths.print(language)} answered ${response?.status()}`);
  const undrawn = await page.evaluate(async (siteUrl) => {
    await document.fonts.ready;
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
    const draw = (window as unknown as { esgDrawCharts?: () => Promise<void> }).esgDrawCharts;
    if (canvases.length > 0 && draw) await draw();
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      if (siteUrl) link.href = new URL(href, siteUrl).href;
      else link.removeAttribute('href');
    }
    return canvases.filter((canvas) => canvas.dataset.chartDrawn !== 'true').map((canvas) => canvas.closest('figure')?.id ?? '?');
  }, siteUrl);
  if (undrawn.length > 0) throw new Error(`charts not drawn before printing: ${undrawn.join(', ')}`);
  return page;
}

/** The headings a printed page shows, in document order (id and text), and the ids its in-page links point at. */
function printedTargets(page: Page): Promise<{ headings: { id: string; text: string }[]; linked: string[] }> {
  return page.evaluate(() => ({
    headings: [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, h5, h6)')]
      .filter((heading) => heading.getClientRects().length > 0)
      .map((heading) => ({ id: heading.id, text: heading.textContent ?? '' })),
    linked: [...new Set([...document.querySelectorAll('main a[href^="#"]')].map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1))))],
  }));
}

interface OutlineEntry {
  title: string;
  /** 1-based page. */
  page: number;
  depth: number;
}

/**
 * The PDF's outline, flattened in document order, with 1-based pages, and the page of each of `targets`
 * (ids that in-page links point at: Chromium writes them as named destinations). Read with mupdf.
 */
export async function readOutline(pdf: Uint8Array, targets: string[] = []): Promise<{ outline: OutlineEntry[]; pages: number; pageOfTarget: Record<string, number> }> {
  const mupdf = await import('mupdf');
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  const outline: OutlineEntry[] = [];
  const walk = (items: NonNullable<ReturnType<typeof document.loadOutline>>, depth: number) => {
    for (const item of items) {
      const index = item.page ?? (item.uri ? document.resolveLink(item.uri) : -1);
      outline.push({ title: item.title ?? '', page: index + 1, depth });
      if (item.down) walk(item.down, depth + 1);
    }
  };
  walk(document.loadOutline() ?? [], 0);
  const pageOfTarget: Record<string, number> = {};
  for (const id of targets) {
    const index = document.resolveLink(`#nameddest=${id}`);
    if (index >= 0) pageOfTarget[id] = index + 1;
  }
  const pages = document.countPages();
  document.destroy();
  return { outline, pages, pageOfTarget };
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Pairs the page's headings with the outline's entries in order (Chromium makes the outline from the headings),
 * giving each heading id its page. @throws when a heading has no entry in the outline.
 */
export function pagesOfHeadings(headings: { id: string; text: string }[], outline: OutlineEntry[]): Record<string, number> {
  const pages: Record<string, number> = {};
  let next = 0;
  const missing: string[] = [];
  for (const heading of headings) {
    const at = outline.findIndex((entry, index) => index >= next && squash(entry.title) === squash(heading.text));
    if (at < 0) {
      missing.push(heading.text.trim());
      continue;
    }
    next = at + 1;
    if (heading.id) pages[heading.id] = outline[at]!.page;
  }
  if (missing.length > 0)
    throw new Error(
      `headings missing from the PDF outline: ${missing.slice(0, 5).join('; ')} ` +
        `(its ${outline.length} entries begin: ${outline.slice(0, 5).map((entry) => JSON.stringify(entry.title)).join(', ')})`,
    );
  return pages;
}

/**
 * Writes the page numbers after the contents' and the index's links ([data-pdf-page] after an in-page link).
 * `placeholder` stands in for every number on the first pass, so the numbers take their room from the start
 * and the second pass usually moves nothing.
 */
async function fillPageNumbers(page: Page, pages: Record<string, number>, indexLabel: string, placeholder?: number): Promise<void> {
  await page.evaluate(
    ({ pages, indexLabel, placeholder }) => {
      for (const slot of document.querySelectorAll<HTMLElement>('[data-pdf-page]')) {
        const href = slot.previousElementSibling?.getAttribute('href') ?? '';
        const number = placeholder ?? (href.startsWith('#') ? pages[decodeURIComponent(href.slice(1))] : undefined);
        const inContents = slot.closest('.print-contents') !== null;
        slot.textContent = number === undefined ? '' : inContents ? String(number) : indexLabel.replace('{page}', String(number));
      }
    },
    { pages, indexLabel, placeholder },
  );
}

/**
 * Sets the document information in the edition's language: the title (the report's title; Chromium's, from
 * <title>, carries the page's name too), the author (the issuer) and the subject, which Chromium does not set.
 * The language comes from the page's lang. An incremental save: Chromium's bytes stay as they are, and the new
 * information dictionary is appended.
 */
export async function withMetadata(pdf: Uint8Array, model: ReportModel, language: Language = DEFAULT_LANGUAGE): Promise<Uint8Array> {
  const mupdf = await import('mupdf');
  const t = useTranslations(language);
  const { report } = model;
  const words = reportWords(report, language);
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  document.setMetaData('info:Title', words.title);
  document.setMetaData('info:Author', words.issuer);
  document.setMetaData('info:Subject', t('pdf.subject', { issuer: words.issuer, start: report.period.start, end: report.period.end }));
  const saved = new Uint8Array(document.asPDF()!.saveToBuffer('incremental').asUint8Array());
  document.destroy();
  return saved;
}

const sameNumbers = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value);


/**
 * Prints one edition's PDF with a running browser from the site served at `origin`: the passes of the module
 * comment, then the metadata; written to a temporary name and renamed. @throws on a timeout or an undrawn chart.
 */
async function printEdition(browser: Browser, origin: string, context: PublishContext, language: Language, started: number): Promise<Omit<PdfResult, 'browser'>> {
  const { dist, model, logger } = context;
  const t = useTranslations(language);
  const seconds = () => (performance.now() - started) / 1000;
  const url = paths.pdf(model.report, language);
  const file = join(dist, url);
  const temporary = `${file}.${process.pid}.partial`;
  const print = paths.print(language);
  try {
    const page = await withTimeout(openPrintPage(browser, origin, model.report.siteUrl, language), `loading ${print}`);
    const { headings, linked } = await printedTargets(page);
    /** Headings by the outline; any other link target (a case study's title…) by its named destination. */
    const anchorPages = async (pdf: Uint8Array) => {
      const read = await readOutline(pdf, linked);
      return { read, pageOfAnchor: { ...read.pageOfTarget, ...pagesOfHeadings(headings, read.outline) } };
    };
    await fillPageNumbers(page, {}, t('print.page'), 88);
    let pdf: Uint8Array = await withTimeout(page.pdf(PDF_OPTIONS), `printing ${print} (pass 1)`);
    let { read, pageOfAnchor } = await anchorPages(pdf);
    logger.info(`PDF (${language}) pass 1 (page numbers held by placeholders): ${read.pages} pages, ${formatFileSize(pdf.byteLength)}, ${seconds().toFixed(1)} s`);
    for (let pass = 2; pass <= 3; pass++) {
      await fillPageNumbers(page, pageOfAnchor, t('print.page'));
      pdf = await withTimeout(page.pdf(PDF_OPTIONS), `printing ${print} (pass ${pass})`);
      const next = await anchorPages(pdf);
      read = next.read;
      const moved = next.pageOfAnchor;
      logger.info(`PDF (${language}) pass ${pass} (page numbers in the contents and the HKEX index): ${read.pages} pages, ${formatFileSize(pdf.byteLength)}, ${seconds().toFixed(1)} s`);
      const stable = sameNumbers(moved, pageOfAnchor);
      pageOfAnchor = moved;
      if (stable) break;
      if (pass === 3) throw new Error(`the page numbers of ${print} kept moving after three passes`);
    }
    await page.close();
    writeFileSync(temporary, await withMetadata(pdf, model, language));
    renameSync(temporary, file);
    const pageOfSection = Object.fromEntries(model.readingOrder.map((section) => [section.id, pageOfAnchor[printScope(section.id)]!]));
    const pageOfProvision: Record<string, number> = {};
    for (const provision of model.provisions) {
      const location = provision.locations[0];
      if (!location) continue;
      const scope = printScope(location.section.id);
      const page = pageOfAnchor[location.anchor ? `${scope}--${location.anchor}` : scope] ?? pageOfSection[location.section.id];
      if (page !== undefined) pageOfProvision[provision.code] = page;
    }
    return { language, file, url, bytes: statSync(file).size, pages: read.pages, seconds: seconds(), pageOfAnchor, pageOfSection, pageOfProvision };
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Makes the PDF of each of `languages` (by default every published edition) from a built site, with one browser;
 * see the module comment. @throws on a browser crash, a timeout or an undrawn chart.
 */
export async function makePdfs(context: PublishContext, browserInfo: FoundBrowser, languages: Language[] = publishedLanguages(context.model.report)): Promise<PdfResult[]> {
  let started = performance.now();
  const { server, origin } = await serve(context.dist);
  let browser: Browser | undefined;
  try {
    browser = await withTimeout(launchBrowser(), 'starting the browser');
    const version = browser.version();
    const results: PdfResult[] = [];
    for (const language of languages) {
      const edition = await printEdition(browser, origin, context, language, started);
      results.push({ ...edition, browser: { source: browserInfo.source, executablePath: browserInfo.executablePath, version } });
      started = performance.now();
    }
    return results;
  } finally {
    await browser?.close().catch(() => undefined);
    server.close();
  }
}

/** Makes one edition's PDF (English by default) with a browser of its own; see makePdfs. */
export async function makePdf(context: PublishContext, browserInfo: FoundBrowser, language: Language = DEFAULT_LANGUAGE): Promise<PdfResult> {
  return (await makePdfs(context, browserInfo, [language]))[0]!;
}

/**
 * The publish step: makes every edition's PDF unless skipped; without a browser, warns (or fails when the PDF is
 * required). When one edition fails, no edition's PDF stays in dist/: the build fails.
 */
export const pdfStep: PublishStep = {
  name: 'pdf',
  async run(context) {
    if (context.pdfMode === 'skip') return;
    // A partial file from an interrupted earlier run never stays.
    for (const name of readdirSync(context.dist)) if (name.endsWith('.partial')) rmSync(join(context.dist, name), { force: true });
    const languages = publishedLanguages(context.model.report);
    let browser: FoundBrowser;
    try {
      browser = await findBrowser();
    } catch (error) {
      if (!(error instanceof BrowserNotFoundError) || context.pdfMode === 'required') throw error;
      context.logger.warn(`${error.message} The site was built without the PDF; its download links point at ${languages.map((language) => paths.print(language)).join(' and ')}.`);
      return;
    }
    context.logger.info(`PDF: printing ${languages.map((language) => paths.print(language)).join(', ')} with ${browser.source} (${browser.executablePath})`);
    const started = performance.now();
    let results: PdfResult[];
    try {
      results = await makePdfs(context, browser, languages);
    } catch (error) {
      for (const language of languages) rmSync(join(context.dist, paths.pdf(context.model.report, language)), { force: true });
      throw new Error(`The PDF was not made: ${(error as Error).message}`, { cause: error });
    }
    context.pdfs = Object.fromEntries(results.map((result) => [result.language, result]));
    for (const pdf of results)
      context.logger.info(
        `PDF written: ${pdf.url.slice(1)}: ${pdf.pages} pages, ${formatFileSize(pdf.bytes)}, ` +
          `Chromium ${pdf.browser.version} (${pdf.browser.source}), ${pdf.seconds.toFixed(1)} s`,
      );
    if (results.length > 1) context.logger.info(`PDF step: ${results.length} editions in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  },
};
