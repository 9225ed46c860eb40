/** UI strings and formatting per language: zh-hk has every English key, Hong Kong conventions, English unchanged. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhHk } from '../../src/i18n/zh-hk.ts';
import { LANGUAGES, publishedLanguages, useTranslations } from '../../src/i18n/index.ts';
import { chapterNumber, formatCell, formatDate, formatDateRange, formatDecimal, formatSigned, withUnit } from '../../src/lib/format.ts';

describe('UI strings', () => {
  it('has the same keys in Traditional Chinese as in English, each with the same placeholders', () => {
    expect(Object.keys(zhHk).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect([key, placeholders(zhHk[key])]).toEqual([key, placeholders(en[key])]);
  });

  it('translates with values', () => {
    expect(useTranslations('zh-hk')('hkex.version', { name: '《環境、社會及管治報告指引》', version: '2020' })).toBe('本報告依循《環境、社會及管治報告指引》（2020年版）。');
    expect(useTranslations('zh-hk')('status.not-applicable')).toBe('不適用');
    expect(useTranslations()('status.not-applicable')).toBe('Not applicable');
    expect(useTranslations('zh-hk')('chapter.label', { number: chapterNumber('01', 'zh-hk') })).toBe('第一章');
    // Chinese numerals, not the printed digits (it once read 第01章).
    expect(['01', '07', '10', '12', '20', '23', '99'].map((number) => chapterNumber(number, 'zh-hk'))).toEqual(['一', '七', '十', '十二', '二十', '二十三', '九十九']);
    expect(chapterNumber('03')).toBe('03');
    expect(chapterNumber('00', 'zh-hk')).toBe('零');
    expect(useTranslations()('chapter.label', { number: '01' })).toBe('Chapter 01');
    expect(useTranslations('zh-hk')('home.trend', { from: 2022, to: 2024 })).toBe('2022至2024年趨勢');
    expect(useTranslations('zh-hk')('home.onYear', { change: '+21.7%', year: 2023 })).toBe('+21.7%較2023年');
    expect(useTranslations()('home.onYear', { change: '+21.7%', year: 2023 })).toBe('+21.7% on 2023');
    expect(useTranslations('zh-hk')('search.results', { query: '排放', count: 12 })).toBe('「排放」共有12項結果');
  });

  it('uses one word for one thing across the site and the data book (reviewed wording)', () => {
    const pairs: [keyof typeof en, keyof typeof en][] = [
      ['status.missing', 'book.reading.missing'],
      ['hkex.status', 'book.status'],
      ['book.topic', 'indicator.topic'],
      ['book.parent', 'indicator.parent'],
      ['book.subject', 'hkex.subject'],
      ['book.year', 'indicator.year'],
      ['site.dataQuality', 'book.sheet.quality'],
      ['book.period', 'home.reportingPeriod'],
    ];
    expect(pairs.map(([a, b]) => [zhHk[a], zhHk[b].includes(zhHk[a])])).toEqual([
      ['未公布', true],
      ['狀態', true],
      ['議題', true],
      ['所屬指標', true],
      ['條文要求', true],
      ['年度', true],
      ['數據質素', true],
      ['報告期間', true],
    ]);
    expect(Object.values(zhHk).filter((text) => /數據質量|建置/.test(text))).toEqual([]);
    expect([zhHk['book.area'], zhHk['book.pillar'], zhHk['quality.kind.bound'], zhHk['book.hkex']]).toEqual(['主要範疇', '環境、社會及管治範疇', '上下限', '條文編號']);
  });

  it('names the language for the html lang attribute and the route prefix', () => {
    expect(LANGUAGES['zh-hk']).toEqual({ label: '繁體中文', htmlLang: 'zh-HK', prefix: 'zh-hk', locale: 'zh-HK' });
    expect(publishedLanguages({})).toEqual(['en']);
    expect(publishedLanguages({ languages: ['en', 'zh-hk'] })).toEqual(['en', 'zh-hk']);
  });
});

describe('formatting per language', () => {
  it('writes dates the Hong Kong way in Chinese and unchanged in English', () => {
    expect(formatDate('2024-01-01', 'zh-hk')).toBe('2024年1月1日');
    expect(formatDate('2024-12-31', 'zh-hk')).toBe('2024年12月31日');
    expect(formatDate('2024-01-01')).toBe('January 1, 2024');
  });

  it('writes a period without a spaced dash in Chinese', () => {
    expect(formatDateRange('2024-01-01', '2024-12-31', 'zh-hk')).toBe('2024年1月1日至2024年12月31日');
    expect(formatDateRange('2024-01-01', '2024-12-31')).toBe('January 1, 2024 – December 31, 2024');
  });

  it('keeps the written decimals with zh-HK grouping', () => {
    expect(formatDecimal('1701.13', 'zh-hk')).toBe('1,701.13');
    expect(formatDecimal('16.10', 'zh-hk')).toBe('16.10');
    expect(formatSigned(-1.2, 2, 'zh-hk')).toBe('\u22121.20');
    expect(formatSigned(303.17, 2)).toBe('+303.17');
  });

  it('prints statuses as Chinese words', () => {
    expect(formatCell({ kind: 'not-applicable' }, 'number', 'zh-hk')).toBe('不適用');
    expect(formatCell({ kind: 'not-disclosed' }, 'percent', 'zh-hk')).toBe('未披露');
    expect(formatCell(undefined, 'number', 'zh-hk')).toBe('未公布');
    expect(formatCell({ kind: 'number', value: 28, text: '28' }, 'percent', 'zh-hk')).toBe('28%');
  });

  it('sets a Chinese unit right after the number and keeps the space before a Latin one', () => {
    expect(withUnit('1,701.13', '噸二氧化碳當量', 'zh-hk')).toBe('1,701.13噸二氧化碳當量');
    expect(withUnit('1,701.13', 'tCO2e', 'zh-hk')).toBe('1,701.13 tCO2e');
    expect(withUnit('31.2', '%', 'zh-hk')).toBe('31.2%');
    expect(withUnit('19.16', 'billion yuan')).toBe('19.16 billion yuan');
  });
});
