import type { Sla } from '../domain/sla';
import { planFigureFor, type PlanBasis } from './planFigures';

export interface SlaTargetInPeriod {
  /** What the period is judged against: the plan's figure when the SLA follows the plan, else its own. */
  target: number | null;
  /** The plan's figure for the period, for an SLA linked to one. */
  planValue: number | null;
  /** The SLA keeps its own target, and the plan now needs something else: shown, never hidden. */
  drift: boolean;
}

export function slaTargetIn(sla: Pick<Sla, 'target' | 'planFigure' | 'followsPlan'>, basis: PlanBasis | null, period: string): SlaTargetInPeriod {
  const planValue = sla.planFigure && basis ? planFigureFor(sla.planFigure, basis, period) : null;
  if (planValue === null) return { target: sla.target, planValue: null, drift: false };
  if (sla.followsPlan) return { target: planValue, planValue, drift: false };
  return { target: sla.target, planValue, drift: sla.target !== planValue };
}
