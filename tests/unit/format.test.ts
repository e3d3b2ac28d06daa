import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, parseAmount } from '../../shared/format';

describe('parseAmount', () => {
  it.each([
    ['1,250,000', 1_250_000],
    ['$1.2M', 1_200_000],
    ['250k', 250_000],
    [' 42 ', 42],
    ['1.5bn', 1_500_000_000],
    ['EUR 300', 300],
    ['0', 0],
  ])('%j -> %d', (raw, value) => expect(parseAmount(raw)).toEqual({ ok: true, value }));

  it('treats empty as no value', () => expect(parseAmount('   ')).toEqual({ ok: true, value: null }));

  it.each(['1.2.3', '12abc', 'k', '=1+1', 'NaN', 'Infinity'])('rejects %j with a message', (raw) => {
    const result = parseAmount(raw);
    expect(result.ok).toBe(false);
  });
});

describe('formatting never shows NaN or Infinity', () => {
  it.each([NaN, Infinity, -Infinity, null, undefined])('%s -> —', (v) => {
    expect(formatMoney(v, 'USD')).toBe('—');
    expect(formatNumber(v)).toBe('—');
  });
  it('formats money plainly and compactly', () => {
    expect(formatMoney(1_250_000, 'USD')).toBe('$1,250,000');
    expect(formatMoney(1_250_000, 'EUR', true)).toBe('€1.3M');
  });
});
