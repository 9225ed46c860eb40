/**
 * The PDF that `npm run build` writes, opened with mupdf: tagged, with a language and the report's metadata;
 * an outline entry for every chapter and section at the page where its heading is; the contents' and the HKEX
 * index's page numbers equal to the outline's; every section title and every value of the statistics table in
 * its text; no site chrome; no table row of the statistics table or the HKEX index split across two pages
 * (each row's texts — label, unit and values; code, subject, locations and explanation — all on one page);
 * and no blank page when rendered.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as mupdf from 'mupdf';
import { paths } from '../../src/lib/paths.ts';
import { formatFileSize } from '../../src/lib/format.ts';
import { elements, readSite } from '../support/site.ts';
import { formatCell } from '../../src/lib/format.ts';
import { labelOf } from '../../src/model/chart.ts';
import type { SectionModel } from '../../src/model/types.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { PDF_FILE, flat, model, readPdf, type OutlineEntry } from '../support/pdf.ts';

const t = useTranslations();
const { document, pages, outline } = readPdf();
const squash = (text: string) => flat(text).replace(/\s+/g, '').toLowerCase();
const headingOf = (section: SectionModel) => flat([section.number, section.title].filter(Boolean).join(' '));

/** Outline entry of each chapter and section, found in reading order. */
const entryOf = new Map<string, { entry: OutlineEntry; index: number }>();
{
  let next = 0;
  for (const section of model.readingOrder) {
    const index = outline.findIndex((entry, at) => at >= next && squash(entry.title) === squash(headingOf(section)));
    if (index >= 0) {
      entryOf.set(section.id, { entry: outline[index]!, index });
      next = index + 1;
    }
  }
}
const appendixEntry = (title: string) => outline.find((entry) => entry.depth === 1 && squash(entry.title) === squash(title));
const statistics = appendixEntry(t('statistics.title'));
const hkex = appendixEntry(t('hkex.title'));
/** Page numbers (1-based) of a part: from its first page to the page before the next part (or the end). */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const onOnePage = (pageNumbers: number[], fragments: string[]) =>
  pageNumbers.some((number) => fragments.every((fragment) => pages[number - 1]!.includes(flat(fragment))));

describe('the PDF', () => {
  it('is a tagged PDF with the document language, the report title, the issuer as author and a subject', () => {
    const root = document.asPDF()!.getTrailer().get('Root');
    expect(root.get('MarkInfo').get('Marked').asBoolean()).toBe(true);
    expect(root.get('StructTreeRoot').isNull()).toBe(false);
    expect(root.get('Lang').asString()).toBe(model.report.language);
    expect(document.getMetaData('info:Title')).toBe(model.report.title);
    expect(document.getMetaData('info:Author')).toBe(model.report.issuer);
    expect(document.getMetaData('info:Subject')).toContain(model.report.issuer);
  });

  it('has an outline entry for every chapter and section, at the page where its heading is', () => {
    expect(model.readingOrder.filter((section) => !entryOf.has(section.id)).map((section) => section.id)).toEqual([]);
    for (const section of model.readingOrder) {
      const { entry } = entryOf.get(section.id)!;
      expect(entry.depth, section.id).toBe(section.isChapter ? 1 : 2);
      expect(pages[entry.page - 1], `${section.id} on page ${entry.page}`).toContain(headingOf(section));
    }
    expect(statistics && hkex).toBeTruthy();
    expect(pages[statistics!.page - 1]).toContain(t('statistics.summary'));
    expect(pages[hkex!.page - 1]).toContain(t('hkex.title'));
  });

  it('prints the contents with the page numbers of the outline', () => {
    const contents = outline.find((entry) => entry.title === t('print.contents'))!;
    const firstChapter = entryOf.get(model.chapters[0]!.id)!.entry;
    const text = range(contents.page, firstChapter.page - 1).map((number) => pages[number - 1]).join(' ');
    for (const section of model.readingOrder) expect(text).toContain(`${headingOf(section)} ${entryOf.get(section.id)!.entry.page}`);
    expect(text).toContain(`${t('statistics.title')} ${statistics!.page}`);
    expect(text).toContain(`${t('hkex.title')} ${hkex!.page}`);
  });

  it('holds every section title and every value of the statistics table as printed, each row on one page', () => {
    const all = pages.join(' ');
    for (const section of model.readingOrder) expect(all).toContain(flat(section.title));
    const statisticsPages = range(statistics!.page, hkex!.page - 1);
    const split: string[] = [];
    for (const indicator of model.indicators) {
      const row = [indicator.parent ? labelOf(indicator) : indicator.name, indicator.unit, ...model.report.years.map((year) => formatCell(indicator.values.get(year), indicator.format))];
      if (!onOnePage(statisticsPages, row)) split.push(`${indicator.id}: ${row.join(' | ')}`);
    }
    expect(split).toEqual([]);
  });

  it('gives, in the HKEX index, the page where each provision is disclosed, each row on one page', () => {
    const hkexPages = range(hkex!.page, pages.length);
    const problems: string[] = [];
    let located = 0;
    for (const provision of model.provisions) {
      const row = [provision.code, provision.subject, ...(provision.explanation ? [provision.explanation] : [])];
      for (const location of provision.locations) {
        const section = entryOf.get(location.section.id)!;
        let page = section.entry.page;
        if (location.anchor) {
          // A heading: its outline entry; a case study's title (no outline entry): the first page from the section's on that shows it.
          const end = outline.findIndex((entry, index) => index > section.index && entry.depth <= section.entry.depth);
          // The n-th heading of that text in the section (slugs "green-office", "green-office-1" for two "Green office").
          const same = location.section.headings.filter((heading) => squash(heading.text) === squash(location.label));
          const nth = Math.max(0, same.findIndex((heading) => heading.slug === location.anchor));
          const heading = outline.slice(section.index + 1, end).filter((entry) => squash(entry.title) === squash(location.label))[nth];
          page = heading?.page ?? range(section.entry.page, statistics!.page - 1).find((number) => pages[number - 1]!.includes(flat(location.label)))!;
        }
        row.push(`${location.label} ${t('print.page', { page })}`);
        located++;
      }
      if (!onOnePage(hkexPages, row)) problems.push(`${provision.code}: ${row.join(' | ')}`);
    }
    expect(located).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('shows no site chrome: navigation, skip link, footer, download links, buttons', () => {
    const all = pages.join(' ');
    for (const phrase of [
      t('site.skipToContent'),
      t('site.footer.generated'),
      t('site.onThisPage'),
      t('pdf.printVersion'),
      t('pdf.download', { size: '' }).replace(/\s*\(.*$/, ''),
      t('indicator.download.png'),
    ])
      expect(all, phrase).not.toContain(phrase);
  });

  it('renders every page with something on it', () => {
    const blank: number[] = [];
    for (let index = 0; index < document.countPages(); index++) {
      const pixmap = document.loadPage(index).toPixmap(mupdf.Matrix.scale(0.25, 0.25), mupdf.ColorSpace.DeviceGray, false);
      const samples = pixmap.getPixels();
      let ink = 0;
      for (const sample of samples) if (sample < 200) ink++;
      if (ink < 200) blank.push(index + 1);
      pixmap.destroy();
    }
    expect(blank).toEqual([]);
  });
});

describe('the links to the PDF', () => {
  const site = readSite();
  const size = formatFileSize(statSync(PDF_FILE).size);

  it('are on every English page, with the file size, and named in the head as its PDF alternate (Chinese pages: pdf-zh.test.ts)', () => {
    const missing: string[] = [];
    for (const page of site.filter((item) => !item.path.startsWith('/zh-hk/'))) {
      const links = elements(page, 'a[data-pdf-download]');
      const alternate = elements(page, 'link[rel="alternate"][type="application/pdf"]');
      const ok =
        links.length > 0 &&
        links.every((link) => link.properties.href === paths.pdf(model.report) && JSON.stringify(link.children).includes(`(PDF, ${size})`)) &&
        alternate.length === 1 &&
        alternate[0]!.properties.href === paths.pdf(model.report);
      if (!ok) missing.push(page.path);
    }
    expect(missing).toEqual([]);
  });

  it('are prominent on the home page, and /print/ is left out of the search index', () => {
    const home = site.find((page) => page.path === '/')!;
    expect(elements(home, 'main a[data-pdf-download]')).toHaveLength(1);
    const print = site.find((page) => page.path === paths.print())!;
    expect(elements(print, '[data-pagefind-body]')).toEqual([]);
    expect(elements(home, '[data-pagefind-body]').length).toBeGreaterThan(0);
  });
});
