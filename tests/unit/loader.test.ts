/**
 * The loader reports every problem of a run together, each as `file:line:column message` naming the bad
 * value and what was expected. One fixture (or in-test edit of the minimal fixture) per kind of error.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../support/fixtures.ts';

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
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,abc,,') })).toEqual([
      'data/values.csv:2:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "abc")',
    ]);
  });

  it('rejects an unquoted thousands separator instead of reading 1,701.13 as 1', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,1,701.13,,') })).toEqual([
      'data/values.csv:2:16 row has 6 cells but the header has 5: the number "1,701.13" has an unquoted thousands separator; write 1701.13',
    ]);
  });

  it('rejects a quoted thousands separator too', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,"1,701.13",,') })).toEqual([
      'data/values.csv:2:16 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "1,701.13")',
    ]);
  });

  it('keeps real line numbers after a quoted cell that spans lines', () => {
    expect(errorsOf('multiline-cell')).toEqual([
      'data/values.csv:8:18 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "abc")',
    ]);
  });

  it('keeps blank, not applicable and invalid apart', () => {
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,,,') })).toEqual([
      'data/values.csv:2:16 value: expected a number; an empty value needs status not-applicable or not-disclosed (found "")',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,12,not-applicable,') })).toEqual([
      'data/values.csv:2:16 value: expected an empty value when status is not-applicable (found "12")',
    ]);
    expect(errorsOf(undefined, { 'data/values.csv': line(2, 'ghg-total,2025,,n/a,') })).toEqual([
      'data/values.csv:2:17 status: expected one of: reported, not-applicable, not-disclosed, or an empty cell (found "n/a")',
    ]);
  });

  it('rejects a missing column, naming the columns expected', () => {
    expect(
      errorsOf(undefined, {
        'data/board-members.csv': 'name,age,gender\nAda Example,50,Female\n',
      }),
    ).toEqual(['data/board-members.csv:1:16 missing column "position": expected the header to have name, age, gender, position']);
  });

  it('rejects a row with a cell missing', () => {
    expect(errorsOf(undefined, { 'data/board-members.csv': 'name,age,gender,position\nAda Example,50,Female\n' })).toEqual([
      'data/board-members.csv:2:16 row has 3 cells but the header has 4: a cell is missing',
    ]);
  });
});

describe('references between files', () => {
  it('rejects a duplicate row', () => {
    expect(errorsOf(undefined, { 'data/values.csv': (text) => `${text}ghg-total,2025,1701.13,,\n` })).toEqual([
      'data/values.csv:10:1 duplicate value for indicator and year "ghg-total 2025": already defined on line 2',
    ]);
  });

  it('rejects an unknown indicator id', () => {
    expect(errorsOf(undefined, { 'data/values.csv': (text) => `${text}ghg-totl,2025,1,,\n` })).toEqual([
      'data/values.csv:10:1 unknown indicator id "ghg-totl": expected an id from data/indicators.csv',
    ]);
  });

  it('rejects a value for a year the report does not declare', () => {
    expect(errorsOf(undefined, { 'data/values.csv': (text) => `${text}ghg-total,2019,1,,\n` })).toEqual([
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
      'data/indicators.csv:6:30 unknown indicator id "ghg-totl": expected an id defined in this file',
    ]);
  });

  it('reports the errors of two bad files in one run', () => {
    expect(errorsOf('two-bad-files')).toEqual([
      'data/highlights.csv:2:43 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces) (found "1,200")',
      'data/values.csv:4:18 value: expected a plain decimal number such as 1701.13 (no thousands separators, units or spaces), or an empty cell (found "16.1O")',
    ]);
  });
});

describe('sections', () => {
  it('rejects a chapter slug that a site route uses', () => {
    expect(
      errorsOf(undefined, { 'content/statistics/index.mdx': '---\ntitle: Statistics\norder: 2\nsummary: Numbers.\n---\n\nText.\n' }),
    ).toEqual(['content/statistics/index.mdx:1:1 chapter slug "statistics" is reserved for the site\'s own pages (indicators, statistics, data, data-quality, hkex-esg-guide, print, search, zh-hk, pagefind, _astro)']);
  });

  it('rejects frontmatter without a title, at its line', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => text.replace('title: Emissions\n', '') })).toEqual([
      'content/overview/emissions.mdx:1:1 frontmatter title: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects a <Value> with an unknown id or a year without data', () => {
    expect(
      errorsOf(undefined, {
        'content/overview/emissions.mdx': (text) =>
          `${text}\nAlso <Value id="ghg-totl" year={2025} /> and <Value id="ghg-total" year={2023} />.\n`,
      }),
    ).toEqual([
      'content/overview/emissions.mdx:25:46 <Value>: year 2023 is not declared: expected one of 2025, 2024',
      'content/overview/emissions.mdx:25:6 <Value>: unknown id "ghg-totl": expected an indicator id (data/indicators.csv) or a highlight id (data/highlights.csv)',
    ]);
  });

  it('rejects an unknown component', () => {
    expect(errorsOf(undefined, { 'content/overview/emissions.mdx': (text) => `${text}\n<Chartt indicator="ghg-total" />\n` })).toEqual([
      'content/overview/emissions.mdx:25:1 <Chartt>: unknown component: expected one of Value, Highlights, CaseStudy, Quote, DataTable, Chart, BoardMembers, StakeholderCommunication',
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
      'data/hkex-mapping.csv:3:14 unknown anchor "#policies" in content/overview/emissions.mdx: expected one of policy',
      'data/hkex-mapping.csv:3:14 unknown section "overview/emission": expected "chapter/section" of a file in content/',
    ]);
  });

  it('rejects an unknown code and an unknown indicator', () => {
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': (text) => `${text}B9,disclosed,overview,ghg-totl,,\n` })).toEqual([
      'data/hkex-mapping.csv:5:1 unknown HKEX code "B9": expected a code of guide version test in data/hkex-provisions.csv',
    ]);
    expect(errorsOf(undefined, { 'data/hkex-mapping.csv': line(4, 'A1.2,disclosed,overview/emissions,ghg-totl,,') })).toEqual([
      'data/hkex-mapping.csv:4:35 unknown indicator id "ghg-totl": expected an id from data/indicators.csv',
    ]);
  });
});
