import { parseMoney, parseNumber, parsePercent, readRate, type NumberOptions, type Parsed } from './number';

/** What a typed value measures: the metric units, and the planner's days. */
export type InputUnit = 'count' | 'money' | 'percent' | 'hours' | 'days';

/**
 * A value typed into a field or cell, in its unit. A bare rate below 1 ("0.24") is refused with both
 * readings spelled out: one person typing one value can always add the "%" or write 24.
 */
export function readInUnit(text: string, unit: InputUnit, field: string, options: NumberOptions = {}): Parsed<number | null> {
  if (unit === 'money') return parseMoney(text, field, options);
  if (unit !== 'percent') return parseNumber(text, field, options);
  const p = parsePercent(text, field, options);
  if (!p.ok || p.value === null) return p.ok ? { ok: true, value: null } : p;
  return readRate(p.value, 'ask', field);
}
