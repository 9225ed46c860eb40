/**
 * The bilingual groundwork without a build: translation tables validated like every table, the numbers-match
 * check between a translated section and its English original, translation coverage, and the model's words
 * per language. Fixture: tests/fixtures/bilingual (the minimal report, published in English and zh-hk).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/loaders/project.ts';
import { validateProject } from '../../src/validation/validate.ts';
import { formatCoverage, translationCoverage } from '../../src/lib/translation-coverage.ts';
import { modelFromProject } from '../../src/model/from-project.ts';
import { englishHeadingSlugs } from '../../src/lib/translated-heading-ids.ts';
import { errorsOf, makeProject } from '../support/fixtures.ts';

const ZH = 'content/zh-hk/overview/emissions.mdx';
/** Replace one line (1-based) of a file. */
const line = (number: number, text: string) => (file: string) =>
  file.split('\n').map((current, index) => (index === number - 1 ? text : current)).join('\n');
const edit = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit found nothing to replace: ${from}`);
  return changed;
};

describe('a bilingual report', () => {
  it('is valid when every word is translated and every figure matches', () => {
    expect(errorsOf('bilingual')).toEqual([]);
  });

  it('does not read content/zh-hk/ as an English chapter', () => {
    const directory = makeProject('bilingual');
    try {
      const { data } = readProject(directory);
      expect(data.sections.map((section) => section.id).sort()).toEqual(['overview', 'overview/emissions']);
      expect(data.translatedSections.map((section) => [section.language, section.id, section.file])).toEqual([
        ['zh-hk', 'overview/emissions', ZH],
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('the numbers-match check', () => {
  it('fails when a translated section cites another year, naming both files and lines', () => {
    expect(errorsOf('bilingual', { [ZH]: edit('year={2025}', 'year={2024}') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:8:11 cites <Value id="ghg-total" year={2024}> where the English original content/overview/emissions.mdx:9:16 cites <Value id="ghg-total" year={2025}>: a translation cites the same figures',
    ]);
  });

  it('fails when a translated section cites another indicator, naming both files and lines', () => {
    expect(errorsOf('bilingual', { [ZH]: edit('<Value id="ghg-total"', '<Value id="ghg-scope-1"') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:8:11 cites <Value id="ghg-scope-1" year={2025}> where the English original content/overview/emissions.mdx:9:16 cites <Value id="ghg-total" year={2025}>: a translation cites the same figures',
    ]);
  });

  it('fails when a translated section leaves out a table', () => {
    expect(errorsOf('bilingual', { [ZH]: edit(/<DataTable[^\n]*\n/, '') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:8:11 missing <DataTable indicators={["ghg-scope-1","ghg-scope-2","ghg-total","staff-turnover"]} years={[2025,2024]}>, which the English original cites at content/overview/emissions.mdx:23:1: a translation cites the same figures',
    ]);
  });

  it('fails when a translated section adds a chart', () => {
    expect(errorsOf('bilingual', { [ZH]: (text) => `${text}\n<Chart indicator="ghg-total" />\n` })).toEqual([
      'content/zh-hk/overview/emissions.mdx:18:1 cites <Chart indicator="ghg-total">, which the English original content/overview/emissions.mdx does not cite here: a translation cites the same figures',
    ]);
  });

  it('treats the default year as the report year and ignores translated captions', () => {
    expect(errorsOf('bilingual', { [ZH]: edit('<Value id="ghg-total" year={2025} unit />', '<Value id="ghg-total" />') })).toEqual([]);
    expect(errorsOf('bilingual', { [ZH]: edit('caption="排放"', 'caption="溫室氣體排放"') })).toEqual([]);
  });

  it('fails when a translated section types a figure that is in data/', () => {
    expect(errorsOf('bilingual', { [ZH]: edit('太陽能屋頂減少了範圍2排放。', '排放量為1,701.13噸。') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:12:5 a figure of data/ (ghg-total@2025) typed instead of cited: cite it with <Value> as the English original does, never type it (found "1,701.13")',
    ]);
  });

  it('fails on a translation without an English original', () => {
    expect(errorsOf('bilingual', { 'content/zh-hk/overview/water.mdx': '---\ntitle: 水\n---\n\n水。\n' })).toEqual([
      "content/zh-hk/overview/water.mdx:1:1 no English original: expected content/overview/water.mdx (a translation keeps the English file's path under content/zh-hk/)",
    ]);
  });

  it('fails when a translated heading is at another level, naming both files and lines', () => {
    expect(errorsOf('bilingual', { [ZH]: line(6, '### 政策') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:6:1 heading 1 "### 政策" is level 3 where the English original content/overview/emissions.mdx:7:1 has "## Policy" (#policy) at level 2: a translation keeps the English heading outline, whose anchors its headings take',
    ]);
  });

  it('fails when a translation adds a heading or leaves one out', () => {
    expect(errorsOf('bilingual', { [ZH]: (text) => `${text}\n## 附註\n\n全年數據。\n` })).toEqual([
      'content/zh-hk/overview/emissions.mdx:18:1 heading 2 "## 附註" has no counterpart: the English original content/overview/emissions.mdx has 1 heading; a translation keeps the English heading outline, whose anchors its headings take',
    ]);
    expect(errorsOf('bilingual', { [ZH]: line(6, '政策。') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:1:1 missing heading 1: the English original has "## Policy" (#policy) at content/overview/emissions.mdx:7:1, this file has 0 headings; a translation keeps the English heading outline, whose anchors its headings take',
    ]);
  });

  it("gives a translated heading the anchor of the English heading at its place, for the site's links and the PDF", () => {
    const directory = makeProject('bilingual');
    try {
      const { data } = readProject(directory);
      expect(data.translatedSections[0]!.headings.map(({ text, slug }) => [text, slug])).toEqual([['政策', 'policy']]);
      expect(englishHeadingSlugs(join(directory, ZH), directory)).toEqual(['policy']);
      expect(englishHeadingSlugs(join(directory, 'content/overview/emissions.mdx'), directory)).toBeUndefined();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('does not let a translation set what it inherits from English', () => {
    expect(errorsOf('bilingual', { [ZH]: edit('title: 排放', 'title: 排放\norder: 1') })).toEqual([
      'content/zh-hk/overview/emissions.mdx:3:1 frontmatter: unknown key "order": expected only title, summary',
    ]);
  });
});

describe('translation tables', () => {
  it('report a missing key where the row is to be added', () => {
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': line(5, '') })).toEqual([
      'data/indicator-translations.csv:5:1 missing zh-hk translation of indicator "staff-turnover" (data/indicators.csv:5): add a row',
    ]);
    expect(errorsOf('bilingual', { 'data/provision-translations.csv': line(4, 'test,A1.3,zh-hk,範圍1及範圍2排放量。,hkex') })).toEqual([
      'data/provision-translations.csv:4:6 unknown provision "test A1.3": expected a version and code of data/hkex-provisions.csv',
      'data/provision-translations.csv:5:1 missing zh-hk translation of provision A1.2 of guide version test (data/hkex-provisions.csv:4): add a row',
    ]);
  });

  it('do not report the rows of a file that cannot be read, or of a refused row, as missing (root cause first)', () => {
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': edit('name,label,definition', 'name,definition') })).toEqual([
      'data/indicator-translations.csv:1:42 missing column "label": expected the header to have indicator, language, name, label, definition, source; none of the file\'s 4 rows can be read until it is fixed [4 errors that depend on it are not shown]',
    ]);
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': line(3, 'ghg-scope-1,zh-hk,,範圍1,,project') })).toEqual([
      'data/indicator-translations.csv:3:19 name: expected a non-empty text (found "") [1 error that depends on it is not shown]',
    ]);
  });

  it('report an unknown key at its cell', () => {
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': (text) => `${text}ghg-scope-3,zh-hk,範圍3,範圍3,,project\n` })).toEqual([
      'data/indicator-translations.csv:6:1 unknown indicator id "ghg-scope-3": expected an id from data/indicators.csv',
    ]);
    expect(errorsOf('bilingual', { 'data/term-translations.csv': line(2, 'unit,tCO2 e,zh-hk,噸,project') })).toEqual([
      'data/term-translations.csv:10:1 missing zh-hk translation of unit "tCO2e" (data/indicators.csv unit): add a row',
      'data/term-translations.csv:2:6 unknown unit "tCO2 e": expected a word of data/indicators.csv unit, written exactly as there',
    ]);
    expect(errorsOf('bilingual', { 'data/term-translations.csv': line(2, 'unit,tCO2e,fr,tonnes,project') })).toEqual([
      'data/term-translations.csv:10:1 missing zh-hk translation of unit "tCO2e" (data/indicators.csv unit): add a row',
      'data/term-translations.csv:2:12 language: expected one of: zh-hk (found "fr")',
    ]);
  });

  it('report a repeated key like every table', () => {
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': (text) => `${text}ghg-total,zh-hk,總排放量,,,project\n` })).toEqual([
      'data/indicator-translations.csv:6:1 duplicate translation of indicator and language "ghg-total zh-hk": already defined on line 2',
    ]);
  });

  it('require a label exactly when the English row has one', () => {
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': line(3, 'ghg-scope-1,zh-hk,範圍1排放量,,,project') })).toEqual([
      'data/indicator-translations.csv:3:26 expected a label: the English row (data/indicators.csv:3) has the label "Scope 1"',
    ]);
    expect(errorsOf('bilingual', { 'data/indicator-translations.csv': line(2, 'ghg-total,zh-hk,排放總量,總量,,project') })).toEqual([
      'data/indicator-translations.csv:2:22 expected an empty label: the English row (data/indicators.csv:2) has none (found "總量")',
    ]);
  });

  it('take a section title from the translated file or the table, never both', () => {
    const index = '---\ntitle: 概覽\n---\n\n<Value id="trees-planted" unit />\n\n## 管治\n\n<Highlights ids={["trees-planted"]} />\n';
    expect(errorsOf('bilingual', { 'content/zh-hk/overview/index.mdx': index })).toEqual([
      'data/section-translations.csv:2:16 title given twice: content/zh-hk/overview/index.mdx has its own title in its frontmatter; remove this row',
    ]);
    expect(errorsOf('bilingual', { 'content/zh-hk/overview/index.mdx': index, 'data/section-translations.csv': 'section,language,title,summary,source\n' })).toEqual([]);
  });

  it('are required only for published languages', () => {
    expect(errorsOf('bilingual', { 'data/report.json': edit(/,\n  "languages": \[\n    "en",\n    "zh-hk"\n  \]/, '') })).toEqual([]);
    expect(errorsOf(undefined, { 'data/report.json': edit('"language": "en"', '"language": "en", "languages": ["en", "zh-hk"]') })).toEqual([
      'data/indicator-translations.csv:1:1 file not found: data/report.json publishes zh-hk, which needs this file\'s translations',
      'data/provision-translations.csv:1:1 file not found: data/report.json publishes zh-hk, which needs this file\'s translations',
      'data/report.json:11:21 languages: "languages" lists "zh-hk" but "translations" has no "zh-hk" entry: add { "issuer", "title", "guideName" } in zh-hk',
      'data/section-translations.csv:1:1 file not found: data/report.json publishes zh-hk, which needs this file\'s translations',
      'data/term-translations.csv:1:1 file not found: data/report.json publishes zh-hk, which needs this file\'s translations',
    ]);
    expect(errorsOf('bilingual', { 'data/report.json': edit('"zh-hk"\n', '"zh-HK"\n') })).toEqual([
      'data/report.json:30:5 languages.1: expected one of: en, zh-hk (found "zh-HK")',
    ]);
  });
});

describe('translation coverage', () => {
  it('counts sections, titles, indicator names, provisions and terms per language', () => {
    const directory = makeProject('bilingual');
    try {
      const { data } = readProject(directory);
      expect(formatCoverage(translationCoverage(data))).toEqual([
        "Translation coverage zh-hk (published): sections 1/2 translated (titles 2/2, summaries 2/2); indicator names 4/4 (definitions 1/4); provisions 3/3 (1 in the Exchange's wording); terms 8/8.",
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('the report model', () => {
  it('keeps English fields and adds words per language, English standing in where a word is not translated', () => {
    const directory = makeProject('bilingual');
    try {
      const { data, errors } = validateProject(directory);
      expect(errors).toEqual([]);
      const model = modelFromProject(data);
      const total = model.indicatorById.get('ghg-total')!;
      expect(total.name).toBe('Total emissions');
      expect(total.words['zh-hk']).toEqual({
        name: '排放總量',
        label: undefined,
        unit: '噸二氧化碳當量',
        topic: '排放物',
        definition: '範圍1及範圍2，以噸計算。',
        translated: true,
      });
      expect(model.indicatorById.get('ghg-scope-1')!.words['zh-hk'].definition).toBe('Direct emissions.');
      expect(model.provisionByCode.get('A1.2')!.words['zh-hk']).toEqual({
        subject: '範圍1及範圍2排放量。',
        area: 'A. 環境',
        aspect: '排放物',
        source: 'hkex',
        translated: true,
      });
      const emissions = model.sectionById.get('overview/emissions')!;
      expect([emissions.title, emissions.words['zh-hk']]).toEqual(['Emissions', { title: '排放', summary: '溫室氣體排放。', bodyTranslated: true, translated: true }]);
      expect(model.sectionById.get('overview')!.words['zh-hk']).toEqual({ title: '概覽', summary: '公司及本報告。', bodyTranslated: false, translated: true });
      expect(model.term('unit', '%', 'zh-hk')).toBe('%');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
