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

export interface TeamComparison {
  /** The months every team reported, which the values cover (so a team with a month missing isn't "behind"). */
  months: string[];
  values: TeamValue[];
  /** Highest minus lowest. */
  gap: number;
}

const gapOf = (values: readonly TeamValue[]) => Math.max(...values.map((v) => v.value)) - Math.min(...values.map((v) => v.value));

/**
 * Each team's own figure for the months of a selection that every reporting team reported, when at
 * least two teams did and their figures differ; null otherwise.
 */
export function compareTeams(actuals: Actuals, metric: string, months: readonly string[]): TeamComparison | null {
  const teams = TEAMS.filter((team) => months.some((m) => actuals.direct(metric, m, team)));
  const common = months.filter((m) => teams.every((team) => actuals.direct(metric, m, team)));
  if (teams.length < 2 || !common.length) return null;
  const values = teams.map((team) => ({ team, value: actuals.forMonths(metric, common, team)!.value }));
  return new Set(values.map((v) => v.value)).size > 1 ? { months: common, values, gap: gapOf(values) } : null;
}

/** Every metric and period of the selection where the teams reported different values. */
export function teamDifferences(actuals: Actuals, metrics: readonly MetricDef[], periods: readonly string[]): TeamDifference[] {
  const out: TeamDifference[] = [];
  for (const m of metrics) {
    for (const period of periods) {
      const values = actuals.reports(m.key, period).map((s) => ({ team: s.team, value: s.value }));
      if (values.length < 2 || new Set(values.map((v) => v.value)).size < 2) continue;
      values.sort((a, b) => TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team));
      out.push({ metric: m.key, label: m.label, unit: m.unit, period, periodLabel: periodLabel(period), values, gap: gapOf(values) });
    }
  }
  return out;
}
