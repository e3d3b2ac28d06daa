// Period keys: "2027-01" (month), "2027-W03" (ISO week), "2027-Q1" (quarter). Fiscal years follow the
// calendar year (FY2027 = Jan–Dec 2027). All dates are UTC.
import { FISCAL_PERIOD_PATTERN } from '../domain/plan';

export type Granularity = 'week' | 'month' | 'quarter';
export interface PeriodRange {
  key: string;
  granularity: Granularity;
  start: Date;
  /** Exclusive. */
  end: Date;
}

const DAY = 86_400_000;
// Not Date.UTC: it reads years 0–99 as 1900–1999, so "0001-01" would be labelled Jan 1901.
const utc = (y: number, m: number, d = 1) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  return date;
};
const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const monthKey = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

/** Monday of ISO week 1 of `year`. */
function isoWeekOne(year: number): Date {
  const jan4 = utc(year, 0, 4);
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY);
}

export function weekKey(d: Date): string {
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - isoWeekOne(year).getTime()) / (7 * DAY)) + 1;
  return `${year}-W${pad(week)}`;
}

export function parsePeriod(key: string): PeriodRange | null {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return { key, granularity: 'month', start: utc(+m[1]!, +m[2]! - 1), end: utc(+m[1]!, +m[2]!) };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return { key, granularity: 'quarter', start: utc(+m[1]!, (+m[2]! - 1) * 3), end: utc(+m[1]!, +m[2]! * 3) };
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    const start = new Date(isoWeekOne(+m[1]!).getTime() + (+m[2]! - 1) * 7 * DAY);
    if (weekKey(start) !== key) return null; // no W00, and W53 only in years that have one
    return { key, granularity: 'week', start, end: new Date(start.getTime() + 7 * DAY) };
  }
  return null;
}

/** The months a plan covers: three for "FY2027 Q1", twelve for "FY2027". */
export function planRange(fiscalPeriod: string): { start: Date; end: Date; months: string[] } {
  const m = FISCAL_PERIOD_PATTERN.exec(fiscalPeriod);
  if (!m) throw new Error(`not a fiscal period: ${fiscalPeriod}`);
  const year = Number(m[1]);
  const firstMonth = m[2] ? (Number(m[2]) - 1) * 3 : 0;
  const count = m[2] ? 3 : 12;
  const months = Array.from({ length: count }, (_, i) => monthKey(utc(year, firstMonth + i)));
  return { start: utc(year, firstMonth), end: utc(year, firstMonth + count), months };
}

/** Every period of a granularity inside the plan (weeks: those whose Monday falls in it). */
export function planPeriods(fiscalPeriod: string, granularity: Granularity): string[] {
  const { start, end, months } = planRange(fiscalPeriod);
  if (granularity === 'month') return months;
  if (granularity === 'quarter') return [...new Set(months.map((mk) => quarterOf(mk)))];
  const firstMonday = new Date(start.getTime() + ((8 - start.getUTCDay()) % 7) * DAY);
  const weeks: string[] = [];
  for (let t = firstMonday.getTime(); t < end.getTime(); t += 7 * DAY) weeks.push(weekKey(new Date(t)));
  return weeks;
}

export const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

export function isInPlan(key: string, fiscalPeriod: string): boolean {
  const period = parsePeriod(key);
  if (!period) return false;
  return planPeriods(fiscalPeriod, period.granularity).includes(key);
}

/** How much of a period has passed at `now`: 0 before it starts, 1 once it has ended. */
export function elapsedFraction(period: { start: Date; end: Date }, now: Date): number {
  const f = (now.getTime() - period.start.getTime()) / (period.end.getTime() - period.start.getTime());
  return Math.min(1, Math.max(0, f));
}

export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  if (p.granularity === 'month') return `${MONTH_NAMES[p.start.getUTCMonth()]} ${p.start.getUTCFullYear()}`;
  if (p.granularity === 'quarter') return `Q${key.slice(-1)} ${key.slice(0, 4)}`;
  return `Week ${Number(key.slice(-2))}, ${key.slice(0, 4)} (from ${MONTH_NAMES[p.start.getUTCMonth()]} ${p.start.getUTCDate()})`;
}

export function shiftMonth(month: string, delta: number): string {
  const p = parsePeriod(month)!;
  return monthKey(utc(p.start.getUTCFullYear(), p.start.getUTCMonth() + delta));
}

/** The sub-periods of a coarser period that a value can be rolled up from (months of a quarter). */
export function monthsOfQuarter(quarter: string): string[] {
  const p = parsePeriod(quarter)!;
  return [0, 1, 2].map((i) => monthKey(utc(p.start.getUTCFullYear(), p.start.getUTCMonth() + i)));
}

/** "FY2026 Q4" for a date in Oct–Dec 2026. */
export const fiscalQuarterOf = (d: Date) => `FY${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}`;

/** The quarter after the one `d` is in ("FY2027 Q1" in Oct–Dec 2026): what a CRO plans next. UTC, as every date here. */
export function nextFiscalQuarter(d: Date): string {
  const q = Math.floor(d.getUTCMonth() / 3) + 2;
  return q > 4 ? `FY${d.getUTCFullYear() + 1} Q1` : `FY${d.getUTCFullYear()} Q${q}`;
}

/** Whether a period has begun at `now`: snapshots for periods that have not are stored but not counted. */
export const hasStarted = (key: string, now: Date) => (parsePeriod(key)?.start.getTime() ?? Infinity) <= now.getTime();

/** YYYY-MM-DD of an instant, in UTC. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
