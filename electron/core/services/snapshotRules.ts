import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import { metricByKey, type MetricDef } from '../../../shared/domain/metrics';
import { isInPlan, planPeriods } from '../../../shared/planning/periods';
import type { FieldIssue } from '../../../shared/result';

const snapshotKey = (s: { metric: string; period: string; team: string }) => `${s.metric}|${s.period}|${s.team}`;
export { snapshotKey };

/** Checks one snapshot against what only the plan knows: its catalogue and its periods. */
export function snapshotIssues(s: KpiSnapshotFields, fiscalPeriod: string, catalogue: readonly MetricDef[], prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const metric = metricByKey(catalogue, s.metric);
  if (!metric) issues.push({ path: `${prefix}metric`, message: `"${s.metric}" is not a metric of this plan (add it as a custom metric first)` });
  if (!isInPlan(s.period, fiscalPeriod)) {
    const months = planPeriods(fiscalPeriod, 'month');
    issues.push({ path: `${prefix}period`, message: `"${s.period}" is not a period of ${fiscalPeriod} (use a month such as ${months[0]}, a week such as ${planPeriods(fiscalPeriod, 'week')[0]}, or a quarter)` });
  }
  if (metric?.unit === 'percent' && (s.value < 0 || s.value > 100)) issues.push({ path: `${prefix}value`, message: 'must be between 0 and 100 (a percentage)' });
  else if (metric && s.value < 0) issues.push({ path: `${prefix}value`, message: 'must not be negative' });
  return issues;
}

/** Issues for a batch, including rows that repeat another row of the same batch. */
export function batchIssues(rows: readonly KpiSnapshotFields[], fiscalPeriod: string, catalogue: readonly MetricDef[], path = (i: number) => `snapshots.${i}.`): FieldIssue[] {
  const seen = new Map<string, number>();
  return rows.flatMap((s, i) => {
    const issues = snapshotIssues(s, fiscalPeriod, catalogue, path(i));
    const first = seen.get(snapshotKey(s));
    if (first !== undefined) issues.push({ path: path(i).replace(/\.$/, ''), message: `repeats row ${first + 1} (same metric, period and team)` });
    else seen.set(snapshotKey(s), i);
    return issues;
  });
}
