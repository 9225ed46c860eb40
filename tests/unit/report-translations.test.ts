/**
 * data/report.json `translations`: the issuer, title and guide name of each published language after the first,
 * required for each (an error naming the file, the position and the missing key), and used by the pages.
 */
import { describe, expect, it } from 'vitest';
import { reportWords } from '../../src/lib/report-words.ts';
import { errorsOf } from '../support/fixtures.ts';

const withoutTranslations = (text: string) => {
  const changed = text.replace(/,\n  "translations": \{[\s\S]*\}\n\}\n?$/, '\n}\n');
  if (changed === text) throw new Error('fixture edit found no translations block');
  return changed;
};

describe('report.json translations', () => {
  it('are required for every published language after the first', () => {
    expect(errorsOf('bilingual', { 'data/report.json': withoutTranslations })).toEqual([
      'data/report.json:28:3 languages: "languages" lists "zh-hk" but "translations" has no "zh-hk" entry: add { "issuer", "title", "guideName" } in zh-hk',
    ]);
  });

  it('name a missing or unknown key with its place', () => {
    const errors = errorsOf('bilingual', { 'data/report.json': (text) => text.replace('"guideName": "測試指引"', '"guide": "測試指引"') });
    expect(errors).toHaveLength(2);
    expect(errors.every((error) => error.startsWith('data/report.json:'))).toBe(true);
    expect(errors.join('\n')).toMatch(/guideName/);
    expect(errors.join('\n')).toMatch(/guide\b/);
  });

  it('give each edition its own issuer, title and guide name', () => {
    const report = {
      issuer: 'Example Holdings',
      title: 'Sustainability Report 2025',
      guide: { name: 'Test guide', version: 'test' },
      translations: { 'zh-hk': { issuer: '示例控股', title: '2025年可持續發展報告', guideName: '測試指引' } },
    };
    expect(reportWords(report, 'en')).toEqual({ issuer: 'Example Holdings', title: 'Sustainability Report 2025', guideName: 'Test guide' });
    expect(reportWords(report, 'zh-hk')).toEqual({ issuer: '示例控股', title: '2025年可持續發展報告', guideName: '測試指引' });
  });
});
