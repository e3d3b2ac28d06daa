import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import { metricByKey, type MetricDef } from '../../../shared/domain/metrics';
import { monthKey, parsePeriod, periodLabel } from '../../../shared/planning/periods';
import { snapshotKey } from './snapshotRules';

/**
 * Weekly figures feed weekly SLAs only: the cards, the funnel and monthly SLAs count months and
 * quarters, since weeks straddle them. A weekly figure of a metric no weekly SLA reads would be stored
 * and then counted nowhere, so entering one says so, once per metric, on its first weekly row.
 */
export function weeklyWarnings(entered: readonly KpiSnapshotFields[], catalogue: readonly MetricDef[], weeklySlaMetrics: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  const said = new Set<string>();
  for (const s of entered) {
    const range = parsePeriod(s.period);
    if (range?.granularity !== 'week' || weeklySlaMetrics.has(s.metric) || said.has(s.metric)) continue;
    said.add(s.metric);
    const label = metricByKey(catalogue, s.metric)?.label ?? s.metric;
    out.set(
      snapshotKey(s),
      `${label} for ${periodLabel(s.period)}: weekly figures count only for weekly SLAs, and no SLA on ${label} is weekly. The cards, the funnel and monthly SLAs count months and quarters: enter ${periodLabel(monthKey(range.start))} as a month too.`,
    );
  }
  return out;
}
