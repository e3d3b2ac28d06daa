// The planner's numbers that an SLA's target can come from. An SLA keeps the link: either it follows
// the primary scenario, or it keeps its own target and shows how far the plan has moved from it.
import { reverseFunnel, type FunnelPlan, type TargetAssumptions } from './funnel';
import { monthKey, parsePeriod, planPeriods, planRange, type Granularity } from './periods';

export const PLAN_FIGURES = ['mqls', 'mql_to_sql_rate', 'follow_up_hours', 'follow_up_coverage'] as const;
export type PlanFigure = (typeof PLAN_FIGURES)[number];

export const PLAN_FIGURE_INFO: Record<PlanFigure, { label: string; metric: string }> = {
  mqls: { label: 'MQLs the plan needs', metric: 'mqls' },
  mql_to_sql_rate: { label: 'MQL→SQL rate the plan assumes', metric: 'mql_to_sql_rate' },
  follow_up_hours: { label: 'follow-up time the plan assumes', metric: 'median_follow_up_hours' },
  follow_up_coverage: { label: 'follow-up coverage the plan assumes', metric: 'follow_up_coverage' },
};

/** The primary scenario and what it implies for the plan's months. */
export interface PlanBasis {
  fiscalPeriod: string;
  assumptions: TargetAssumptions;
  funnel: FunnelPlan;
}

export const planBasis = (fiscalPeriod: string, assumptions: TargetAssumptions): PlanBasis => ({
  fiscalPeriod,
  assumptions,
  funnel: reverseFunnel(assumptions, planRange(fiscalPeriod).months),
});

const DAY = 86_400_000;
// 137.0000001 from float error is 137, not 138.
const ceil = (x: number) => Math.max(0, Math.ceil(x - 1e-9));
const daysIn = (monthStart: Date) => (parsePeriod(monthKey(monthStart))!.end.getTime() - monthStart.getTime()) / DAY;

/**
 * MQLs the plan needs in a period: a month's own figure; a quarter's months added up; a week at the
 * daily rate of the months its days fall in. A week at the plan's edge (Mar 29 – Apr 4) is held to a
 * whole week at the rate of its days inside the plan, since its actuals cover all seven days.
 */
function mqlsIn(basis: PlanBasis, period: string): number | null {
  const range = parsePeriod(period);
  if (!range) return null;
  const byMonth = new Map(basis.funnel.months.map((m) => [m.period, m.mqls]));
  if (range.granularity === 'month') return byMonth.get(period) ?? null;
  let total = 0;
  let days = 0;
  for (let t = range.start.getTime(); t < range.end.getTime(); t += DAY) {
    const day = new Date(t);
    const mqls = byMonth.get(monthKey(day));
    if (mqls === undefined) continue;
    days++;
    day.setUTCDate(1);
    total += mqls / daysIn(day);
  }
  if (!days) return null;
  return range.granularity === 'quarter' ? Math.round(total) : ceil((total * 7) / days);
}

/** The plan's number for `figure` in one period of the plan; null when the period is outside it. */
export function planFigureFor(figure: PlanFigure, basis: PlanBasis, period: string): number | null {
  switch (figure) {
    case 'mqls':
      return mqlsIn(basis, period);
    case 'mql_to_sql_rate':
      return basis.assumptions.mqlToSqlRate;
    case 'follow_up_hours':
      return basis.assumptions.followUpHours;
    case 'follow_up_coverage':
      return basis.assumptions.followUpCoverage;
  }
}

/**
 * The one number an SLA states ("at least 138 MQLs per month"): the busiest period's, so the stated
 * target covers every period. Each period is still judged against its own planned figure.
 */
export function planFigureHeadline(figure: PlanFigure, basis: PlanBasis, granularity: Granularity): number {
  return planFigureRange(figure, basis, granularity).max;
}

/** The lowest and highest of the plan's figures across its periods: what an SLA that follows it is held to. */
export function planFigureRange(figure: PlanFigure, basis: PlanBasis, granularity: Granularity): { min: number; max: number } {
  // Every period planPeriods lists lies at least partly in the plan, so each has a figure.
  const values = planPeriods(basis.fiscalPeriod, granularity).map((p) => planFigureFor(figure, basis, p)!);
  return { min: Math.max(0, Math.min(...values)), max: Math.max(0, ...values) };
}
