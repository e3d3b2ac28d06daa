import type { Sla } from '../domain/sla';
import { planFigureFor, planFigureHeadline, type PlanBasis } from './planFigures';

export interface SlaTargetInPeriod {
  /** What the period is judged against: the plan's figure when the SLA follows the plan, else its own. */
  target: number | null;
  /** The plan's figure for the period, for an SLA linked to one. */
  planValue: number | null;
  /** The SLA keeps its own target, and the plan now needs something else: shown, never hidden. */
  drift: boolean;
}

type Linked = Pick<Sla, 'target' | 'planFigure' | 'followsPlan' | 'period'>;

/**
 * The one rule for drift: an SLA that keeps its own target has drifted when that target is no longer
 * what the plan would have it state (its busiest period's figure). The SLA page says so with that
 * figure and a one-click update; the scorecard says so with the plan's figure for the period shown.
 * Returns what the plan would have the SLA state, or null when there is no drift.
 */
export function slaDrift(sla: Linked, basis: PlanBasis | null): number | null {
  if (!sla.planFigure || sla.followsPlan || !basis) return null;
  const headline = planFigureHeadline(sla.planFigure, basis, sla.period);
  return headline !== sla.target ? headline : null;
}

export function slaTargetIn(sla: Linked, basis: PlanBasis | null, period: string): SlaTargetInPeriod {
  const planValue = sla.planFigure && basis ? planFigureFor(sla.planFigure, basis, period) : null;
  if (planValue === null) return { target: sla.target, planValue: null, drift: false };
  if (sla.followsPlan) return { target: planValue, planValue, drift: false };
  return { target: sla.target, planValue, drift: slaDrift(sla, basis) !== null };
}
