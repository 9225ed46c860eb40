/**
 * The Excel data book (exceljs): About, Statistics, Indicators, HKEX index and Data quality sheets, made from
 * the report model, one per published language: sheet names, headers, indicator names, labels, units, topics,
 * provision subjects, statuses and the report's own words in that language (the model's `words`), the numbers the
 * same cells in every language. Text that is the issuer's (notes, restatement reasons, explanations) and the
 * check descriptions of the Data quality sheet stay as data/ and the validation report write them. Numbers are stored as numbers with a number format that shows the published decimals
 * ("16.10" → 16.1 shown as 16.10); statuses are words, never 0 or blank. Byte-stable: the workbook's dates are
 * the build's, and the zip is re-stamped with that date (exceljs stamps entries with the clock).
 */
import ExcelJS from 'exceljs';
import { useTranslations, type Language } from '../i18n/index.ts';
import { decimalsOf, formatCell } from '../lib/format.ts';
import { absoluteUrl, paths } from '../lib/paths.ts';
import { reportWords } from '../lib/report-words.ts';
import { statisticsGroups } from '../model/statistics.ts';
import type { CellValue } from '../model/values.ts';
import { stampOf, type OutputContext } from './context.ts';
import type { CheckResult } from './validation-report.ts';
import { restampZip } from './zip.ts';

/** Excel's number format for a figure written with `text`'s decimals: "16.10" → "#,##0.00", "28" → "#,##0". */
export function numberFormatOf(text: string): string {
  const decimals = decimalsOf(text);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

type Sheet = ExcelJS.Worksheet;

/** A sheet with a bold, frozen header row and filters on every column. */
function tableSheet(book: ExcelJS.Workbook, name: string, columns: { header: string; width: number }[]): Sheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

const finishTable = (sheet: Sheet) => {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(sheet.rowCount, 1), column: sheet.columnCount } };
};

/**
 * The data book's bytes. `checks` are the validation report's checks (Data quality sheet).
 * Throws only if exceljs fails to write.
 */
export async function dataBook(context: OutputContext, checks: CheckResult[], language: Language = 'en'): Promise<Uint8Array> {
  const { model, build, pdf } = context;
  const { report } = model;
  const t = useTranslations(language);
  const words = reportWords(report, language);
  const siteUrl = report.siteUrl;
  const stamp = stampOf(build);
  const book = new ExcelJS.Workbook();
  book.creator = words.issuer;
  book.lastModifiedBy = words.issuer;
  book.title = t('book.documentTitle', { issuer: words.issuer, title: words.title });
  book.created = stamp;
  book.modified = stamp;

  // About
  const about = tableSheet(book, t('book.sheet.about'), [
    { header: t('book.field'), width: 28 },
    { header: t('book.value'), width: 100 },
  ]);
  const pdfUrl = pdf ? absoluteUrl(pdf.path, siteUrl) : undefined;
  const facts: [string, string | number][] = [
    [t('book.issuer'), words.issuer],
    ...(report.issuerLegalName ? [[t('book.legalName'), report.issuerLegalName] as [string, string]] : []),
    ...(report.stockCode ? [[t('book.stockCode'), report.stockCode] as [string, string]] : []),
    [t('book.title'), words.title],
    [t('book.period'), t('format.dateRange', { start: report.period.start, end: report.period.end })],
    [t('book.fiscalYearEnd'), report.period.end],
    [t('book.reportingYear'), report.year],
    [t('book.guide'), words.guideName],
    [t('book.guideVersion'), report.guide.version],
    [t('book.siteUrl'), absoluteUrl(paths.home(language), siteUrl) ?? t('book.notStated')],
    [t('book.pdfUrl'), !pdf ? t('book.pdfNotBuilt') : (pdfUrl ?? t('book.notStated'))],
    [t('book.license'), report.license ? [report.license.title ?? report.license.name, report.license.path].filter(Boolean).join(', ') : t('book.notStated')],
    [t('book.buildDate'), build.date ?? t('book.unknown')],
    [t('book.commit'), build.modified ? t('book.commit.modified', { commit: build.commit }) : build.commit],
    [t('book.reading'), t('book.reading.number')],
    ['', t('book.reading.not-applicable')],
    ['', t('book.reading.not-disclosed')],
    ['', t('book.reading.missing')],
    ['', t('book.reading.restated')],
  ];
  for (const fact of facts) about.addRow(fact);
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  // Statistics: grouped like /statistics/; breakdown rows one outline level under their parent.
  const years = report.years;
  const statistics = tableSheet(book, t('book.sheet.statistics'), [
    { header: t('book.pillar'), width: 14 },
    { header: t('book.topic'), width: 22 },
    { header: t('book.indicator'), width: 60 },
    { header: t('book.breakdown'), width: 22 },
    { header: t('book.unit'), width: 16 },
    { header: t('book.hkex'), width: 12 },
    ...years.map((year) => ({ header: String(year), width: 14 })),
    { header: t('book.restated'), width: 60 },
    { header: t('book.notes'), width: 60 },
    { header: t('book.id'), width: 36 },
  ]);
  const valueCell = (cell: CellValue | undefined, format: 'number' | 'percent'): { value: string | number; numFmt?: string } =>
    cell?.kind === 'number' ? { value: cell.value, numFmt: numberFormatOf(cell.text) } : { value: formatCell(cell, format, language) };
  for (const group of statisticsGroups(model)) {
    for (const row of group.rows) {
      if (row.kind !== 'indicator') continue;
      const indicator = row.indicator;
      const named = indicator.words[language];
      const cells = years.map((year) => valueCell(indicator.values.get(year), indicator.format));
      const restated = years.flatMap((year) => {
        const cell = indicator.values.get(year);
        if (!cell?.restated) return [];
        const previous = formatCell({ kind: 'number', value: Number(cell.restated.previous), text: cell.restated.previous }, indicator.format, language);
        return [t('book.restated.entry', { year, previous, reason: cell.restated.reason })];
      });
      const notes = years.flatMap((year) => (indicator.values.get(year)?.note ? [`${year}: ${indicator.values.get(year)!.note}`] : []));
      const added = statistics.addRow([
        t(`pillar.${indicator.pillar}`),
        model.term('topic', group.topic, language),
        indicator.parentIndicator ? `${indicator.parentIndicator.words[language].name}${t('book.labelSeparator')}${named.label ?? named.name}` : named.name,
        indicator.dimension ? t(`dimension.${indicator.dimension}`) : '',
        named.unit,
        indicator.hkex.join(' '),
        ...cells.map((cell) => cell.value),
        restated.join('\n'),
        notes.join('\n'),
        indicator.id,
      ]);
      cells.forEach((cell, index) => {
        const target = added.getCell(7 + index);
        if (cell.numFmt) target.numFmt = cell.numFmt;
        else target.alignment = { horizontal: 'right' };
      });
      if (indicator.parentIndicator) {
        added.outlineLevel = 1;
        added.getCell(3).alignment = { indent: 1 };
      }
    }
  }
  finishTable(statistics);

  // Indicators
  const indicators = tableSheet(book, t('book.sheet.indicators'), [
    { header: t('book.id'), width: 36 },
    { header: t('book.name'), width: 60 },
    { header: t('book.label'), width: 24 },
    { header: t('book.definition'), width: 80 },
    { header: t('book.unit'), width: 16 },
    { header: t('book.formula'), width: 40 },
    { header: t('book.parent'), width: 36 },
    { header: t('book.dimension'), width: 22 },
    { header: t('book.hkex'), width: 12 },
    { header: t('book.url'), width: 60 },
  ]);
  for (const indicator of model.indicators) {
    const url = absoluteUrl(paths.indicator(indicator.id, language), siteUrl);
    const named = indicator.words[language];
    const row = indicators.addRow([
      indicator.id,
      named.name,
      named.label ?? '',
      named.definition,
      named.unit,
      indicator.formula ?? '',
      indicator.parent ?? '',
      indicator.dimension ? t(`dimension.${indicator.dimension}`) : '',
      indicator.hkex.join(' '),
      url ?? '',
    ]);
    if (url) row.getCell(10).value = { text: url, hyperlink: url };
  }
  finishTable(indicators);

  // HKEX index
  const hkex = tableSheet(book, t('book.sheet.hkex'), [
    { header: t('book.provision'), width: 12 },
    { header: t('book.area'), width: 30 },
    { header: t('book.aspect'), width: 30 },
    { header: t('book.kind'), width: 36 },
    { header: t('book.subject'), width: 70 },
    { header: t('book.status'), width: 16 },
    { header: t('book.explanation'), width: 70 },
    { header: t('book.location'), width: 70 },
    { header: t('book.pdfPage'), width: 10 },
  ]);
  for (const provision of model.provisions) {
    const locations = provision.locations.map(
      (location) => absoluteUrl(paths.section(location.section.id, location.anchor, language), siteUrl) ?? (location.anchor ? location.label : location.section.words[language].title),
    );
    const named = provision.words[language];
    const page = pdf?.pages.get(provision.code) ??
      provision.locations.map((location) => pdf?.pages.get(location.anchor ? `${location.section.id}#${location.anchor}` : location.section.id)).find((item) => item !== undefined);
    hkex.addRow([
      provision.code,
      named.area,
      named.aspect,
      t(`hkex.kind.${provision.kind}`),
      named.subject,
      t(`hkex.status.${provision.status}`),
      provision.explanation ?? '',
      locations.join('\n'),
      page ?? (pdf ? '' : t('book.pdfNotBuilt')),
    ]);
  }
  finishTable(hkex);

  // Data quality: each check and its result, per year where the check is made per year.
  const quality = tableSheet(book, t('book.sheet.quality'), [
    { header: t('book.check'), width: 80 },
    { header: t('book.year'), width: 8 },
    { header: t('book.inputs'), width: 70 },
    { header: t('book.result'), width: 14 },
    { header: t('book.detail'), width: 40 },
  ]);
  for (const check of checks)
    quality.addRow([
      check.check,
      check.year ?? '',
      Object.entries(check.inputs).map(([name, value]) => `${name} = ${value}`).join('\n'),
      t(`book.outcome.${check.result}`),
      check.detail,
    ]);
  finishTable(quality);

  // Stored, not deflated: restampZip compresses every entry again (fflate, fixed level), so exceljs's own deflate
  // would be undone and redone; the bytes written are the same either way.
  const written = new Uint8Array(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  return restampZip(written, stamp);
}

