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

/** How many differences the dashboard lists: the largest, since a workshop talks about a handful. */
export const MAX_DIFFERENCES = 20;

/** A gap relative to the larger figure, so 30 vs 20 hours outranks 25% vs 22% and $1M vs $990K. */
const relativeGap = (d: TeamDifference) => d.gap / Math.max(...d.values.map((v) => Math.abs(v.value)));

/**
 * Where the teams reported different values for a metric and period of the selection: the largest
 * relative gaps first (ties in catalogue order), at most `limit`, with how many there are in all.
 */
export function teamDifferences(actuals: Actuals, metrics: readonly MetricDef[], periods: readonly string[], limit = MAX_DIFFERENCES): { shown: TeamDifference[]; total: number } {
  const all: TeamDifference[] = [];
  for (const m of metrics) {
    for (const period of periods) {
      const values = actuals.reports(m.key, period).map((s) => ({ team: s.team, value: s.value }));
      if (values.length < 2 || new Set(values.map((v) => v.value)).size < 2) continue;
      values.sort((a, b) => TEAMS.indexOf(a.team) - TEAMS.indexOf(b.team));
      all.push({ metric: m.key, label: m.label, unit: m.unit, period, periodLabel: periodLabel(period), values, gap: gapOf(values) });
    }
  }
  // Array sort is stable: equal gaps keep catalogue and period order.
  all.sort((a, b) => relativeGap(b) - relativeGap(a));
  return { shown: all.slice(0, limit), total: all.length };
}
