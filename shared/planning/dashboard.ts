import type { BudgetLine } from '../domain/budget';
import type { KpiSnapshot } from '../domain/kpi';
import { metricByKey, type MetricDef, type MetricUnit } from '../domain/metrics';
import type { Sla } from '../domain/sla';
import { createActuals, type Actuals } from './actuals';
import { alignmentScore, type AlignmentScore } from './alignment';
import { budgetCard, type BudgetCard } from './budgetPace';
import { cycleMonthsOf, type FunnelStep, type TargetAssumptions } from './funnel';
import { elapsedFraction, hasStarted, monthKey, monthsOfQuarter, parsePeriod, periodLabel, planPeriods, planRange, quarterOf } from './periods';
import { planBasis } from './planFigures';
import { quarterMismatch, type QuarterMismatch } from './quarterMismatch';
import { scorecardRow, type ScorecardRow } from './scorecard';
import { wholeUp } from './slaStatus';
import { compareTeams, teamDifferences, type TeamComparison, type TeamDifference } from './teamViews';
import { countOf } from '../format';

export type { ScorecardRow } from './scorecard';

export interface TargetCard {
  metric: string;
  label: string;
  unit: MetricUnit;
  planned: number;
  /** Where we should be by today. */
  paced: number;
  actual: number | null;
  /** Each team's own figure where the teams reported different ones (the actual is the system of record's). */
  byTeam: TeamComparison | null;
  /** Quarters of the selection whose own figure differs from their months: the card counts the quarter's. */
  mismatches: QuarterMismatch[];
  /** How the planned figure is read, where that is not obvious. */
  basisNote: string | null;
}

/**
 * The planner dates pipeline by when it must exist (a sales cycle before it closes); the dashboard can
 * only count pipeline by when it was created. It reads the plan as a run rate: each month must create
 * what a month's bookings need, which is what closes a cycle later.
 */
export function pipelineBasisNote(a: Pick<TargetAssumptions, 'salesCycleDays'>): string {
  const months = cycleMonthsOf(a);
  const lead = months === 0 ? 'closes within the month' : `closes about ${countOf(months, 'month')} later`;
  return `Read as a run rate: each month should create the pipeline one month's bookings need. Pipeline created now ${lead}; the target planner lists the create-by month for each month's bookings.`;
}

export interface TrendSeries {
  metric: string;
  label: string;
  unit: MetricUnit;
  points: { period: string; value: number | null }[];
  planned: (number | null)[] | null;
}

export interface DashboardModel {
  selection: string;
  selectionLabel: string;
  months: string[];
  /** How far through the selection we are, 0–100. */
  elapsedPercent: number;
  targets: TargetCard[];
  funnel: { stage: string; planned: number; actual: number | null }[];
  scorecard: ScorecardRow[];
  trends: TrendSeries[];
  /** Why there is no trend to chart, when there is none. */
  trendsEmpty: string | null;
  alignment: AlignmentScore;
  /** Where sales and marketing reported different numbers for the same metric and period: the largest gaps. */
  differences: TeamDifference[];
  /** How many differences there are in all, of which `differences` lists the largest. */
  differencesTotal: number;
  /** Snapshots for periods that have not started: stored, but left out of every figure until they start. */
  notCounted: { count: number; periods: string[] };
  /** Spend against plan and cap for the selected months; not part of the alignment score. */
  budget: BudgetCard;
}

export interface DashboardInput {
  fiscalPeriod: string;
  assumptions: TargetAssumptions;
  slas: readonly Sla[];
  snapshots: readonly KpiSnapshot[];
  metrics: readonly MetricDef[];
  /** "all" for the whole plan, or a month key inside it. */
  selection: string;
  now: Date;
  /** The plan's currency, for money in the SLA verdicts. */
  currency: string;
  /** The joint budget's lines and the plan's cap on them. */
  budget: { lines: readonly BudgetLine[]; cap: number | null };
}

type PlannedKey = 'bookings' | 'pipeline' | 'sqls' | 'mqls' | 'opportunities' | 'deals';
const TARGETS: { metric: string; planned: PlannedKey }[] = [
  { metric: 'new_bookings', planned: 'bookings' },
  { metric: 'pipeline_created', planned: 'pipeline' },
  { metric: 'sqls', planned: 'sqls' },
  { metric: 'mqls', planned: 'mqls' },
];
const FUNNEL: { stage: string; metric: string; planned: PlannedKey }[] = [
  { stage: 'MQLs', metric: 'mqls', planned: 'mqls' },
  { stage: 'SQLs', metric: 'sqls', planned: 'sqls' },
  { stage: 'Opportunities', metric: 'opportunities', planned: 'opportunities' },
  { stage: 'Deals won', metric: 'deals_won', planned: 'deals' },
];

const monthRange = (m: string) => parsePeriod(m)!;

/**
 * The actual for the selected months: one month's own; otherwise each quarter's own figure (or its
 * months), added up across quarters for metrics that add up, so a year counts what its quarters count.
 */
function actualFor(actuals: Actuals, metric: MetricDef | undefined, key: string, months: string[]): number | null {
  if (months.length === 1) return actuals.forPeriod(key, months[0]!)?.value ?? null;
  const quarters = [...new Set(months.map(quarterOf))];
  if (quarters.length === 1) return actuals.forPeriod(key, quarters[0]!)?.value ?? null;
  if (metric?.aggregation === 'mean') return actuals.forMonths(key, months)?.value ?? null;
  const values = quarters.flatMap((q) => actuals.forPeriod(key, q)?.value ?? []);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** The quarters whose three months are all selected. */
const wholeQuarters = (months: string[]) => [...new Set(months.map(quarterOf))].filter((q) => monthsOfQuarter(q).every((m) => months.includes(m)));

/** The periods of the plan a selection covers: its months, the quarters made of them, the weeks starting in them. */
function periodsIn(fiscalPeriod: string, months: string[]): string[] {
  const quarters = wholeQuarters(months);
  const weeks = planPeriods(fiscalPeriod, 'week').filter((w) => months.includes(monthKey(parsePeriod(w)!.start)));
  return [...months, ...quarters, ...weeks];
}

/** Everything the dashboard shows, computed in one pure pass (the core serves it; tests call it directly). */
/** Rates and times the plan assumes for every month: their trend's planned line is flat. */
const ASSUMED_RATES: Record<string, keyof TargetAssumptions> = {
  win_rate: 'winRate',
  mql_to_sql_rate: 'mqlToSqlRate',
  follow_up_coverage: 'followUpCoverage',
  median_follow_up_hours: 'followUpHours',
};

/**
 * Bookings spread evenly make $333,333.33 a month: a plan line reads in whole currency units, rounded
 * on the running total so the months still add up to the plan's figure.
 */
function wholeMoney(values: number[], unit: MetricUnit): number[] {
  if (unit !== 'money') return values;
  let total = 0;
  return values.map((v) => {
    const before = Math.round(total);
    total += v;
    return Math.round(total) - before;
  });
}

export function buildDashboard(input: DashboardInput): DashboardModel {
  const { months: planMonths, start, end } = planRange(input.fiscalPeriod);
  const months = input.selection === 'all' ? planMonths : planMonths.filter((m) => m === input.selection);
  if (!months.length) throw new Error(`${input.selection} is not in ${input.fiscalPeriod}`);
  // One rule everywhere: an actual for a period that has not started is not counted anywhere yet.
  const counted = input.snapshots.filter((s) => hasStarted(s.period, input.now));
  const future = input.snapshots.filter((s) => !hasStarted(s.period, input.now));
  const basis = planBasis(input.fiscalPeriod, input.assumptions);
  const steps = basis.funnel.months.filter((s) => months.includes(s.period));
  const actuals = createActuals(counted, input.metrics);
  const plannedOf = (key: PlannedKey, list: FunnelStep[] = steps) => list.reduce((sum, s) => sum + s[key], 0);
  const pacedOf = (key: PlannedKey) => steps.reduce((sum, s) => sum + s[key] * elapsedFraction(monthRange(s.period), input.now), 0);
  const def = (metric: string) => metricByKey(input.metrics, metric);

  const targets: TargetCard[] = TARGETS.map(({ metric, planned }) => ({
    metric,
    label: def(metric)?.label ?? metric,
    unit: def(metric)?.unit ?? 'count',
    planned: plannedOf(planned),
    paced: wholeUp(pacedOf(planned)), // every card counts or sums money: whole units
    actual: actualFor(actuals, def(metric), metric, months),
    byTeam: compareTeams(actuals, metric, months),
    mismatches: wholeQuarters(months).flatMap((q) => {
      const m = def(metric);
      return (m && quarterMismatch(actuals, m, q)) || [];
    }),
    basisNote: metric === 'pipeline_created' ? pipelineBasisNote(input.assumptions) : null,
  }));

  const from = monthRange(months[0]!).start;
  const to = monthRange(months[months.length - 1]!).end;
  const scorecard = input.slas.map((sla) => scorecardRow(sla, { basis, metrics: input.metrics, actuals, now: input.now, from, to, currency: input.currency }));

  const withData = new Set(counted.filter((s) => planMonths.includes(s.period)).map((s) => s.metric));
  const trends: TrendSeries[] = input.metrics
    .filter((m) => withData.has(m.key))
    .map((m) => {
      const plannedKey = TARGETS.find((t) => t.metric === m.key)?.planned ?? FUNNEL.find((f) => f.metric === m.key)?.planned;
      return {
        metric: m.key,
        label: m.label,
        unit: m.unit,
        points: planMonths.map((p) => ({ period: p, value: actuals.forPeriod(m.key, p)?.value ?? null })),
        planned: plannedKey
          ? wholeMoney(basis.funnel.months.map((s) => s[plannedKey]), m.unit)
          : m.key in ASSUMED_RATES
            ? planMonths.map(() => input.assumptions[ASSUMED_RATES[m.key]!])
            : null,
      };
    });

  const trendsEmpty = trends.length
    ? null
    : counted.length
      ? 'Trends chart monthly figures, and this plan has only weekly or quarterly snapshots so far.'
      : future.length
        ? 'Nothing to chart yet: every snapshot is for a period that has not started.'
        : 'No KPI snapshots in this plan yet.';
  const card = (metric: string) => targets.find((t) => t.metric === metric)!;
  const differences = teamDifferences(actuals, input.metrics, periodsIn(input.fiscalPeriod, months));
  return {
    selection: input.selection,
    selectionLabel: input.selection === 'all' ? input.fiscalPeriod : periodLabel(input.selection),
    months,
    elapsedPercent: 100 * elapsedFraction(input.selection === 'all' ? { start, end } : monthRange(input.selection), input.now),
    targets,
    funnel: FUNNEL.map(({ stage, metric, planned }) => ({ stage, planned: plannedOf(planned), actual: actualFor(actuals, def(metric), metric, months) })),
    scorecard,
    trends,
    trendsEmpty,
    alignment: alignmentScore({
      slaStatuses: scorecard.filter((r) => r.sla.kind === 'metric').map((r) => r.evaluation.status),
      agreementStatuses: scorecard.filter((r) => r.sla.kind === 'agreement').map((r) => r.evaluation.status),
      pipelineActual: card('pipeline_created').actual,
      pipelineExpected: card('pipeline_created').paced,
      bookingsActual: card('new_bookings').actual,
      bookingsExpected: card('new_bookings').paced,
    }),
    differences: differences.shown,
    differencesTotal: differences.total,
    notCounted: { count: future.length, periods: [...new Set(future.map((s) => s.period))].sort() },
    budget: budgetCard(input.budget.lines, input.budget.cap, months, input.now),
  };
}
