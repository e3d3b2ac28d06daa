import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import { metricByKey, type MetricDef } from '../../../shared/domain/metrics';
import { hasStarted, periodLabel, planPeriods } from '../../../shared/planning/periods';
import type { FieldIssue } from '../../../shared/result';

export const snapshotKey = (s: { metric: string; period: string; team: string }) => `${s.metric}|${s.period}|${s.team}`;

/** The plan's periods of every granularity, computed once per request rather than once per row. */
export function planPeriodSet(fiscalPeriod: string): Set<string> {
  return new Set([...planPeriods(fiscalPeriod, 'month'), ...planPeriods(fiscalPeriod, 'week'), ...planPeriods(fiscalPeriod, 'quarter')]);
}

export interface PlanRules {
  fiscalPeriod: string;
  periods: Set<string>;
  catalogue: readonly MetricDef[];
}

/** Checks one snapshot against what only the plan knows: its catalogue and its periods. */
export function snapshotIssues(s: KpiSnapshotFields, plan: PlanRules, prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const metric = metricByKey(plan.catalogue, s.metric);
  if (!metric) issues.push({ path: `${prefix}metric`, message: `Metric "${s.metric}" is not in this plan (add it as a custom metric first)` });
  if (!plan.periods.has(s.period)) {
    const [month, week] = [planPeriods(plan.fiscalPeriod, 'month')[0], planPeriods(plan.fiscalPeriod, 'week')[0]];
    issues.push({ path: `${prefix}period`, message: `Period ${periodLabel(s.period)} is not in ${plan.fiscalPeriod} (use a month such as ${periodLabel(month!)}, a week such as ${week}, or a quarter)` });
  }
  if (metric?.unit === 'percent' && (s.value < 0 || s.value > 100)) issues.push({ path: `${prefix}value`, message: 'Value must be between 0% and 100% (a percentage)' });
  else if (metric && s.value < 0) issues.push({ path: `${prefix}value`, message: 'Value must not be negative' });
  else if (metric?.unit === 'count' && !Number.isInteger(s.value)) issues.push({ path: `${prefix}value`, message: `Value must be a whole number (the metric “${metric.label}” is a count)` });
  return issues;
}

/**
 * Issues for a batch, including rows that repeat another row of the same batch. `rowNumber` is how the
 * user counts rows: from 1 in a list, by spreadsheet row in an imported file.
 */
export function batchIssues(
  rows: readonly KpiSnapshotFields[],
  plan: PlanRules,
  path = (i: number) => `snapshots.${i}.`,
  rowNumber = (i: number) => i + 1,
): FieldIssue[] {
  const seen = new Map<string, number>();
  return rows.flatMap((s, i) => {
    const issues = snapshotIssues(s, plan, path(i));
    const first = seen.get(snapshotKey(s));
    if (first !== undefined) issues.push({ path: path(i).replace(/\.$/, ''), message: `Repeats row ${rowNumber(first)} (same metric, period and team)` });
    else seen.set(snapshotKey(s), i);
    return issues;
  });
}

/** Saved but not counted yet: said when the snapshot is entered, not discovered later on the dashboard. */
export function notStartedWarning(period: string, now: Date): string | null {
  if (hasStarted(period, now)) return null;
  return `${periodLabel(period)} has not started yet (today is ${now.toISOString().slice(0, 10)}): the value is stored but not counted until it starts.`;
}
