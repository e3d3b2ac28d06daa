import type { KpiSnapshotFields } from '../domain/kpi';
import type { MetricDef } from '../domain/metrics';
import type { Team } from '../domain/team';
import { monthsOfQuarter, parsePeriod } from './periods';

export interface Actual {
  value: number;
  /** Which team's number this is; "rollup" when added up from months. */
  source: Team | 'rollup';
}

/**
 * One place of truth for "what was the actual?": when both teams report a metric for a period, the
 * metric's system-of-record team wins, then a joint figure, then whoever reported it. A quarter with no
 * snapshot of its own rolls up from its months (sum or mean, as the metric says). Asked for one team,
 * the same rules apply to that team's snapshots alone, so the teams' views can be set side by side.
 */
export function createActuals<S extends KpiSnapshotFields>(snapshots: readonly S[], metrics: readonly MetricDef[]) {
  const byKey = new Map<string, S[]>();
  for (const s of snapshots) {
    const key = `${s.metric}|${s.period}`;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const defs = new Map(metrics.map((m) => [m.key, m]));

  function direct(metric: string, period: string, team?: Team): Actual | null {
    const found = byKey.get(`${metric}|${period}`);
    if (!found?.length) return null;
    if (team) {
      const own = found.find((s) => s.team === team);
      return own ? { value: own.value, source: team } : null;
    }
    const preferred = defs.get(metric)?.defaultTeam;
    const pick = found.find((s) => s.team === preferred) ?? found.find((s) => s.team === 'joint') ?? found[0]!;
    return { value: pick.value, source: pick.team };
  }

  function forMonths(metric: string, months: readonly string[], team?: Team): Actual | null {
    const values = months.map((m) => direct(metric, m, team)?.value).filter((v): v is number => v !== undefined);
    if (!values.length) return null;
    const sum = values.reduce((a, b) => a + b, 0);
    return { value: defs.get(metric)?.aggregation === 'mean' ? sum / values.length : sum, source: 'rollup' };
  }

  function forPeriod(metric: string, period: string, team?: Team): Actual | null {
    const own = direct(metric, period, team);
    if (own) return own;
    return parsePeriod(period)?.granularity === 'quarter' ? forMonths(metric, monthsOfQuarter(period), team) : null;
  }

  /** Every snapshot of a metric for one period, one per team. */
  const reports = (metric: string, period: string): readonly S[] => byKey.get(`${metric}|${period}`) ?? [];

  return { direct, forMonths, forPeriod, reports };
}

export type Actuals = ReturnType<typeof createActuals>;
