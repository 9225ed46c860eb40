/**
 * The loader reports every problem of a run together, each as `file:line:column message` naming the bad
 * value and what was expected. One fixture (or in-test edit of the minimal fixture) per kind of error.
 */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { errorsOf, makeProject } from '../support/fixtures.ts';
import { validateProject } from '../../src/validation/validate.ts';
import { cellOf } from '../../src/model/values.ts';
import { formatCell, formatDecimal } from '../../src/lib/format.ts';
import { contrast } from '../../src/validation/report.ts';

/** Replace one line (1-based) of a file. */
const line = (number: number, text: string) => (file: string) =>
  file.split('\n').map((current, index) => (index === number - 1 ? text : current)).join('\n');

describe('a valid report', () => {
  it('has no errors', () => {
    expect(errorsOf()).toEqual([]);
  });
});

describe('CSV cells', () => {
  it('rejects a non-numeric value', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,abc,,,,') })).toEqual([
      'data/values.csv:2:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "abc") [2 errors that depend on it are not shown]',
    ]);
  });

  it('rejects an unquoted thousands separator instead of reading 1,701.13 as 1', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,1,701.13,,,,') })).toEqual([
      'data/values.csv:2:16 row has 8 cells but the header has 7: the number "1,701.13" has an unquoted thousands separator; write 1701.13 [2 errors that depend on it are not shown]',
    ]);
  });

  it('rejects a quoted thousands separator too', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,"1,701.13",,,,') })).toEqual([
      'data/values.csv:2:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "1,701.13") [2 errors that depend on it are not shown]',
    ]);
  });

  it('keeps real line numbers after a quoted cell that spans lines', () => {
    expect(errorsOf('multiline-cell')).toEqual([
      'data/values.csv:8:18 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "abc") [1 error that depends on it is not shown]',
    ]);
  });

  it('keeps blank, not applicable and invalid apart', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,,,,,') })).toEqual([
      'data/values.csv:2:16 value: expected a number; an empty value needs status not-applicable or not-disclosed (found "") [2 errors that depend on it are not shown]',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,12,not-applicable,,,') })).toEqual([
      'data/values.csv:2:16 value: expected an empty value when status is not-applicable (found "12") [2 errors that depend on it are not shown]',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,,n/a,,,') })).toEqual([
      'data/values.csv:2:17 status: expected one of: reported, not-applicable, not-disclosed, or an empty cell (found "n/a") [2 errors that depend on it are not shown]',
    ]);
  });

  it('rejects a restatement whose earlier figure equals the new one, or that has no reason, at its line', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,1701.13,,,1701.130,Recalculated') })).toEqual([
      'data/values.csv:2:26 previous: a restatement\'s earlier figure equals the value 1701.13: leave previous and reason empty when the figure did not change (found "1701.130") [2 errors that depend on it are not shown]',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,1701.13,,,1650.00,') })).toEqual([
      'data/values.csv:2:34 reason: a restatement needs its reason: say why the earlier figure changed (found "") [2 errors that depend on it are not shown]',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,1701.13,,,,Recalculated') })).toEqual([
      'data/values.csv:2:26 previous: a restatement reason needs the earlier published figure in previous (found "") [2 errors that depend on it are not shown]',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,1701.13,,,1650.00,Emission factors updated') })).toEqual([]);
  });

  it('rejects a missing column, naming the columns expected', () => {
    expect(
      errorsOf(undefined, {
        'data/board-members.csv': 'name,age,gender\nAda Example,50,Female\n',
      }),
    ).toEqual(['data/board-members.csv:1:16 missing column "position": expected the header to have name, age, gender, position; none of the file\'s 1 row can be read until it is fixed']);
  });

  it('rejects a row with a cell missing', () => {
    expect(errorsOf(undefined, { 'data/board-members.csv': 'name,age,gender,position\nAda Example,50,Female\n' })).toEqual([
      'data/board-members.csv:2:16 row has 3 cells but the header has 4: a cell is missing',
    ]);
  });
});

describe('references between files', () => {
  it('rejects a duplicate row', () => {
    expect(errorsOf(undefined, { 'data/values.csv': (text) => `${text}ghg-total,2025,1701.13,,,,\n` })).toEqual([
      'data/values.csv:10:1 duplicate value for indicator and year "ghg-total 2025": already defined on line 2',
    ]);
  });

  it('rejects an unknown indicator id', () => {
    expect(errorsOf(undefined, { 'data/values.csv': (text) => `${text}ghg-totl,2025,1,,,,\n` })).toEqual([
      'data/values.csv:10:1 unknown indicator id "ghg-totl": expected an id from data/indicators.csv; did you mean "ghg-total"?',
    ]);
  });

  it('rejects a value for a year the report does not declare', () => {
    expect(errorsOf(undefined, { 'data/values.csv': (text) => `${text}ghg-total,2019,1,,,,\n` })).toEqual([
      'data/values.csv:10:11 year 2019 is not declared: expected one of 2025, 2024 (data/report.json "years")',
    ]);
  });

  it('rejects an unknown HKEX code and an unknown parent', () => {
    expect(
      errorsOf(undefined, {
        'data/indicators.csv': (text) => `${text}water,Water,,m3,E,Water,A9.9,ghg-totl,scope,number,Water used.,\n`,
      }),
    ).toEqual([
      'data/indicators.csv:6:25 unknown HKEX code "A9.9": expected a code of guide version test in data/hkex-provisions.csv',
      'data/indicators.csv:6:30 unknown indicator id "ghg-totl": expected an id defined in this file; did you mean "ghg-total"?',
    ]);
  });

  it('reports the errors of two bad files in one run', () => {
    expect(errorsOf('two-bad-files')).toEqual([
      'data/highlights.csv:2:43 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces) (found "1,200") [3 errors that depend on it are not shown]',
      'data/values.csv:4:18 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "16.1O") [1 error that depends on it is not shown]',
    ]);
  });
});

describe('sections', () => {
  it('rejects a chapter slug that a site route uses', () => {
    expect(
      errorsOf(undefined, { 'content/statistics/index.mdx': '---\ntitle: Statistics\norder: 2\nsummary: Numbers.\n---\n\nText.\n' }),
    ).toEqual(['content/statistics/index.mdx:1:1 chapter slug "statistics" is reserved for the site\'s own pages (indicators, statistics, data, data-quality, hkex-esg-guide, print, search, zh-hk, pagefind, fonts, _astro)']);
  });

  it('rejects frontmatter without a title, at its line', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => text.replace('title: Emissions\n', '') })).toEqual([
      'content/overview/emissions.mdx:1:1 frontmatter title: missing: expected a text',
    ]);
  });

  it('rejects a <Value> with an unknown id or a year without data', () => {
    expect(
      errorsOf(undefined, {
        'content/overview/emissions.mdx': (text) =>
          `${text}\nAlso <Value id="ghg-totl" year={2025} /> and <Value id="ghg-total" year={2023} />.\n`,
      }),
    ).toEqual([
      'content/overview/emissions.mdx:25:46 <Value>: year 2023 is not declared: expected one of 2025, 2024; did you mean "2025"?',
      'content/overview/emissions.mdx:25:6 <Value>: unknown id "ghg-totl": expected an indicator id (data/indicators.csv) or a highlight id (data/highlights.csv); did you mean "ghg-total"?',
    ]);
  });

  it('rejects an unknown component', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => `${text}\n<Chartt indicator="ghg-total" />\n` })).toEqual([
      'content/overview/emissions.mdx:25:1 <Chartt>: unknown component: expected one of Value, Highlights, CaseStudy, Quote, DataTable, Chart, BoardMembers, StakeholderCommunication; did you mean "Chart"?',
    ]);
  });
});

describe('HKEX mapping', () => {
  it('rejects a provision missing from the mapping', () => {
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': (text) => text.replace(/^A1,.*\n/m, '') })).toEqual([
      'data/hkex-mapping.csv:4:1 provision A1 of guide version test is missing from the mapping: add a row with its status',
    ]);
  });

  it('rejects a comply-or-explain provision with neither a location nor an explanation', () => {
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': line(3, 'A1,explained,,,,') })).toEqual([
      'data/hkex-mapping.csv:3:16 A1 is explained but has no explanation: a "comply or explain" provision needs a disclosure or an explanation',
    ]);
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': line(3, 'A1,disclosed,,,,') })).toEqual([
      'data/hkex-mapping.csv:3:14 A1 is disclosed but names no location: expected "chapter/section#anchor"',
    ]);
  });

  it('rejects an unknown section and an unknown heading anchor', () => {
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': line(3, 'A1,disclosed,overview/emission#policy overview/emissions#policies,,,') })).toEqual([
      'data/hkex-mapping.csv:3:14 unknown section "overview/emission" in "overview/emission#policy": expected "chapter/section" of a file in content/; did you mean "overview/emissions"?',
      'data/hkex-mapping.csv:3:39 unknown anchor "#policies" in "overview/emissions#policies": content/overview/emissions.mdx has the anchors policy; did you mean "policy"?',
    ]);
  });

  it('rejects an unknown code and an unknown indicator', () => {
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': (text) => `${text}B9,disclosed,overview,ghg-totl,,\n` })).toEqual([
      'data/hkex-mapping.csv:5:1 unknown HKEX code "B9": expected a code of guide version test in data/hkex-provisions.csv',
    ]);
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': line(4, 'A1.2,disclosed,overview/emissions,ghg-totl,,') })).toEqual([
      'data/hkex-mapping.csv:4:35 unknown indicator id "ghg-totl": expected an id from data/indicators.csv; did you mean "ghg-total"?',
    ]);
  });
});

/** Bytes of a file edit, for encodings other than UTF-8. */
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('reading: UTF-8 only, one error per file', () => {
  it('refuses Windows-1252 ("Chloé") at the first bad byte, instead of publishing "Chlo�"', () => {
    expect(errorsOf(undefined, { 'data/board-members.csv': bytes('name,age,gender,position\nChlo', [0xe9], ' Example,50,Female,Chair\n') })).toEqual([
      'data/board-members.csv:2:5 byte 0xE9 is not UTF-8: the file is in another encoding (such as Windows-1252 or Big5); save it as UTF-8 (in Excel: Save As › "CSV UTF-8"; in other editors: Encoding › UTF-8)',
    ]);
  });

  it('refuses Big5 (a Chinese name) at the first bad byte', () => {
    // 陳大文 in Big5: B3 AF A4 6A A4 E5 (decoded as UTF-8 it would read "���j��").
    expect(errorsOf(undefined, { 'data/board-members.csv': bytes('name,age,gender,position\nAda Example,50,Female,Chair\n', [0xb3, 0xaf, 0xa4, 0x6a, 0xa4, 0xe5], ',61,Male,Director\n') })).toEqual([
      'data/board-members.csv:3:1 byte 0xB3 is not UTF-8: the file is in another encoding (such as Windows-1252 or Big5); save it as UTF-8 (in Excel: Save As › "CSV UTF-8"; in other editors: Encoding › UTF-8)',
    ]);
  });

  it('refuses UTF-16 by its byte order mark with one error, not one per garbled column', () => {
    const text = 'indicator,year,value,status,note\nghg-total,2025,1701.13,,\n';
    expect(errorsOf(undefined, { 'data/values.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) })).toEqual([
      'data/values.csv:1:1 the file is UTF-16 (little-endian, by its byte order mark), not UTF-8: save it as UTF-8 (in Excel: Save As › "CSV UTF-8"; in other editors: Encoding › UTF-8) [9 errors that depend on it are not shown]',
    ]);
  });

  it('refuses UTF-16 without a byte order mark by its NUL bytes', () => {
    expect(errorsOf(undefined, { 'data/board-members.csv': Buffer.from('name,age,gender,position\n', 'utf16le') })).toEqual([
      'data/board-members.csv:1:2 the file has NUL bytes (0x00), as UTF-16 files do: it is not UTF-8 text; save it as UTF-8 (in Excel: Save As › "CSV UTF-8"; in other editors: Encoding › UTF-8)',
    ]);
  });

  it('refuses an MDX file in Windows-1252, and no anchor or citation that depends on it', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => bytes(text.split('gas')[0]!, [0x80], text.split('gas')[1]!) })).toEqual([
      'content/overview/emissions.mdx:4:21 byte 0x80 is not UTF-8: the file is in another encoding (such as Windows-1252 or Big5); save it as UTF-8 (in Excel: Save As › "CSV UTF-8"; in other editors: Encoding › UTF-8) [1 error that depends on it is not shown]',
    ]);
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    expect(errorsOf(undefined, { 'data/board-members.csv': bytes([0xef, 0xbb, 0xbf], 'name,age,gender,position\r\nAda Example,50,Female,Chair\r\n') })).toEqual([]);
  });
});

describe('reading: line ends as editors count lines', () => {
  const valuesWith = (end: string) => (text: string) => text.split('\n').map((row, index) => (index === 2 ? 'ghg-total,2024,abc,,,,' : row)).join(end);

  it('places an error in a CR-only file (classic Mac) on its line, not at 1:74', () => {
    expect(errorsOf(undefined, { 'data/values.csv': valuesWith('\r') })).toEqual([
      'data/values.csv:3:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "abc") [1 error that depends on it is not shown]',
    ]);
  });

  it('places it the same in a CRLF file and a file with mixed line ends', () => {
    const expected = errorsOf(undefined, { 'data/values.csv': valuesWith('\n') });
    expect(errorsOf(undefined, { 'data/values.csv': valuesWith('\r\n') })).toEqual(expected);
    expect(errorsOf(undefined, { 'data/values.csv': (text) => valuesWith('\r')(text).replace('\r', '\r\n') })).toEqual(expected);
  });

  it('keeps each row\'s text without any line end, so per-indicator downloads have one kind of line end', () => {
    const directory = makeProject(undefined, { 'data/values.csv': (text) => text.replace(/\n/g, '\r') });
    try {
      const { data, errors } = validateProject(directory);
      expect(errors).toEqual([]);
      expect(data.values.map((row) => row.raw).slice(0, 2)).toEqual(['ghg-total,2025,1701.13,,,,', 'ghg-total,2024,1397.96,,,,']);
      expect(data.values.filter((row) => /[\r\n]/.test(row.raw))).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('reading: quotes', () => {
  it('reads an inch mark inside an unquoted cell as text, and places later errors at real columns', () => {
    expect(errorsOf(undefined, { 'data/indicators.csv': (text) => text.replace('Direct emissions.,', 'Direct emissions of a 15" screen.,').replace('ghg-scope-2,Scope 2 emissions,Scope 2,tCO2e,E', 'ghg-scope-2,Scope 2 emissions,Scope 2,tCO2e,X') })).toEqual([
      'data/indicators.csv:4:45 pillar: expected one of: E, S, G (found "X") [5 errors that depend on it are not shown]',
    ]);
  });

  it('refuses a quote that opens a cell and never closes at its column, never NaN', () => {
    expect(errorsOf(undefined, { 'data/indicators.csv': (text) => text.replace('Direct emissions.,', '"15 inch,') })).toEqual([
      'data/indicators.csv:3:85 a cell starts with a double quote (U+0022 QUOTATION MARK) that is never closed, so the rest of the file (2 more lines) would be one cell: if the quote is text (an inch mark), put the whole cell in double quotes and double the quote ("15"" screen"), or close the quote [13 errors that depend on it are not shown]',
    ]);
  });

  it('refuses text after a closing quote at the cell', () => {
    expect(errorsOf(undefined, { 'data/board-members.csv': 'name,age,gender,position\n"Ada" Example,50,Female,Chair\n' })).toEqual([
      'data/board-members.csv:2:1 a quoted cell has text after its closing double quote (U+0022 QUOTATION MARK): put the whole cell in double quotes and double each quote inside it ("15"" screen")',
    ]);
  });
});

describe('reading: invisible and look-alike characters are named', () => {
  it('names a zero-width space after an id', () => {
    expect(errorsOf(undefined, { 'data/indicators.csv': (text) => text.replace('\nghg-scope-1,', '\nghg-scope-1\u200b,') })).toEqual([
      'data/indicators.csv:3:1 id: invisible character U+200B ZERO WIDTH SPACE at character 12: delete it (found "ghg-scope-1\u200b") [5 errors that depend on it are not shown]',
    ]);
  });

  it('names smart quotes around an id and a no-break space in a number', () => {
    expect(
      errorsOf(undefined, {
        'data/values.csv': (text) => text.replace('ghg-scope-1,2024,14.35', '\u201cghg-scope-1\u201d,2024,14.35').replace('1397.96', '1\u00a0397.96'),
      }),
    ).toEqual([
      'data/values.csv:3:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "1\u00a0397.96", which has U+00A0 NO-BREAK SPACE at character 2) [1 error that depends on it is not shown]',
      'data/values.csv:5:1 indicator: expected a kebab-case id such as "ghg-scope-1" (found "\u201cghg-scope-1\u201d", which has U+201C LEFT DOUBLE QUOTATION MARK at character 1, U+201D RIGHT DOUBLE QUOTATION MARK at character 13) [1 error that depends on it is not shown]',
    ]);
  });
});

describe('numbers stay decimal strings from file to page', () => {
  it('prints 12345678901234567 as 12,345,678,901,234,567, not …568', () => {
    // Scope 2 grows with the total, so the parts still add up (16.10 + 12,345,678,901,234,550.90) for the consistency rules.
    const directory = makeProject(undefined, {
      'data/values.csv': (text) => text.replace('1701.13', '12345678901234567').replace('1685.03', '12345678901234550.90'),
    });
    try {
      const { data, errors } = validateProject(directory);
      expect(errors).toEqual([]);
      const row = data.values.find((value) => value.data.indicator === 'ghg-total' && value.data.year === 2025)!;
      expect(row.data.value).toBe('12345678901234567');
      expect(formatCell(cellOf(row.data), 'number')).toBe('12,345,678,901,234,567');
      expect(formatDecimal('-0.000000000000000001')).toBe('-0.000000000000000001');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('root cause first', () => {
  it('deleting the unit header of indicators.csv is one error, and nothing about files that are fine', () => {
    expect(errorsOf(undefined, { 'data/indicators.csv': (text) => text.replace('name,label,unit,pillar', 'name,label,pillar') })).toEqual([
      'data/indicators.csv:1:75 missing column "unit": expected the header to have id, name, label, unit, pillar, topic, hkex, parent, dimension, format, definition, formula; none of the file\'s 4 rows can be read until it is fixed [16 errors that depend on it are not shown]',
    ]);
  });

  it('a misspelt column is one error, at the name, with the column meant', () => {
    expect(errorsOf(undefined, { 'data/indicators.csv': (text) => text.replace('name,label,unit,pillar', 'name,label,unti,pillar') })).toEqual([
      'data/indicators.csv:1:15 unknown column "unti" (did you mean "unit"?): none of the file\'s 4 rows can be read until it is fixed [16 errors that depend on it are not shown]',
    ]);
  });

  it('a refused row hides what cites it, and says how many', () => {
    expect(errorsOf(undefined, { 'data/indicators.csv': (text) => text.replace('staff-turnover,Staff turnover,,%,S', 'staff-turnover,Staff turnover,,%,Social') })).toEqual([
      'data/indicators.csv:5:34 pillar: expected one of: E, S, G (found "Social") [3 errors that depend on it are not shown]',
    ]);
  });
});

describe('suggestions from the valid set', () => {
  it('suggests a column, an attribute, a scale and a frontmatter key', () => {
    expect(
      errorsOf(undefined, {
        'content/overview/emissions.mdx': (text) =>
          text.replace('order: 1', 'oder: 1').replace('year={2025} unit />', 'year={2025} units />') + '\n<Value id="ghg-total" year={2025} scale="milion" />\n',
      }),
    ).toEqual([
      'content/overview/emissions.mdx:1:1 frontmatter order: missing: expected a number',
      'content/overview/emissions.mdx:25:1 <Value>: attribute scale: expected one of: none, thousand, million, billion (found "milion"); did you mean "million"?',
      'content/overview/emissions.mdx:3:1 frontmatter: unknown key "oder": expected only title, order, summary, number; did you mean "order"?',
      'content/overview/emissions.mdx:9:16 <Value>: unknown attribute units: expected id, year, unit, scale, decimals; did you mean "unit"?',
    ]);
  });
});

describe('MDX', () => {
  it('refuses a <Value> in a heading at its place, instead of a table of contents reading "Emissions of  tonnes"', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => `${text}\n## Emissions of <Value id="ghg-total" year={2024} /> tonnes\n` })).toEqual([
      "content/overview/emissions.mdx:25:17 <Value> in a heading: the heading's anchor and the table of contents are made from its plain text and would leave the number out; keep headings plain text and cite the figure in the sentence below",
    ]);
  });

  it('refuses any component in a heading', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => text.replace('## Policy', '### Policy <Quote by="x">y</Quote>') })).toEqual([
      "content/overview/emissions.mdx:7:12 <Quote> in a heading: the heading's anchor and the table of contents are made from its plain text and would leave the component out; keep headings plain text and cite the figure in the sentence below",
      'data/hkex-mapping.csv:3:14 unknown anchor "#policy" in "overview/emissions#policy": content/overview/emissions.mdx has the anchors policy-y; did you mean "policy-y"?',
    ]);
  });

  it('accepts an anchor in Chinese exactly as the build makes it, from hkex-mapping.csv', () => {
    expect(
      errorsOf(undefined, {
        'content/overview/emissions.mdx': (text) => text.replace('## Policy', '## Policy\n\n## 碳排放 Carbon emissions'),
        'data/hkex-mapping.csv': (text) => text.replace('A1.2,disclosed,overview/emissions,', 'A1.2,disclosed,overview/emissions#policy overview/emissions#碳排放-carbon-emissions,'),
      }),
    ).toEqual([]);
  });

  it('names the location at fault in full, at its column, not the first item of the cell cut short', () => {
    expect(
      errorsOf(undefined, {
        'content/overview/emissions.mdx': (text) => text.replace('## Policy', '## Policy\n\n## 碳排放 Carbon emissions'),
        'data/hkex-mapping.csv': (text) => text.replace('A1.2,disclosed,overview/emissions,', 'A1.2,disclosed,"overview/emissions#policy overview/emissions#碳排放-carbon-emission",'),
      }),
    ).toEqual([
      'data/hkex-mapping.csv:4:43 unknown anchor "#碳排放-carbon-emission" in "overview/emissions#碳排放-carbon-emission": content/overview/emissions.mdx has the anchors policy, 碳排放-carbon-emissions; did you mean "碳排放-carbon-emissions"?',
    ]);
  });

  it('reports a figure from data/ typed into prose, unless reviewed in data/literal-numbers.csv', () => {
    const typed = (text: string) => text.replace('in 2025.', 'in 2025; Scope 1 was 16.10 tCO2e.');
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': typed })).toEqual([
      'content/overview/emissions.mdx:9:79 the number "16.10" equals ghg-scope-1@2025 in data/: cite it as <Value id="ghg-scope-1" year={2025} />, or, if it is another quantity, add a row to data/literal-numbers.csv saying why',
    ]);
    expect(
      errorsOf(undefined, {
        'content/overview/emissions.mdx': typed,
        'data/literal-numbers.csv': 'file,number,after,reason\ncontent/overview/emissions.mdx,16.10,tCO2e,the same figure is quoted from the auditor\n',
      }),
    ).toEqual([]);
    expect(errorsOf(undefined, { 'data/literal-numbers.csv': 'file,number,after,reason\ncontent/overview/emissions.mdx,16.10,tCO2e,stale\n' })).toEqual([
      'data/literal-numbers.csv:2:1 reviewed number "16.10" no longer appears before "tCO2e" in content/overview/emissions.mdx: delete the row',
    ]);
  });

  it('refuses a not-applicable value cited in prose as a number', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => `${text}\nTurnover was <Value id="staff-turnover" year={2024} />.\n` })).toEqual([
      'content/overview/emissions.mdx:25:14 <Value>: indicator "staff-turnover" is not-applicable for 2024 (data/values.csv line 9): it has no number to cite; say so in words instead of citing it as a figure',
    ]);
  });

  it('refuses two sections of a chapter with the same order, at the second one\'s order', () => {
    expect(errorsOf(undefined, { 'content/overview/water.mdx': '---\ntitle: Water\norder: 1\nsummary: Water use.\n---\n\nText.\n' })).toEqual([
      'content/overview/water.mdx:3:8 frontmatter order: 1 is already the order of content/overview/emissions.mdx: sections of chapter "overview" need distinct orders',
    ]);
  });

  it('words frontmatter errors as CSV errors are worded, at the key\'s line', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => text.replace('order: 1', 'order: first') })).toEqual([
      'content/overview/emissions.mdx:3:8 frontmatter order: expected a number (found "first")',
    ]);
  });
});

describe('data/report.json', () => {
  const report = (edit: (json: string) => string) => ({ 'data/report.json': edit });

  it('places a wrong type at its key, in the words CSV errors use', () => {
    expect(errorsOf(undefined, report((json) => json.replace('"title": "Sustainability Report 2025"', '"title": 2025')))).toEqual([
      'data/report.json:3:3 title: expected a text (found "2025")',
    ]);
    expect(errorsOf(undefined, report((json) => json.replace('"issuer": "Example Holdings",\n', '')))).toEqual([
      'data/report.json:1:1 issuer: missing: expected a text',
    ]);
  });

  it('names an unknown key with the key meant', () => {
    expect(errorsOf(undefined, report((json) => json.replace('"brandColour"', '"brandColor"')))).toEqual([
      'data/report.json:1:1 brandColour: missing: expected a text',
      'data/report.json:9:3 brandColor: unknown key "brandColor": expected only issuer, issuerLegalName, stockCode, title, year, years, period, published, guide, website, siteUrl, license, sources, contributors, repository, contacts, address, brandColour, brandColourNote, featuredHighlights, keyFigures, language, languages, translations; did you mean "brandColour"?',
    ]);
  });

  it('places an unknown key figure at its item, with the id meant, and hides it when indicators.csv cannot be read', () => {
    const keyFigures = (json: string) => json.replace('"language": "en"', '"keyFigures": ["ghg-total", "staff-turnvoer"],\n  "language": "en"');
    expect(errorsOf(undefined, report(keyFigures))).toEqual([
      'data/report.json:11:31 keyFigures: unknown indicator id "staff-turnvoer": expected an id from data/indicators.csv; did you mean "staff-turnover"?',
    ]);
    expect(errorsOf(undefined, { ...report(keyFigures), 'data/indicators.csv': (text) => text.replace('name,label,unit,pillar', 'name,label,pillar') })).toEqual([
      'data/indicators.csv:1:75 missing column "unit": expected the header to have id, name, label, unit, pillar, topic, hkex, parent, dimension, format, definition, formula; none of the file\'s 4 rows can be read until it is fixed [18 errors that depend on it are not shown]',
    ]);
  });

  it('computes contrast as WCAG 2.2 defines it', () => {
    expect(contrast('#767676', '#ffffff').toFixed(2)).toBe('4.54');
    expect(contrast('#000000', '#ffffff')).toBe(21);
  });

  it('checks the metadata for sense', () => {
    expect(
      errorsOf(
        undefined,
        report((json) =>
          json
            .replace('"year": 2025', '"year": 2023')
            .replace('"end": "2025-12-31"', '"end": "2024-12-31"')
            .replace('"brandColour": "#2d5d2a"', '"brandColour": "#7fb77e", "website": "javascript:alert(1)", "siteUrl": "ftp://esg.example.com/"'),
        ),
      ),
    ).toEqual([
      'data/report.json:4:3 year: the reporting year 2023 is not one of "years" (2025, 2024): add it there or correct it',
      'data/report.json:6:38 period.end: the reporting period ends on 2024-12-31, not after it starts (2025-01-01)',
      'data/report.json:9:29 website: expected a web address starting with https:// or http:// (found "javascript:alert(1)")',
      'data/report.json:9:3 brandColour: #7fb77e has a contrast of 2.34:1 on white; text needs at least 4.5:1 (WCAG 2.2 1.4.3): choose a darker colour',
      'data/report.json:9:63 siteUrl: expected a web address starting with https:// or http:// (found "ftp://esg.example.com/")',
    ]);
  });
});
