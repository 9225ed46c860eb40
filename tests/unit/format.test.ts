/** Formatting keeps the published precision and prints statuses as words. */
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatCell, formatDecimal, withUnit } from '../../src/lib/format.ts';

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
