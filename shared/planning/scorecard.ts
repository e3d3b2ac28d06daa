import { metricByKey, type MetricDef, type MetricUnit } from '../domain/metrics';
import { formatByUnit } from '../format';
import type { Sla, SlaStatus } from '../domain/sla';
import type { Actuals } from './actuals';
import { elapsedFraction, isoDay, parsePeriod, periodLabel, planPeriods } from './periods';
import type { PlanBasis } from './planFigures';
import { slaTargetIn } from './slaTarget';
import { evaluateSla, type SlaEvaluation } from './slaStatus';

export interface ScorecardRow {
  sla: Sla;
  unit: MetricUnit;
  period: string | null;
  periodLabel: string;
  /** The period's verdict; its `target` is what the period is judged against (the plan's, if followed). */
  evaluation: SlaEvaluation;
  /** For an SLA that keeps its own target: what the plan now needs in this period, when that differs. */
  planNeeds: number | null;
  history: { period: string; label: string; actual: number | null; target: number | null; status: SlaStatus }[];
}

export interface ScorecardContext {
  basis: PlanBasis;
  metrics: readonly MetricDef[];
  actuals: Actuals;
  now: Date;
  /** The selection's first and last month, for picking the SLA period shown. */
  from: Date;
  to: Date;
  /** For money in the verdicts' sentences. */
  currency: string;
}

/** An SLA's status in the period that matters for the selection (the latest started one), and its history. */
export function scorecardRow(sla: Sla, ctx: ScorecardContext): ScorecardRow {
  const metric = sla.metric ? metricByKey(ctx.metrics, sla.metric) : undefined;
  const aggregation = metric?.aggregation ?? 'sum';
  const unit = metric?.unit ?? 'count';
  const today = isoDay(ctx.now);
  const style = { whole: unit === 'count' || unit === 'money', format: (n: number) => formatByUnit(n, unit, ctx.currency) };
  if (sla.kind === 'agreement') {
    return { sla, unit, period: null, periodLabel: 'Standing agreement', evaluation: evaluateSla(sla, null, { elapsed: 1, aggregation, today }), planNeeds: null, history: [] };
  }
  const periods = planPeriods(ctx.basis.fiscalPeriod, sla.period).map((k) => parsePeriod(k)!);
  const overlapping = periods.filter((p) => p.start < ctx.to && p.end > ctx.from);
  const started = overlapping.filter((p) => p.start <= ctx.now);
  // A selection is inside the plan, so some period of every granularity overlaps it.
  const current = started[started.length - 1] ?? overlapping[0]!;
  const judge = (p: { key: string; start: Date; end: Date }) => {
    const goal = slaTargetIn(sla, ctx.basis, p.key);
    const actual = sla.metric ? (ctx.actuals.forPeriod(sla.metric, p.key)?.value ?? null) : null;
    return { goal, evaluation: evaluateSla({ ...sla, target: goal.target }, actual, { elapsed: elapsedFraction(p, ctx.now), aggregation, today, ...style }) };
  };
  const history = periods
    .filter((p) => p.start <= ctx.now)
    .map((p) => {
      const { evaluation } = judge(p);
      return { period: p.key, label: periodLabel(p.key), actual: evaluation.actual, target: evaluation.target, status: evaluation.status };
    });
  const { goal, evaluation } = judge(current);
  return { sla, unit, period: current.key, periodLabel: periodLabel(current.key), evaluation, planNeeds: goal.drift ? goal.planValue : null, history };
}
