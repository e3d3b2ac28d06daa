import { describe, expect, it } from 'vitest';
import { formatInputInUnit } from '../../shared/format';
import { readInUnit } from '../../shared/parse/units';

describe('a value typed in its unit', () => {
  it.each([
    ['$1.2M', 'money', 1_200_000],
    ['1,250', 'count', 1250],
    ['7.5', 'hours', 7.5],
    ['60', 'days', 60],
    ['24%', 'percent', 24],
    ['24', 'percent', 24],
    ['0.5%', 'percent', 0.5],
    ['', 'percent', null],
    ['', 'money', null],
  ] as const)('%j as %s is %s', (text, unit, value) => expect(readInUnit(text, unit, 'Value')).toEqual({ ok: true, value }));

  it('asks about a bare rate below 1, and names the field', () => {
    expect(readInUnit('0.24', 'percent', 'Win rate')).toEqual({ ok: false, error: 'Win rate 0.24 is ambiguous: write 24% for a fraction of one, or 0.24% if you mean less than one percent' });
    expect(readInUnit('0.24', 'count', 'MQLs')).toEqual({ ok: true, value: 0.24 });
  });

  it('refuses what is not a value in its unit', () => {
    expect(readInUnit('lots', 'money', 'Target')).toEqual({ ok: false, error: 'Target must be an amount, like 250,000 or 1.2M' });
    expect(readInUnit('ten', 'percent', 'Band')).toEqual({ ok: false, error: 'Band must be a percentage, like 10% or 7.5' });
    expect(readInUnit('$5', 'count', 'MQLs').ok).toBe(false);
  });

  // A rate below 1% is shown with its "%", so the same field reads it back as itself instead of asking.
  it.each([
    [0.5, 'percent', '0.5%'],
    [24, 'percent', '24'],
    [0, 'percent', '0'],
    [1250000, 'money', '1,250,000'],
    [1250, 'count', '1,250'],
    [36, 'hours', '36'],
    [null, 'percent', ''],
  ] as const)('%s in %s is written %j, and reads back', (value, unit, text) => {
    expect(formatInputInUnit(value, unit)).toBe(text);
    expect(readInUnit(text, unit, 'Value')).toEqual({ ok: true, value });
  });
});
