// A quarter can be reported twice: as its own figure ("Q1: 500 MQLs") and as its months (415 + 402).
// The quarter's own figure is the one a quarter view counts; when the months add up to something else,
// that is said where the number is entered and where it is shown, never resolved silently.
import type { MetricDef } from '../domain/metrics';
import type { Team } from '../domain/team';
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
 * The quarter's own figure against its reported months, for metrics that add up (a quarter's rate is
 * not the mean of its months' rates, so rates are not compared). Null when they agree or one is missing.
 */
export function quarterMismatch(actuals: Actuals, metric: MetricDef, quarter: string, team?: Team): QuarterMismatch | null {
  if (metric.aggregation !== 'sum') return null;
  const reported = actuals.direct(metric.key, quarter, team);
  if (!reported) return null;
  const months = monthsOfQuarter(quarter).flatMap((period) => {
    const actual = actuals.direct(metric.key, period, team);
    return actual ? [{ period, value: actual.value }] : [];
  });
  if (!months.length) return null;
  const monthsTotal = months.reduce((s, m) => s + m.value, 0);
  return Math.abs(monthsTotal - reported.value) < 1e-9 ? null : { metric: metric.key, quarter, reported: reported.value, months, monthsTotal };
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
