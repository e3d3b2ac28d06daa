import type { KpiSnapshot } from '../domain/kpi';
import { metricByKey, type MetricDef, type MetricUnit } from '../domain/metrics';
import type { Sla, SlaStatus } from '../domain/sla';
import { createActuals, type Actuals } from './actuals';
import { alignmentScore, type AlignmentScore } from './alignment';
import { reverseFunnel, type FunnelPlan, type FunnelStep, type TargetAssumptions } from './funnel';
import { elapsedFraction, parsePeriod, periodLabel, planPeriods, planRange, quarterOf } from './periods';
import { evaluateSla, type SlaEvaluation } from './slaStatus';

export interface TargetCard {
  metric: string;
  label: string;
  unit: MetricUnit;
  planned: number;
  /** Where we should be by today. */
  paced: number;
  actual: number | null;
}

export interface ScorecardRow {
  sla: Sla;
  unit: MetricUnit;
  period: string | null;
  periodLabel: string;
  evaluation: SlaEvaluation;
  history: { period: string; label: string; actual: number | null; status: SlaStatus }[];
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
  /** How far through the selection we are, 0..1. */
  elapsed: number;
  targets: TargetCard[];
  funnel: { stage: string; planned: number; actual: number | null }[];
  scorecard: ScorecardRow[];
  trends: TrendSeries[];
  alignment: AlignmentScore;
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

function actualFor(actuals: Actuals, metric: string, months: string[], fiscalPeriod: string): number | null {
  if (months.length === 1) return actuals.forPeriod(metric, months[0]!)?.value ?? null;
  const quarters = [...new Set(months.map(quarterOf))];
  // A quarter plan may have a quarter-level snapshot; a year plan adds up its months.
  if (quarters.length === 1 && /Q\d$/.test(fiscalPeriod)) return actuals.forPeriod(metric, quarters[0]!)?.value ?? null;
  return actuals.forMonths(metric, months)?.value ?? null;
}

function scorecardRow(sla: Sla, input: DashboardInput, months: string[], actuals: Actuals, today: string): ScorecardRow {
  const metric = sla.metric ? metricByKey(input.metrics, sla.metric) : undefined;
  const aggregation = metric?.aggregation ?? 'sum';
  const unit = metric?.unit ?? 'count';
  if (sla.kind === 'agreement') {
    return { sla, unit, period: null, periodLabel: 'Standing agreement', evaluation: evaluateSla(sla, null, { elapsed: 1, aggregation, today }), history: [] };
  }
  const selStart = monthRange(months[0]!).start;
  const selEnd = monthRange(months[months.length - 1]!).end;
  const periods = planPeriods(input.fiscalPeriod, sla.period).map((k) => parsePeriod(k)!);
  const overlapping = periods.filter((p) => p.start < selEnd && p.end > selStart);
  const started = overlapping.filter((p) => p.start <= input.now);
  const current = started[started.length - 1] ?? overlapping[0] ?? null;
  const evaluate = (p: { key: string; start: Date; end: Date }) =>
    evaluateSla(sla, sla.metric ? (actuals.forPeriod(sla.metric, p.key)?.value ?? null) : null, { elapsed: elapsedFraction(p, input.now), aggregation, today });
  const history = periods
    .filter((p) => p.start <= input.now)
    .map((p) => {
      const e = evaluate(p);
      return { period: p.key, label: periodLabel(p.key), actual: e.actual, status: e.status };
    });
  return {
    sla,
    unit,
    period: current?.key ?? null,
    periodLabel: current ? periodLabel(current.key) : '—',
    evaluation: current ? evaluate(current) : { status: 'no_data', effectiveTarget: sla.target, actual: null, reason: 'No period of this SLA falls in the selection.' },
    history,
  };
}

/** Everything the dashboard shows, computed in one pure pass (the core serves it; tests call it directly). */
export function buildDashboard(input: DashboardInput): DashboardModel {
  const { months: planMonths, start, end } = planRange(input.fiscalPeriod);
  const months = input.selection === 'all' ? planMonths : planMonths.filter((m) => m === input.selection);
  if (!months.length) throw new Error(`${input.selection} is not in ${input.fiscalPeriod}`);
  const funnel: FunnelPlan = reverseFunnel(input.assumptions, planMonths);
  const steps = funnel.months.filter((s) => months.includes(s.period));
  const actuals = createActuals(input.snapshots, input.metrics);
  const today = input.now.toISOString().slice(0, 10);
  const plannedOf = (key: PlannedKey, list: FunnelStep[] = steps) => list.reduce((sum, s) => sum + s[key], 0);
  const pacedOf = (key: PlannedKey) => steps.reduce((sum, s) => sum + s[key] * elapsedFraction(monthRange(s.period), input.now), 0);
  const label = (metric: string) => metricByKey(input.metrics, metric);

  const targets: TargetCard[] = TARGETS.map(({ metric, planned }) => ({
    metric,
    label: label(metric)?.label ?? metric,
    unit: label(metric)?.unit ?? 'count',
    planned: plannedOf(planned),
    paced: pacedOf(planned),
    actual: actualFor(actuals, metric, months, input.fiscalPeriod),
  }));

  const scorecard = input.slas.map((sla) => scorecardRow(sla, input, months, actuals, today));

  const withData = new Set(input.snapshots.filter((s) => planMonths.includes(s.period)).map((s) => s.metric));
  const trends: TrendSeries[] = input.metrics
    .filter((m) => withData.has(m.key))
    .map((m) => {
      const plannedKey = TARGETS.find((t) => t.metric === m.key)?.planned ?? FUNNEL.find((f) => f.metric === m.key)?.planned;
      return {
        metric: m.key,
        label: m.label,
        unit: m.unit,
        points: planMonths.map((p) => ({ period: p, value: actuals.forPeriod(m.key, p)?.value ?? null })),
        planned: plannedKey ? funnel.months.map((s) => s[plannedKey]) : null,
      };
    });

  const card = (metric: string) => targets.find((t) => t.metric === metric)!;
  return {
    selection: input.selection,
    selectionLabel: input.selection === 'all' ? input.fiscalPeriod : periodLabel(input.selection),
    months,
    elapsed: elapsedFraction(input.selection === 'all' ? { start, end } : monthRange(input.selection), input.now),
    targets,
    funnel: FUNNEL.map(({ stage, metric, planned }) => ({ stage, planned: plannedOf(planned), actual: actualFor(actuals, metric, months, input.fiscalPeriod) })),
    scorecard,
    trends,
    alignment: alignmentScore({
      slaStatuses: scorecard.map((r) => r.evaluation.status),
      pipelineActual: card('pipeline_created').actual,
      pipelineExpected: card('pipeline_created').paced,
      bookingsActual: card('new_bookings').actual,
      bookingsExpected: card('new_bookings').paced,
    }),
  };
}
