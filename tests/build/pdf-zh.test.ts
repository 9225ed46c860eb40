/**
 * The Chinese (Hong Kong) edition's PDF, printed from /zh-hk/print/ by the same step as the English one, opened
 * with mupdf: tagged, lang zh-HK, its title, author and subject in Chinese; an outline entry for every chapter and
 * section under its Chinese title, at the page where that heading is, and the contents' page numbers equal to the
 * outline's; running heads in Chinese; and its Chinese text really drawn: every Han character and CJK punctuation
 * mark is drawn with the embedded Noto Sans HK subset (never a fallback face, never U+FFFD), whose two weights are
 * the only CJK fonts in the file. The site's Chinese pages link this PDF with its size; English pages the English one.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as mupdf from 'mupdf';
import { paths } from '../../src/lib/paths.ts';
import { reportWords } from '../../src/lib/report-words.ts';
import { formatFileSize } from '../../src/lib/format.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { SectionModel } from '../../src/model/types.ts';
import { elements, readSite } from '../support/site.ts';
import { PDF_FILE, PDF_FILE_ZH, model, readPdf, type OutlineEntry } from '../support/pdf.ts';

const LANGUAGE = 'zh-hk';
const t = useTranslations(LANGUAGE);
const words = reportWords(model.report, LANGUAGE);
const { document, pages, outline } = readPdf(PDF_FILE_ZH);
const english = readPdf(PDF_FILE);
/** Chinese text is compared without white space: the PDF's text puts a space wherever a line breaks. */
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const squashed = pages.map(squash);
const headingOf = (section: SectionModel) => [section.number, section.words[LANGUAGE].title].filter(Boolean).join(' ');
const isCjk = (character: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(character);

const entryOf = new Map<string, OutlineEntry>();
{
  let next = 0;
  for (const section of model.readingOrder) {
    const index = outline.findIndex((entry, at) => at >= next && squash(entry.title) === squash(headingOf(section)));
    if (index >= 0) {
      entryOf.set(section.id, outline[index]!);
      next = index + 1;
    }
  }
}
const appendix = (title: string) => outline.find((entry) => entry.depth === 1 && squash(entry.title) === squash(title));

/** Every font object of the PDF, by base name, with whether its program is embedded (a Type0 font's: its descendant's). */
function embeddedFonts(): Map<string, boolean> {
  const fonts = new Map<string, boolean>();
  const pdf = document.asPDF()!;
  const hasProgram = (font: mupdf.PDFObject) => {
    const descriptor = font.get('FontDescriptor');
    return !descriptor.isNull() && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => !descriptor.get(key).isNull());
  };
  for (let number = 1; number < pdf.countObjects(); number++) {
    const object = pdf.newIndirect(number).resolve();
    if (!object.isDictionary() || !object.get('Type').isName() || object.get('Type').asName() !== 'Font') continue;
    if (object.get('Subtype').asName() === 'CIDFontType2' || object.get('Subtype').asName() === 'CIDFontType0') continue; // a Type0's descendant
    const descendants = object.get('DescendantFonts');
    fonts.set(object.get('BaseFont').asName(), hasProgram(descendants.isNull() ? object : descendants.get(0)));
  }
  return fonts;
}

describe('the Chinese PDF', () => {
  it('is written next to the English one, named with its language code', () => {
    expect(PDF_FILE_ZH.endsWith('qifu-technology-esg-report-2024-zh-hk.pdf')).toBe(true);
    expect(statSync(PDF_FILE_ZH).size).toBeGreaterThan(100_000);
  });

  it('is a tagged PDF in zh-HK, with the Chinese title, the issuer\'s Chinese name as author and a Chinese subject', () => {
    const root = document.asPDF()!.getTrailer().get('Root');
    expect(root.get('MarkInfo').get('Marked').asBoolean()).toBe(true);
    expect(root.get('StructTreeRoot').isNull()).toBe(false);
    expect(root.get('Lang').asString()).toBe('zh-HK');
    expect(words.title).toBe('2024年環境、社會及管治報告');
    expect(document.getMetaData('info:Title')).toBe(words.title);
    expect(document.getMetaData('info:Author')).toBe(words.issuer);
    expect(document.getMetaData('info:Subject')).toBe(t('pdf.subject', { issuer: words.issuer, start: model.report.period.start, end: model.report.period.end }));
  });

  it('has an outline entry for every chapter and section under its Chinese title, at the page where that heading is', () => {
    expect(model.readingOrder.filter((section) => !entryOf.has(section.id)).map((section) => section.id)).toEqual([]);
    for (const section of model.readingOrder) {
      const entry = entryOf.get(section.id)!;
      expect(entry.depth, section.id).toBe(section.isChapter ? 1 : 2);
      expect(squashed[entry.page - 1], `${section.id} on page ${entry.page}`).toContain(squash(headingOf(section)));
    }
    // Each chapter starts a new page, after the cover and the contents, and the appendices follow the last one.
    const chapterPages = model.chapters.map((chapter) => entryOf.get(chapter.id)!.page);
    expect(chapterPages[0]).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < chapterPages.length; index++) expect(chapterPages[index]).toBeGreaterThan(chapterPages[index - 1]!);
    const statistics = appendix(t('statistics.title'))!;
    const hkex = appendix(t('hkex.title'))!;
    expect(statistics.page).toBeGreaterThan(chapterPages.at(-1)!);
    expect(hkex.page).toBeGreaterThan(statistics.page);
    expect(pages.length).toBeGreaterThanOrEqual(hkex.page);
    // The same English bodies stand in for untranslated sections: the edition is about as long as the English one.
    expect(Math.abs(pages.length - english.pages.length)).toBeLessThanOrEqual(Math.ceil(english.pages.length * 0.15));
  });

  it('prints the contents with the page numbers of the outline', () => {
    const contents = outline.find((entry) => squash(entry.title) === squash(t('print.contents')))!;
    expect(contents).toBeTruthy();
    const first = entryOf.get(model.chapters[0]!.id)!.page;
    const text = squashed.slice(contents.page - 1, first - 1).join('');
    for (const section of model.readingOrder) expect(text, section.id).toContain(`${squash(headingOf(section))}${entryOf.get(section.id)!.page}`);
    expect(text).toContain(`${squash(t('statistics.title'))}${appendix(t('statistics.title'))!.page}`);
    expect(text).toContain(`${squash(t('hkex.title'))}${appendix(t('hkex.title'))!.page}`);
  });

  it('holds every Chinese section title, and the Chinese running heads: the title, the chapter and "第N頁，共M頁"', () => {
    const all = squashed.join('');
    for (const section of model.readingOrder) expect(all, section.id).toContain(squash(section.words[LANGUAGE].title));
    for (let index = 1; index < pages.length; index++) {
      expect(squashed[index], `page ${index + 1}`).toContain(squash(t('print.pageOf', { page: index + 1, pages: pages.length })));
      expect(squashed[index], `page ${index + 1}`).toContain(squash(words.title));
    }
    for (const chapter of model.chapters) {
      const page = entryOf.get(chapter.id)!.page;
      expect(squashed[page - 1]!.split(squash(headingOf(chapter))).length, chapter.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws every Chinese character with the embedded Noto Sans HK subset: no fallback face, no missing glyph', () => {
    const fonts = embeddedFonts();
    const notSubsetOrNotEmbedded = [...fonts].filter(([, embedded]) => !embedded).map(([name]) => name);
    expect(notSubsetOrNotEmbedded).toEqual([]);
    // Both weights of the site's cut of Noto Sans HK ("NotoSansHK-Regular" and "NotoSansHK-Bold", the PostScript names
    // of the TrueType fonts it is cut from), each subset again by Chromium (the six-letter tag).
    expect([...fonts.keys()].some((name) => /^[A-Z]{6}\+NotoSansHK\w*-Regular$/.test(name)), [...fonts.keys()].join(', ')).toBe(true);
    expect([...fonts.keys()].some((name) => /^[A-Z]{6}\+NotoSansHK\w*-Bold$/.test(name)), [...fonts.keys()].join(', ')).toBe(true);
    expect([...fonts.keys()].filter((name) => /Droid|Fallback|CJK|Noto Sans TC|NotoSansTC|NotoSansSC|WenQuanYi|Uming|Ukai/i.test(name))).toEqual([]);

    const byFont = new Map<string, number>();
    const wrong = new Map<string, string>();
    let replacement = 0;
    let count = 0;
    for (let index = 0; index < document.countPages(); index++) {
      const text = document.loadPage(index).toStructuredText('preserve-whitespace');
      text.walk({
        onChar(character, _origin, font) {
          if (character === '\ufffd') replacement++;
          if (!isCjk(character)) return;
          count++;
          const name = font.getName();
          byFont.set(name, (byFont.get(name) ?? 0) + 1);
          if (!/NotoSansHK/.test(name)) wrong.set(character, name);
        },
      });
      text.destroy();
    }
    expect(count).toBeGreaterThan(5_000);
    expect(replacement).toBe(0);
    expect(Object.fromEntries(wrong)).toEqual({});
  });
});

describe('the links to the PDFs', () => {
  const site = readSite();
  const sizes = { en: formatFileSize(statSync(PDF_FILE).size), [LANGUAGE]: formatFileSize(statSync(PDF_FILE_ZH).size) };

  it('point, on every Chinese page, at the Chinese PDF with its size in Chinese; on every English page at the English PDF', () => {
    const wrong: string[] = [];
    let chinese = 0;
    for (const page of site) {
      const language = page.path.startsWith(`/${LANGUAGE}/`) ? LANGUAGE : 'en';
      if (language === LANGUAGE) chinese++;
      const href = paths.pdf(model.report, language);
      const text = useTranslations(language)('pdf.download', { size: sizes[language]! });
      const links = elements(page, 'a[data-pdf-download]');
      const alternate = elements(page, 'link[rel="alternate"][type="application/pdf"]');
      const ok =
        links.length > 0 &&
        links.every((link) => link.properties.href === href && JSON.stringify(link.children).includes(JSON.stringify(text).slice(1, -1))) &&
        alternate.length === 1 &&
        alternate[0]!.properties.href === href;
      if (!ok) wrong.push(page.path);
    }
    expect(chinese).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
