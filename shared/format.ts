// Number formatting for tables, cards, charts and form fields. The renderer sets the user's locale once
// at start (setNumberLocale); the core formats in en-US. What a field shows, shared/parse reads back.
import type { DecimalMark } from './parse/number';

let locale = 'en-US';
const formats = new Map<string, Intl.NumberFormat>();

function format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** The locale every number is shown and typed in. Unknown locales fall back to en-US. */
export function setNumberLocale(next: string | undefined): void {
  try {
    locale = next ? Intl.NumberFormat.supportedLocalesOf(next)[0] ?? 'en-US' : 'en-US';
  } catch {
    locale = 'en-US';
  }
}

/** "." for en-US, "," for de-DE: what form fields read decimals by. */
export function decimalMark(): DecimalMark {
  return format({}).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
}

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || !Number.isFinite(value);

/** "—" for missing or non-finite values: NaN and Infinity never reach the screen. */
export function formatMoney(value: number | null | undefined, currency = 'USD', compact = false): string {
  if (missing(value)) return '—';
  // Three significant digits: "$1.05M", not "$1.1M" beside a pace worked out from $1,052,000.
  if (compact) return format({ style: 'currency', currency, maximumSignificantDigits: 3, notation: 'compact' }).format(value);
  // Whole amounts without cents; an amount entered with cents shows them, so nothing looks rounded away.
  const cents = Number.isInteger(value) ? 0 : 2;
  return format({ style: 'currency', currency, minimumFractionDigits: cents, maximumFractionDigits: cents }).format(value);
}

export function formatNumber(value: number | null | undefined): string {
  return missing(value) ? '—' : format({ maximumFractionDigits: 0 }).format(value);
}

/** A percentage stored 0–100: "24%", "7.5%". */
export function formatPercent(value: number | null | undefined): string {
  return missing(value) ? '—' : `${format({ maximumFractionDigits: 1 }).format(value)}%`;
}

/** A metric value in its unit: "1,250", "$1.3M", "92.5%", "18.4 h"; "—" when missing. */
export function formatByUnit(value: number | null | undefined, unit: 'count' | 'money' | 'percent' | 'hours', currency = 'USD', compact = false): string {
  if (missing(value)) return '—';
  if (unit === 'money') return formatMoney(value, currency, compact);
  if (unit === 'percent') return formatPercent(value);
  if (unit === 'hours') return `${format({ maximumFractionDigits: 1 }).format(value)} h`;
  if (compact && Math.abs(value) >= 10_000) return format({ notation: 'compact', maximumSignificantDigits: 3 }).format(value);
  // Counts are whole (snapshots are refused otherwise); a mean of counts shows one decimal.
  return Number.isInteger(value) ? formatNumber(value) : format({ maximumFractionDigits: 1 }).format(value);
}

/**
 * What an editable field shows for a stored value: every digit kept (no rounding behind the user's
 * back), grouped for money and counts, in the user's locale. shared/parse reads it back exactly.
 */
export function formatForInput(value: number | null | undefined, grouped = true): string {
  return missing(value) ? '' : format({ maximumFractionDigits: 10, useGrouping: grouped }).format(value);
}

/** An editable value in its unit: money grouped, and a percentage below 1 with its "%" so it reads back as itself. */
export function formatInputInUnit(value: number | null | undefined, unit: 'count' | 'money' | 'percent' | 'hours' | 'days'): string {
  const text = formatForInput(value, unit === 'money' || unit === 'count');
  return unit === 'percent' && value !== null && value !== undefined && value > 0 && value < 1 ? `${text}%` : text;
}

/** "1 account", "2,000 accounts": a count with its noun agreeing. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

const DAY_MS = 86_400_000;

/** How long ago a moment was, in days as a standup reads it: "today", "yesterday", "3 days ago", "on 2026-10-02". */
export function formatAge(at: string, now: Date): string {
  const days = Math.floor((Date.parse(now.toISOString().slice(0, 10)) - Date.parse(at.slice(0, 10))) / DAY_MS);
  if (!Number.isFinite(days)) return '';
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return `on ${at.slice(0, 10)}`;
}
