/** Formatting keeps the published precision and prints statuses as words. */
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatCell, formatDecimal, formatHighlight, withUnit } from '../../src/lib/format.ts';
import { scaleDecimal } from '../../src/lib/scale.ts';

describe('formatDecimal', () => {
  it('groups thousands and keeps the written decimals', () => {
    expect(formatDecimal('1701.13')).toBe('1,701.13');
    expect(formatDecimal('16.10')).toBe('16.10');
    expect(formatDecimal('0.00')).toBe('0.00');
    expect(formatDecimal('70181')).toBe('70,181');
    expect(formatDecimal('13.9')).toBe('13.9');
    expect(decimalsOf('0.795')).toBe(3);
  });
});

describe('formatCell', () => {
  it('prints percentages, statuses and missing years in words, never 0 or blank', () => {
    expect(formatCell({ kind: 'number', value: 28, text: '28' }, 'percent')).toBe('28%');
    expect(formatCell({ kind: 'not-applicable' }, 'number')).toBe('Not applicable');
    expect(formatCell({ kind: 'not-disclosed' }, 'percent')).toBe('Not disclosed');
    expect(formatCell(undefined, 'number')).toBe('Not published');
  });
});

describe('withUnit', () => {
  it('puts no space before % or +', () => {
    expect(withUnit('800', '+ people')).toBe('800+ people');
    expect(withUnit('31.2', '%')).toBe('31.2%');
    expect(withUnit('19.16', 'billion yuan')).toBe('19.16 billion yuan');
    expect(withUnit('0.795', undefined)).toBe('0.795');
  });
});

describe('figures as each sentence writes them', () => {
  it('scales a base-unit value in decimal, with the decimals asked for', () => {
    expect(scaleDecimal('21400000', 'million', 1)).toBe('21.4');
    expect(scaleDecimal('21400000', 'million', 2)).toBe('21.40');
    expect(scaleDecimal('48000', 'thousand')).toBe('48');
    expect(scaleDecimal('12345678901234567', 'billion', 3)).toBe('12345678.901');
    expect(scaleDecimal('0.125', undefined, 2)).toBe('0.13');
  });

  it('prints a highlight as its call-out does', () => {
    expect(formatHighlight({ value: '21400000', scale: 'million', decimals: 2 })).toBe('21.40 million');
    expect(formatHighlight({ value: '48000', unit: 'pieces', scale: 'thousand' })).toBe('48 thousand pieces');
    expect(formatHighlight({ value: '100370000000', unit: 'yuan', scale: 'billion' })).toBe('100.37 billion yuan');
    expect(formatHighlight({ value: '800', unit: '+ people' })).toBe('800+ people');
  });

  it('formats a decimal string exactly, never through a float', () => {
    expect(formatDecimal('12345678901234567')).toBe('12,345,678,901,234,567');
    expect(formatDecimal('0.1000000000000000055511')).toBe('0.1000000000000000055511');
  });
});
