// Sales and marketing often count the same thing differently (Marketing 392 MQLs, Sales 371): the
// dashboard shows both numbers and the gap, not only the system-of-record figure.
import type { MetricDef, MetricUnit } from '../domain/metrics';
import { TEAMS, type Team } from '../domain/team';
import type { Actuals } from './actuals';
import { periodLabel } from './periods';

export interface TeamValue {
  team: Team;
  value: number;
}

export interface TeamDifference {
  metric: string;
  label: string;
  unit: MetricUnit;
  period: string;
  periodLabel: string;
  values: TeamValue[];
  /** Highest minus lowest of the teams' values. */
  gap: number;
}

/** Each team's own figure for a selection, when at least two teams reported and they differ; else []. */
export function teamValues(read: (team: Team) => number | null): TeamValue[] {
  const values = TEAMS.map((team) => ({ team, value: read(team) })).filter((v): v is TeamValue => v.value !== null);
  return values.length > 1 && new Set(values.map((v) => v.value)).size > 1 ? values : [];
}

/** Every metric and period of the selection where the teams reported different values. */
export function teamDifferences(actuals: Actuals, metrics: readonly MetricDef[], periods: readonly string[]): TeamDifference[] {
  const out: TeamDifference[] = [];
  for (const m of metrics) {
    for (const period of periods) {
      const values = actuals.reports(m.key, period).map((s) => ({ team: s.team, value: s.value }));
      if (values.length < 2 || new Set(values.map((v) => v.value)).size < 2) continue;
      values.sort((a, b) => TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team));
      const all = values.map((v) => v.value);
      out.push({ metric: m.key, label: m.label, unit: m.unit, period, periodLabel: periodLabel(period), values, gap: Math.max(...all) - Math.min(...all) });
    }
  }
  return out;
}
