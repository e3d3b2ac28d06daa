// Number formatting and forgiving number input, shared by tables, forms and (later) chart labels.

const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, compact: boolean) {
  const key = `${currency}:${compact}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: compact ? 1 : 0,
      notation: compact ? 'compact' : 'standard',
    });
    moneyFormats.set(key, f);
  }
  return f;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "—" for missing or non-finite values: NaN and Infinity never reach the screen. */
export function formatMoney(value: number | null | undefined, currency = 'USD', compact = false): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : moneyFormat(currency, compact).format(value);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : numberFormat.format(value);
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 };

export type Parsed = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * Reads what people type into number cells: "1,250,000", "$1.2M", "250k", "  42 ". Empty means "no value".
 * Never guesses at ambiguous input such as "1.2.3" or "12abc".
 */
export function parseAmount(raw: string): Parsed {
  const text = raw.trim().toLowerCase().replace(/^[$€£¥]|^(usd|eur|gbp)\s*/u, '').replace(/[,_\s]/g, '');
  if (text === '') return { ok: true, value: null };
  const m = /^(-?\d+(?:\.\d+)?|-?\.\d+)(k|m|bn|b)?$/.exec(text);
  if (!m) return { ok: false, error: 'must be a number, like 250000, 250k or 1.2M' };
  const value = Number(m[1]) * (m[2] ? SUFFIX[m[2]]! : 1);
  return Number.isFinite(value) ? { ok: true, value: Math.round(value * 100) / 100 } : { ok: false, error: 'is too large' };
}

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A metric value in its unit: "1,250", "$1.3M", "92.5%", "18.4 h"; "—" when missing. */
export function formatByUnit(value: number | null | undefined, unit: 'count' | 'money' | 'percent' | 'hours', currency = 'USD', compact = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'money') return formatMoney(value, currency, compact);
  if (unit === 'percent') return `${oneDecimal.format(value)}%`;
  if (unit === 'hours') return `${oneDecimal.format(value)} h`;
  return compact && Math.abs(value) >= 10_000 ? new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value) : formatNumber(Math.round(value));
}

/** "53%" for a 0..1 share; "—" when missing. */
export const formatShare = (share: number | null | undefined) => (share === null || share === undefined || !Number.isFinite(share) ? '—' : `${Math.round(share * 100)}%`);
