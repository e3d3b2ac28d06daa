import type { Kysely } from 'kysely';
import type { SlaFields } from '../../../shared/domain/sla';
import { planBasis, planFigureHeadline, type PlanBasis } from '../../../shared/planning/planFigures';
import type { Database } from '../db/schema';
import { slasRepo } from '../repositories/slas.repo';
import { requirePlan } from './lookups';
import { primaryAssumptions } from './scenarios';

/** The plan's primary scenario and what it implies: what SLAs that follow the plan take their targets from. */
export async function loadPlanBasis(db: Kysely<Database>, planId: string): Promise<PlanBasis> {
  const plan = await requirePlan(db, planId);
  return planBasis(plan.fiscal_period, await primaryAssumptions(db, planId));
}

/** An SLA that follows the plan states the plan's number; whatever target was sent is replaced by it. */
export function withPlanTarget<F extends Pick<SlaFields, 'planFigure' | 'followsPlan' | 'period' | 'target'>>(sla: F, basis: PlanBasis): F {
  return sla.followsPlan && sla.planFigure ? { ...sla, target: planFigureHeadline(sla.planFigure, basis, sla.period) } : sla;
}

/**
 * After the primary scenario changed (edited, or another made primary): every SLA that follows the plan
 * gets the new number, in the caller's transaction, so the SLA list, dashboard and exports agree.
 */
export async function syncFollowingSlas(trx: Kysely<Database>, planId: string, now: string): Promise<void> {
  const basis = await loadPlanBasis(trx, planId);
  for (const row of await slasRepo(trx).listByPlan(planId)) {
    if (!row.follows_plan || !row.plan_figure) continue;
    const { target } = withPlanTarget({ planFigure: row.plan_figure as SlaFields['planFigure'], followsPlan: true, period: row.period as SlaFields['period'], target: row.target }, basis);
    if (target !== row.target) await slasRepo(trx).update(row.id, { target }, now);
  }
}
