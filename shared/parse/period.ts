// The one reader of periods: every label the app shows ("Jan 2027", "Q1 2027", "Week 5, 2027 (from
// Feb 1)") and the keys it stores ("2027-01", "2027-Q1", "2027-W05") read back to the same key.
import { parsePeriod } from '../planning/periods';
import type { Parsed } from './number';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

/** 0–11 for "Jan", "jan.", "January", "Sept"; -1 for anything else. */
function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTH_NAMES.findIndex((name) => name.startsWith(w));
}

type Reader = (m: RegExpExecArray) => string | null;
const READERS: [RegExp, Reader][] = [
  [/^(\d{4})[-/.](\d{1,2})$/, (m) => `${m[1]}-${pad(+m[2]!)}`],
  [/^(\d{1,2})[-/.](\d{4})$/, (m) => `${m[2]}-${pad(+m[1]!)}`],
  [/^([a-z]+\.?)[\s,-]+(\d{4})$/i, (m) => (monthIndex(m[1]!) >= 0 ? `${m[2]}-${pad(monthIndex(m[1]!) + 1)}` : null)],
  [/^(?:fy\s?)?(\d{4})[\s-]*q([1-4])$/i, (m) => `${m[1]}-Q${m[2]}`],
  [/^q([1-4])[\s/-]*(?:fy\s?)?(\d{4})$/i, (m) => `${m[2]}-Q${m[1]}`],
  [/^(\d{4})[\s-]*w(\d{1,2})$/i, (m) => `${m[1]}-W${pad(+m[2]!)}`],
  [/^w(\d{1,2})[\s/-]*(\d{4})$/i, (m) => `${m[2]}-W${pad(+m[1]!)}`],
  [/^week\s+(\d{1,2}),?\s+(\d{4})(?:\s*\(from [a-z]{3} \d{1,2}\))?$/i, (m) => `${m[2]}-W${pad(+m[1]!)}`],
];

export const PERIOD_EXAMPLES = 'Jan 2027, 2027-01, Q1 2027 or W05 2027';

/** A period key ("2027-01", "2027-Q1", "2027-W05") from any way the app writes one; null if none. */
export function periodKeyOf(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  for (const [pattern, read] of READERS) {
    const m = pattern.exec(text);
    const key = m ? read(m) : null;
    if (key && parsePeriod(key)) return key;
  }
  return null;
}

export function parsePeriodText(raw: string, field: string): Parsed<string | null> {
  if (raw.trim() === '') return { ok: true, value: null };
  const key = periodKeyOf(raw);
  return key ? { ok: true, value: key } : { ok: false, error: `${field} must be a period, like ${PERIOD_EXAMPLES}` };
}
