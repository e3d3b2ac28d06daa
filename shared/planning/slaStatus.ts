import type { Aggregation } from '../domain/metrics';
import type { Sla, SlaStatus } from '../domain/sla';

export interface SlaEvaluation {
  status: SlaStatus;
  /** The agreed target for the period (or the plan's figure, for an SLA that follows the plan). */
  target: number | null;
  /** While a volume period runs: the target pro-rated to the time elapsed, which the actual is judged against. */
  dueByToday: number | null;
  actual: number | null;
  /** One sentence a person can check, shown in the scorecard. */
  reason: string;
}

export interface EvaluationContext {
  /** How much of the SLA's period has passed (0 = not started, 1 = over). */
  elapsed: number;
  aggregation: Aggregation;
  /** YYYY-MM-DD, for agreement review dates. */
  today: string;
  /** Counts and money are due in whole units: 224.25 MQLs due by today means 225, $535,714.29 means $535,715. */
  whole?: boolean;
  /** How values read in the reason, in the metric's unit ("$1,250,000", "28.5%"). */
  format?: (n: number) => string;
}

const REVIEW_WARNING_DAYS = 14;
/** A count due by today, in whole units: 224.25 MQLs due means 225 (and 224.0000001 from float error is 224). */
export const wholeUp = (x: number) => Math.ceil(x - 1e-9);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Rules (tested in tests/unit/slaStatus.test.ts):
 * - no value, or a period that hasn't started: no data (never silently "met");
 * - exactly on target is met; inside the warning band is at risk; beyond it is breached;
 * - while a period runs, volume targets ("at least N MQLs") are pro-rated to the time elapsed, and a
 *   shortfall is only "at risk": it can still be made up. An "at most" volume already over its band
 *   can't come back, so it is breached at once.
 */
export function evaluateSla(sla: Pick<Sla, 'kind' | 'target' | 'comparator' | 'warningBand' | 'definition' | 'reviewDate'>, actual: number | null, ctx: EvaluationContext): SlaEvaluation {
  if (sla.kind === 'agreement') return evaluateAgreement(sla, ctx.today);
  const none = { target: sla.target, dueByToday: null, actual: null };
  if (ctx.elapsed <= 0) return { ...none, status: 'no_data', reason: 'The period has not started.' };
  if (actual === null || !Number.isFinite(actual) || sla.target === null) return { ...none, status: 'no_data', reason: 'No KPI snapshot for this period yet.' };
  const running = ctx.elapsed < 1;
  const paced = running && ctx.aggregation === 'sum' && sla.comparator === 'atLeast';
  const share = sla.target * ctx.elapsed;
  const target = paced ? (ctx.whole ? wholeUp(share) : share) : sla.target;
  const band = Math.max(0, sla.warningBand) / 100;
  const f = ctx.format ?? fmt;
  const shown = `${f(actual)} against ${paced ? `${f(target)} due by today (of ${f(sla.target)})` : f(target)}`;
  const judged = (status: SlaStatus, why: string): SlaEvaluation => ({ status, target: sla.target, dueByToday: paced ? target : null, actual, reason: `${shown}: ${why}.` });

  if (sla.comparator === 'atLeast') {
    if (actual >= target) return judged('met', 'met');
    if (actual >= target * (1 - band)) return judged('at_risk', `short, but within the ${fmt(band * 100)}% warning band`);
    if (running) return judged('at_risk', 'behind, with time left to recover');
    return judged('breached', `missed by more than the ${fmt(band * 100)}% band`);
  }
  if (actual <= target) return judged('met', 'met');
  if (actual <= target * (1 + band)) return judged('at_risk', `over, but within the ${fmt(band * 100)}% warning band`);
  if (running && ctx.aggregation !== 'sum') return judged('at_risk', 'over, with time left to recover');
  return judged('breached', `over by more than the ${fmt(band * 100)}% band`);
}

function evaluateAgreement(sla: Pick<Sla, 'definition' | 'reviewDate' | 'target'>, today: string): SlaEvaluation {
  const base = { target: null, dueByToday: null, actual: null };
  if (!sla.definition.trim()) return { ...base, status: 'no_data', reason: 'No agreed definition is written down yet.' };
  if (!sla.reviewDate) return { ...base, status: 'at_risk', reason: 'Definition agreed, but no review date is set.' };
  const days = daysBetween(today, sla.reviewDate);
  if (days < 0) return { ...base, status: 'breached', reason: `Review was due ${sla.reviewDate} and is ${-days} days overdue.` };
  if (days <= REVIEW_WARNING_DAYS) return { ...base, status: 'at_risk', reason: `Review due in ${days} days (${sla.reviewDate}).` };
  return { ...base, status: 'met', reason: `Definition agreed; next review ${sla.reviewDate}.` };
}
