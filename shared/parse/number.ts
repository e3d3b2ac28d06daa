// The one reader of numbers people type or paste: form fields, grid cells, pasted rows and CSV files.
// Every caller names the field, so a refusal says where: "Warning band must be a percentage, like 10%".

/** Which mark separates decimals: "7.5" (en-US) or "7,5" (de-DE, fr-FR, most CSVs with semicolons). */
export type DecimalMark = '.' | ',';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface NumberOptions {
  decimal?: DecimalMark;
  /**
   * Forms are lenient where there is only one reading: with a decimal comma, "7.5" can't be a thousands
   * group, so it is 7.5. Files are read strictly in the style detected for the whole file.
   */
  lenient?: boolean;
}

/** Powers of ten the suffixes stand for: "250k", "1.2M", "3mm" (finance's million), "1.5bn". */
const SUFFIX: Record<string, number> = { k: 3, m: 6, mm: 6, b: 9, bn: 9 };
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212]/;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

function example(decimal: DecimalMark): string {
  return decimal === '.' ? '7.5 or 1,250' : '7,5 or 1.250';
}

// Thousands are grouped by threes with one kind of separator throughout ("1,250,000", "1 250 000"),
// or the Indian way, lakhs and crores in twos before the last three ("15,00,000").
const styleOf = (group: string, decimal: string) =>
  new RegExp(
    `^(?<whole>\\d{1,3}(?<sep>${group})\\d{3}(?:\\k<sep>\\d{3})*|\\d{1,2}(?<isep>${group})(?:\\d{2}\\k<isep>)*\\d{3}|\\d*)(?:${decimal}(?<fraction>\\d*))?$`,
  );
// Swiss grouping is an apostrophe, typed ' and formatted ’ by newer ICU data.
const DOT_STYLE = styleOf("[,'\u2019 _]", '\\.');
const COMMA_STYLE = styleOf("[.'\u2019 _]", ',');

interface Digits {
  whole: string;
  fraction: string;
}

/** Digits with optional grouping and decimals, in one style; null when the text isn't written that way. */
function readDigits(text: string, decimal: DecimalMark): Digits | null {
  const m = (decimal === '.' ? DOT_STYLE : COMMA_STYLE).exec(text);
  if (!m?.groups) return null;
  const whole = (m.groups.whole ?? '').replace(/\D/g, '');
  const fraction = m.groups.fraction ?? '';
  return whole || fraction ? { whole, fraction } : null;
}

/** The exact value of digits times 10^shift: "4.1" with "M" is "4100000", never 4099999.9999999995. */
function valueOf(d: Digits, shift: number): number {
  const fraction = d.fraction.padEnd(shift, '0');
  return Number(`${d.whole || '0'}${fraction.slice(0, shift)}.${fraction.slice(shift) || '0'}`);
}

/**
 * A plain number: "1,250,000", "7.5", "-3", "250k", "1.2M"; with a decimal comma "1.250.000", "7,5",
 * "1,2M". Empty text is null: whether that is allowed is the caller's rule.
 */
export function parseNumber(raw: string, field: string, options: NumberOptions = {}): Parsed<number | null> {
  const decimal = options.decimal ?? '.';
  const compact = raw.trim().replace(SPACES, ' ');
  if (compact === '') return ok(null);
  const negative = MINUS.test(compact);
  const unsigned = compact.replace(MINUS, '').replace(/^\+/, '').trim();
  const m = /^(.*?)\s?(k|mm|m|bn|b)?$/i.exec(unsigned)!;
  const body = m[1]!;
  const shift = m[2] ? SUFFIX[m[2].toLowerCase()]! : 0;
  let digits = readDigits(body, decimal);
  // With a decimal comma, "7.5" can't be a thousands group: a form reads it as 7.5.
  if (!digits && options.lenient && decimal === ',' && /^\d+\.\d+$/.test(body) && !/^\d{1,3}\.\d{3}$/.test(body)) digits = readDigits(body, '.');
  if (!digits) {
    const other: DecimalMark = decimal === '.' ? ',' : '.';
    if (readDigits(body, other)) return fail(`${field} must use "${decimal}" for decimals, like ${example(decimal)}`);
    return fail(`${field} must be a number, like ${example(decimal)}`);
  }
  const value = valueOf(digits, shift);
  const result = negative ? -value : value;
  return Number.isFinite(result) ? ok(result === 0 ? 0 : result) : fail(`${field} is too large`);
}

const CURRENCY_SYMBOL = /^[$€£¥]|[$€£¥]$/u;
const CURRENCY_CODE = /^[A-Z]{3}\s?|\s?[A-Z]{3}$/;

/** Money as people write it: "$1.2M", "-$1,250", "USD 300", "1.250 €" (the currency itself is the plan's). */
export function parseMoney(raw: string, field: string, options: NumberOptions = {}): Parsed<number | null> {
  const text = raw.trim();
  const sign = MINUS.test(text) ? '-' : '';
  const bare = sign + text.replace(MINUS, '').trim().replace(CURRENCY_SYMBOL, '').replace(CURRENCY_CODE, '');
  const parsed = parseNumber(bare, field, options);
  if (!parsed.ok && !/\d/.test(bare)) return fail(`${field} must be an amount, like ${options.decimal === ',' ? '250.000 or 1,2M' : '250,000 or 1.2M'}`);
  return parsed;
}

export interface PercentValue {
  /** 0–100, as Tandem stores every percentage. */
  value: number;
  /** "24%" says it outright; a bare "0.24" may be a fraction (24%) or 0.24%: see `readRate`. */
  explicit: boolean;
}

/** "15%", "7.5", "7,5 %" (decimal comma). A bare number is read as percent points (15 = 15%). */
export function parsePercent(raw: string, field: string, options: NumberOptions = {}): Parsed<PercentValue | null> {
  const text = raw;
  const explicit = /%\s*$/.test(text);
  const parsed = parseNumber(text.replace(/\s*%\s*$/, ''), field, options);
  if (!parsed.ok || (explicit && parsed.value === null)) {
    return /\d/.test(text) && !parsed.ok ? parsed : fail(`${field} must be a percentage, like ${options.decimal === ',' ? '10% or 7,5' : '10% or 7.5'}`);
  }
  return ok(parsed.value === null ? null : { value: parsed.value, explicit });
}

/**
 * How a bare rate below 1 is read. "fraction": 0.24 is 24% (spreadsheets store rates that way).
 * "percent": 0.24 is 0.24%. "ask": refuse it and say both readings, so nothing is guessed silently.
 */
export type RateReading = 'fraction' | 'percent' | 'ask';

/** True when a bare rate could mean two things (0 < x < 1 without a "%"). */
export const isAmbiguousRate = (p: PercentValue) => !p.explicit && p.value > 0 && p.value < 1;

/** A rate for storage (0–100) under a reading; an error when the reading is "ask" and the value is ambiguous. */
export function readRate(p: PercentValue, reading: RateReading, field: string): Parsed<number> {
  if (reading === 'fraction' && !p.explicit) {
    if (p.value > 1) return fail(`${field} is ${p.value}, but rates are read as fractions (0–1) here: write ${p.value}% if that is what you mean`);
    return ok(Math.round(p.value * 100 * 1e9) / 1e9);
  }
  if (reading === 'ask' && isAmbiguousRate(p)) {
    return fail(`${field} ${p.value} is ambiguous: write ${Math.round(p.value * 1e4) / 1e2}% for a fraction of one, or ${p.value}% if you mean less than one percent`);
  }
  return ok(p.value);
}
