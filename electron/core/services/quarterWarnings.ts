import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import { metricByKey, type MetricDef } from '../../../shared/domain/metrics';
import { formatByUnit } from '../../../shared/format';
import { createActuals } from '../../../shared/planning/actuals';
import { describeMismatch, quarterMismatch, quarterOfReport } from '../../../shared/planning/quarterMismatch';
import { snapshotKey } from './snapshotRules';

/**
 * For each snapshot just entered: whether its quarter, as the plan will hold it (`all`), has its own
 * figure and months that disagree, by the rule the dashboard shows (each period's counted figure).
 * Said at entry, so the dashboard's quarter note is never a surprise. Keyed by the entered snapshot's
 * key; each quarter and metric is said once.
 */
export function quarterWarnings(all: readonly KpiSnapshotFields[], entered: readonly KpiSnapshotFields[], catalogue: readonly MetricDef[], currency: string): Map<string, string> {
  const actuals = createActuals(all, catalogue);
  const said = new Set<string>();
  const out = new Map<string, string>();
  for (const s of entered) {
    const quarter = quarterOfReport(s.period);
    const metric = metricByKey(catalogue, s.metric);
    const once = `${s.metric}|${quarter}`;
    if (!quarter || !metric || said.has(once)) continue;
    const mismatch = quarterMismatch(actuals, metric, quarter);
    if (!mismatch) continue;
    said.add(once);
    out.set(snapshotKey(s), describeMismatch(mismatch, metric.label, (n) => formatByUnit(n, metric.unit, currency)));
  }
  return out;
}

/** The plan's snapshots with `incoming` in place of any stored one of the same metric, period and team. */
export function withIncoming(stored: readonly KpiSnapshotFields[], incoming: readonly KpiSnapshotFields[]): KpiSnapshotFields[] {
  const replaced = new Set(incoming.map(snapshotKey));
  return [...stored.filter((s) => !replaced.has(snapshotKey(s))), ...incoming];
}
