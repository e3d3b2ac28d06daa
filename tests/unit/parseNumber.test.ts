import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAmbiguousRate, parseMoney, parseNumber, parsePercent, readRate } from '../../shared/parse/number';
import { detectDecimal, detectRateReading } from '../../shared/parse/readings';

const value = (v: number | null) => ({ ok: true, value: v });
const pct = (v: number, explicit: boolean) => ({ ok: true, value: { value: v, explicit } });

describe('numbers', () => {
  it.each([
    ['7.5', 7.5],
    ['1,250,000', 1_250_000],
    ['1 250 000', 1_250_000],
    ['1\u00a0250', 1250],
    ["1'250", 1250],
    ['1\u2019250\u2019000', 1_250_000],
    ['-3', -3],
    ['\u22123', -3],
    ['+4', 4],
    ['.5', 0.5],
    ['5.', 5],
    ['250k', 250_000],
    ['250 K', 250_000],
    ['1.2M', 1_200_000],
    ['3mm', 3_000_000],
    ['1.5bn', 1_500_000_000],
    ['2b', 2_000_000_000],
    ['0', 0],
    ['-0', 0],
    ['  42 ', 42],
  ])('%j reads as %d with a decimal point', (raw, v) => expect(parseNumber(raw, 'Value')).toEqual(value(v)));

  it.each([
    ['7,5', 7.5],
    ['1.250.000', 1_250_000],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1,2M', 1_200_000],
    ['1.250', 1250],
  ])('%j reads as %d with a decimal comma', (raw, v) => expect(parseNumber(raw, 'Value', { decimal: ',' })).toEqual(value(v)));

  it('with a decimal comma, a form reads "7.5" as 7.5 (it cannot be a thousands group), but a file does not', () => {
    expect(parseNumber('7.5', 'Value', { decimal: ',', lenient: true })).toEqual(value(7.5));
    expect(parseNumber('1.250', 'Value', { decimal: ',', lenient: true })).toEqual(value(1250));
    expect(parseNumber('7.5', 'Value', { decimal: ',' })).toEqual({ ok: false, error: 'Value must use "," for decimals, like 7,5 or 1.250' });
  });

  it('empty is no value; whether that is allowed is the caller\'s rule', () => expect(parseNumber('   ', 'Value')).toEqual(value(null)));

  it('refuses a decimal comma where the locale writes a point, naming the field', () => {
    expect(parseNumber('7,5', 'Warning band')).toEqual({ ok: false, error: 'Warning band must use "." for decimals, like 7.5 or 1,250' });
    expect(parseNumber('1,25', 'Value')).toEqual({ ok: false, error: 'Value must use "." for decimals, like 7.5 or 1,250' });
  });

  it.each(['1.2.3', '12abc', 'k', '=1+1', 'NaN', 'Infinity', 'ten', '1,2345', '1,250.000.1', '--3', '.', '-', '1e5'])('refuses %j with a message naming the field', (raw) => {
    expect(parseNumber(raw, 'Deal size')).toEqual({ ok: false, error: expect.stringMatching(/^Deal size must (be a number|use)/) });
  });

  it('refuses what overflows', () => expect(parseNumber('9'.repeat(400), 'Value')).toEqual({ ok: false, error: 'Value is too large' }));

  // 4.1 × 1e6 is 4099999.9999999995 in floating point: suffixes move the decimal point instead.
  it('reads suffixes exactly', () => {
    expect(parseNumber('4.1M', 'Value')).toEqual(value(4_100_000));
    expect(parseNumber('8.2M', 'Value')).toEqual(value(8_200_000));
    expect(parseNumber('2.01k', 'Value')).toEqual(value(2010));
    expect(parseNumber('1.2345k', 'Value')).toEqual(value(1234.5));
    expect(parseNumber('0,007bn', 'Value', { decimal: ',' })).toEqual(value(7_000_000));
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(['k', 3], ['M', 6], ['bn', 9]), (n, [suffix, power]) => {
      const text = `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}${suffix}`;
      expect(parseNumber(text, 'Value')).toEqual(value(Math.round(n * 10 ** ((power as number) - 2))));
    }));
  });

  it('reads Indian grouping (lakhs and crores)', () => {
    expect(parseNumber('15,00,000', 'Value')).toEqual(value(1_500_000));
    expect(parseNumber('1,23,45,678.5', 'Value')).toEqual(value(12_345_678.5));
    expect(parseNumber('1,2,345', 'Value').ok).toBe(false);
  });
  it('refuses mixed grouping marks', () => expect(parseNumber("1,250'000", 'Value').ok).toBe(false));

  // Signs and suffixes only where they belong: nothing is pulled out of the middle of a value.
  it.each(['5-3', '1+2', '12k5', '1.2.3M', '3 x'])('%j is not a number', (raw) => expect(parseNumber(raw, 'Value').ok).toBe(false));
  it.each([
    ['+ 4', 4],
    ['- 3', -3],
    ['1 250', 1250],
  ])('%j reads as %d', (raw, v) => expect(parseNumber(raw, 'Value')).toEqual(value(v)));

  it('a decimal-comma form reads what can only be decimals, and nothing else', () => {
    const lenient = { decimal: ',' as const, lenient: true };
    expect(parseNumber('12.25', 'Value', lenient)).toEqual(value(12.25));
    expect(parseNumber('12345.678', 'Value', lenient)).toEqual(value(12345.678));
    expect(parseNumber('1.2345', 'Value', lenient)).toEqual(value(1.2345));
    expect(parseNumber('1.5x', 'Value', lenient)).toEqual({ ok: false, error: 'Value must be a number, like 7,5 or 1.250' });
    expect(parseNumber('1.5', 'Value', { decimal: '.', lenient: true })).toEqual(value(1.5));
  });
});

describe('money', () => {
  it.each([
    ['$1.2M', 1_200_000],
    ['€300', 300],
    ['300 €', 300],
    ['USD 1,250', 1250],
    ['1,250 EUR', 1250],
    ['£5k', 5000],
    ['-$1,250', -1250],
    ['−€3', -3],
    ['$4.1M', 4_100_000],
  ])('%j reads as %d', (raw, v) => expect(parseMoney(raw, 'Target')).toEqual(value(v)));
  it('"1.250 €" with a decimal comma is 1250', () => expect(parseMoney('1.250 €', 'Target', { decimal: ',' })).toEqual(value(1250)));
  it.each([
    ['USD300', 300],
    ['300EUR', 300],
    [' $5 ', 5],
    ['$ 5', 5],
  ])('%j reads as %d', (raw, v) => expect(parseMoney(raw, 'Target')).toEqual(value(v)));
  it.each(['1$000', '1USD000', '$$5', 'US 5'])('%j is not an amount', (raw) => expect(parseMoney(raw, 'Target').ok).toBe(false));
  it('empty is no amount', () => expect(parseMoney('  ', 'Target')).toEqual(value(null)));
  it('says what an amount looks like', () => {
    expect(parseMoney('lots', 'Target')).toEqual({ ok: false, error: 'Target must be an amount, like 250,000 or 1.2M' });
    expect(parseMoney('viel', 'Ziel', { decimal: ',' })).toEqual({ ok: false, error: 'Ziel must be an amount, like 250.000 or 1,2M' });
    expect(parseMoney('$1.2.3', 'Target').ok).toBe(false);
  });
});

describe('percentages', () => {
  it.each([
    ['15%', 15, true],
    ['15 %', 15, true],
    ['7.5', 7.5, false],
    ['0.24', 0.24, false],
    ['0.24%', 0.24, true],
  ])('%j reads as %d (explicit: %s)', (raw, v, explicit) => expect(parsePercent(raw, 'Rate')).toEqual(pct(v, explicit)));
  it('"7,5 %" with a decimal comma', () => expect(parsePercent('7,5 %', 'Rate', { decimal: ',' })).toEqual(pct(7.5, true)));
  it('empty is no value', () => expect(parsePercent('', 'Rate')).toEqual(value(null)));
  it('the sign goes at the end only', () => expect(parsePercent('%15', 'Rate').ok).toBe(false));
  it('" 15 % " reads', () => expect(parsePercent(' 15 % ', 'Rate')).toEqual(pct(15, true)));
  it.each([
    ['ten', 'Warning band must be a percentage, like 10% or 7.5'],
    ['%', 'Warning band must be a percentage, like 10% or 7.5'],
    ['15%%', 'Warning band must be a number, like 7.5 or 1,250'],
    ['7,5', 'Warning band must use "." for decimals, like 7.5 or 1,250'],
  ])('refuses %j: %s', (raw, error) => expect(parsePercent(raw, 'Warning band')).toEqual({ ok: false, error }));
  it('a decimal-comma user is told the same in their style', () => expect(parsePercent('zehn', 'Band', { decimal: ',' })).toEqual({ ok: false, error: 'Band must be a percentage, like 10% or 7,5' }));
});

describe('rates below 1 are never read silently', () => {
  const bare = (v: number) => ({ value: v, explicit: false });
  it('only a bare value strictly between 0 and 1 is ambiguous', () => {
    expect([0, 0.24, 1, 24].map((v) => isAmbiguousRate(bare(v)))).toEqual([false, true, false, false]);
    expect(isAmbiguousRate({ value: 0.24, explicit: true })).toBe(false);
  });
  it('read as fractions, 0.24 is 24%, 1 is 100%; a value above 1 is refused', () => {
    expect(readRate(bare(0.24), 'fraction', 'Value')).toEqual(value(24));
    expect(readRate(bare(0.071), 'fraction', 'Value')).toEqual(value(7.1));
    expect(readRate(bare(1), 'fraction', 'Value')).toEqual(value(100));
    expect(readRate(bare(24), 'fraction', 'Value')).toEqual({ ok: false, error: 'Value is 24, but rates are read as fractions (0–1) here: write 24% if that is what you mean' });
    expect(readRate({ value: 24, explicit: true }, 'fraction', 'Value')).toEqual(value(24));
  });
  it('read as percent points, 0.24 is 0.24%', () => expect(readRate(bare(0.24), 'percent', 'Value')).toEqual(value(0.24)));
  it('asked, 0.24 is refused with both readings spelled out; unambiguous values pass', () => {
    expect(readRate(bare(0.24), 'ask', 'Win rate')).toEqual({ ok: false, error: 'Win rate 0.24 is ambiguous: write 24% for a fraction of one, or 0.24% if you mean less than one percent' });
    expect(readRate(bare(24), 'ask', 'Win rate')).toEqual(value(24));
    expect(readRate({ value: 0.24, explicit: true }, 'ask', 'Win rate')).toEqual(value(0.24));
  });
  it('a whole paste is read one way: fractions when every bare rate is at most 1, points when all exceed 1, asked when mixed', () => {
    expect(detectRateReading([bare(0.24), bare(0.3), bare(0), bare(1)])).toBe('fraction');
    // A lone 1 is 1%, as typed in a field: only a value below 1 shows a text is in fractions.
    expect(detectRateReading([bare(1)])).toBe('percent');
    expect(detectRateReading([bare(1), bare(0)])).toBe('percent');
    expect(detectRateReading([bare(24), bare(30), bare(1)])).toBe('percent');
    expect(detectRateReading([bare(24), bare(0.3)])).toBe('ask');
    expect(detectRateReading([{ value: 0.3, explicit: true }, bare(24)])).toBe('percent');
    expect(detectRateReading([{ value: 24, explicit: true }, bare(0)])).toBe('percent');
    // A rate written with its "%" says nothing about how the bare ones are written.
    expect(detectRateReading([{ value: 0.5, explicit: true }, bare(0)])).toBe('percent');
    expect(detectRateReading([{ value: 0.5, explicit: true }, bare(24)])).toBe('percent');
    expect(detectRateReading([])).toBe('none');
  });
});

describe('a file\'s number style', () => {
  it('values that read only one way decide', () => {
    expect(detectDecimal(['1,5', '300', '2,25'], ',')).toEqual({ decimal: ',', chosenBy: 'values', conflict: null });
    expect(detectDecimal(['1.5', '1,250'], ';')).toEqual({ decimal: '.', chosenBy: 'values', conflict: null });
    expect(detectDecimal(['1.234,5 €', '12%'], ',')).toEqual({ decimal: ',', chosenBy: 'values', conflict: null });
  });
  it('the majority decides a mixed file', () => {
    expect(detectDecimal(['1,5', '2,5', '3.5'], ',')).toEqual({ decimal: ',', chosenBy: 'values', conflict: { point: 1, comma: 2 } });
    expect(detectDecimal(['1.5', '2.5', '3,5'], ';')).toEqual({ decimal: '.', chosenBy: 'values', conflict: { point: 2, comma: 1 } });
    // A tie is a conflict too; the usual rule picks the mark, and the preview says the values disagree.
    expect(detectDecimal(['0.24', '3,5', '1.234'], '\t')).toEqual({ decimal: '.', chosenBy: 'locale', conflict: { point: 1, comma: 1 } });
    expect(detectDecimal(['1,5'], '\t')).toEqual({ decimal: ',', chosenBy: 'values', conflict: null });
    expect(detectDecimal(['12,5 %', '', 'n/a'], '\t')).toEqual({ decimal: ',', chosenBy: 'values', conflict: null });
  });
  it('when no value decides, a semicolon file is read the European way, any other the way the user writes', () => {
    expect(detectDecimal(['1,250', '300'], ';')).toEqual({ decimal: ',', chosenBy: 'delimiter', conflict: null });
    expect(detectDecimal(['1,250', '300'], ',')).toEqual({ decimal: '.', chosenBy: 'locale', conflict: null });
    expect(detectDecimal(['1.250'], '\t', ',')).toEqual({ decimal: ',', chosenBy: 'locale', conflict: null });
    expect(detectDecimal([], '\t')).toEqual({ decimal: '.', chosenBy: 'locale', conflict: null });
  });
});
