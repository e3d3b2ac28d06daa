import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { countOf, decimalMark, formatAge, formatByUnit, formatForInput, formatMoney, formatNumber, formatPercent, setNumberLocale } from '../../shared/format';
import { parseMoney, parseNumber, parsePercent } from '../../shared/parse/number';

afterEach(() => setNumberLocale('en-US'));

describe('formatting never shows NaN or Infinity', () => {
  it.each([NaN, Infinity, -Infinity, null, undefined])('%s -> —', (v) => {
    expect(formatMoney(v, 'USD')).toBe('—');
    expect(formatNumber(v)).toBe('—');
    expect(formatPercent(v)).toBe('—');
    expect(formatByUnit(v, 'hours')).toBe('—');
    expect(formatForInput(v)).toBe('');
  });
  it('formats money plainly and compactly', () => {
    expect(formatMoney(1_250_000, 'USD')).toBe('$1,250,000');
    expect(formatMoney(1_250_000, 'EUR', true)).toBe('€1.25M');
  });
  it('formats each unit', () => {
    expect(formatByUnit(92.5, 'percent')).toBe('92.5%');
    expect(formatByUnit(18.44, 'hours')).toBe('18.4 h');
    expect(formatByUnit(1250, 'count')).toBe('1,250');
    expect(formatByUnit(12.5, 'count')).toBe('12.5');
    expect(formatByUnit(25_000, 'count', 'USD', true)).toBe('25K');
    expect(formatByUnit(9_999, 'count', 'USD', true)).toBe('9,999');
    expect(formatByUnit(1_500_000, 'money', 'USD', true)).toBe('$1.5M');
  });
  it('keeps every digit in an input, without rounding behind the user\'s back', () => {
    expect(formatForInput(1234.5678)).toBe('1,234.5678');
    expect(formatForInput(1234.5678, false)).toBe('1234.5678');
  });
});

describe('the user\'s locale', () => {
  it('a German user sees and types decimal commas', () => {
    setNumberLocale('de-DE');
    expect(decimalMark()).toBe(',');
    expect(formatForInput(1234.5)).toBe('1.234,5');
    expect(formatPercent(7.5)).toBe('7,5%');
    expect(parseNumber(formatForInput(1234.5), 'Value', { decimal: decimalMark() })).toEqual({ ok: true, value: 1234.5 });
  });
  it('an unknown locale falls back to en-US', () => {
    setNumberLocale('xx-NOT-A-LOCALE-!!');
    expect(decimalMark()).toBe('.');
    setNumberLocale(undefined);
    expect(formatNumber(1000)).toBe('1,000');
  });
});

// What a field shows, the same parser reads back to the same value, in either style.
describe('format then parse is the identity', () => {
  const cents = fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100);
  it.each(['en-US', 'de-DE', 'fr-FR', 'en-IN', 'de-CH'])('numbers in %s', (locale) => {
    setNumberLocale(locale);
    fc.assert(fc.property(cents, (v) => {
      const parsed = parseNumber(formatForInput(v), 'Value', { decimal: decimalMark() });
      expect(parsed).toEqual({ ok: true, value: v });
    }));
  });
  it('money as shown in tables (whole units)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (v) => { expect(parseMoney(formatMoney(v, 'USD'), 'Amount')).toEqual({ ok: true, value: v }); }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (v) => { expect(parseMoney(formatMoney(v, 'EUR'), 'Amount')).toEqual({ ok: true, value: v }); }));
  });
  it('percentages as shown (one decimal)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), (v) => { expect(parsePercent(formatPercent(v), 'Rate')).toEqual({ ok: true, value: { value: v, explicit: true } }); }));
  });
  it('counts as shown', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (v) => { expect(parseNumber(formatNumber(v), 'Count')).toEqual({ ok: true, value: v }); }));
  });
});

describe('compact figures', () => {
  // New-user finding: "due by today $1.1M" beside "behind pace by 13%" worked out from $1,052,000.
  it('keep three significant digits, so a pace and the figures beside it agree', () => {
    expect(formatMoney(1_052_000, 'USD', true)).toBe('$1.05M');
    expect(formatMoney(898_700, 'USD', true)).toBe('$899K');
    expect(formatMoney(1_800_000, 'USD', true)).toBe('$1.8M');
    expect(formatByUnit(12_345, 'count', 'USD', true)).toBe('12.3K');
  });
});

describe('counts with their nouns', () => {
  it('agree in number', () => {
    expect(countOf(1, 'account')).toBe('1 account');
    expect(countOf(0, 'account')).toBe('0 accounts');
    expect(countOf(2000, 'account')).toBe('2,000 accounts');
    expect(countOf(3, 'period')).toBe('3 periods');
    expect(countOf(1, 'row', 'rows')).toBe('1 row');
    expect(countOf(2, 'SLA with data', 'SLAs with data')).toBe('2 SLAs with data');
  });
});

describe('how long ago a change was', () => {
  const now = new Date('2026-11-23T09:00:00Z');
  it('counts calendar days, as a standup does', () => {
    expect(formatAge('2026-11-23T08:59:00Z', now)).toBe('today');
    expect(formatAge('2026-11-24T01:00:00Z', now)).toBe('today'); // a clock a little ahead is not the future
    expect(formatAge('2026-11-22T23:59:00Z', now)).toBe('yesterday');
    expect(formatAge('2026-11-20T12:00:00Z', now)).toBe('3 days ago');
    expect(formatAge('2026-10-25T12:00:00Z', now)).toBe('29 days ago');
    expect(formatAge('2026-10-24T12:00:00Z', now)).toBe('on 2026-10-24');
    expect(formatAge('not a date', now)).toBe('');
  });
});
