// A quarter can be reported twice: as its own figure ("Q1: 500 MQLs") and as its months (415 + 402).
// The quarter's own figure is the one a quarter view counts; when the months add up to something else,
// that is said where the number is entered and where it is shown, never resolved silently.
import type { MetricDef } from '../domain/metrics';
import type { Actuals } from './actuals';
import { monthsOfQuarter, parsePeriod, periodLabel, quarterOf } from './periods';

export interface QuarterMismatch {
  metric: string;
  quarter: string;
  /** The quarter's own figure, which quarter views count. */
  reported: number;
  /** The months of it that were reported, and what they add up to. */
  months: { period: string; value: number }[];
  monthsTotal: number;
}

/**
 * The quarter's own figure against its months, each period's counted figure (the system of record's,
 * as the dashboard counts it), for metrics that add up: a quarter's rate is not the mean of its months'
 * rates, so rates are not compared. They disagree when all three months are in and add up to something
 * else, or when the months in so far already exceed the quarter. Months still to come are no conflict.
 */
export function quarterMismatch(actuals: Actuals, metric: MetricDef, quarter: string): QuarterMismatch | null {
  if (metric.aggregation !== 'sum') return null;
  const reported = actuals.direct(metric.key, quarter);
  if (!reported) return null;
  const all = monthsOfQuarter(quarter);
  const months = all.flatMap((period) => {
    const actual = actuals.direct(metric.key, period);
    return actual ? [{ period, value: actual.value }] : [];
  });
  const monthsTotal = months.reduce((s, m) => s + m.value, 0);
  const complete = months.length === all.length;
  const disagree = complete ? Math.abs(monthsTotal - reported.value) > 1e-9 : monthsTotal > reported.value + 1e-9;
  return disagree ? { metric: metric.key, quarter, reported: reported.value, months, monthsTotal } : null;
}

/** The quarter a snapshot's period belongs to, for the comparison above; null for weeks. */
export function quarterOfReport(period: string): string | null {
  const range = parsePeriod(period);
  if (!range || range.granularity === 'week') return null;
  return range.granularity === 'quarter' ? period : quarterOf(period);
}

/** "Q1 2027 MQLs: the quarter's own figure is 500, its months add up to 817 (Jan 2027 415 + Feb 2027 402)." */
export function describeMismatch(m: QuarterMismatch, label: string, format: (n: number) => string): string {
  const parts = m.months.map((x) => `${periodLabel(x.period)} ${format(x.value)}`).join(' + ');
  return `${periodLabel(m.quarter)} ${label}: the quarter's own figure is ${format(m.reported)}, its months add up to ${format(m.monthsTotal)} (${parts}). Quarter views count ${format(m.reported)}; each month counts its own.`;
}
