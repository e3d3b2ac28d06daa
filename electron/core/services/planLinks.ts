import type { Kysely } from 'kysely';
import { SLA_TARGET_MAX } from '../../../shared/contract/slas';
import type { SlaFields } from '../../../shared/domain/sla';
import { formatNumber } from '../../../shared/format';
import { PLAN_FIGURE_INFO, planBasis, planFigureHeadline, type PlanBasis, type PlanFigure } from '../../../shared/planning/planFigures';
import { validationError } from '../../../shared/result';
import type { Database } from '../db/schema';
import { slasRepo } from '../repositories/slas.repo';
import { requirePlan } from './lookups';
import { primaryAssumptions } from './scenarios';

/** The plan's primary scenario and what it implies: what SLAs that follow the plan take their targets from. */
export async function loadPlanBasis(db: Kysely<Database>, planId: string): Promise<PlanBasis> {
  const plan = await requirePlan(db, planId);
  return planBasis(plan.fiscal_period, await primaryAssumptions(db, planId));
}

type Linked = Pick<SlaFields, 'name' | 'planFigure' | 'followsPlan' | 'period' | 'target'>;

/**
 * An SLA that follows the plan states the plan's number; whatever target was sent is replaced by it.
 * A number no SLA can hold (extreme rates) is refused at `path` rather than stored as Infinity.
 */
export function withPlanTarget<F extends Linked>(sla: F, basis: PlanBasis, path: string): F {
  if (!sla.followsPlan || !sla.planFigure) return sla;
  const target = planFigureHeadline(sla.planFigure, basis, sla.period);
  if (!(target <= SLA_TARGET_MAX)) throw validationError([{ path, message: tooLarge(sla.name, sla.planFigure, target) }]);
  return { ...sla, target };
}

const tooLarge = (name: string, figure: PlanFigure, target: number) =>
  `"${name}" follows the plan: its target would be ${formatNumber(target)} (the ${PLAN_FIGURE_INFO[figure].label}), more than an SLA target can hold. Check the planner's rates and deal size.`;

/**
 * After the primary scenario changed (edited, or another made primary): every SLA that follows the plan
 * gets the new number, in the caller's transaction, so the SLA list, dashboard and exports agree.
 */
export async function syncFollowingSlas(trx: Kysely<Database>, planId: string, now: string, path: string): Promise<void> {
  const basis = await loadPlanBasis(trx, planId);
  for (const row of await slasRepo(trx).listByPlan(planId)) {
    if (!row.follows_plan || !row.plan_figure) continue;
    const linked = { name: row.name, planFigure: row.plan_figure as SlaFields['planFigure'], followsPlan: true, period: row.period as SlaFields['period'], target: row.target };
    const { target } = withPlanTarget(linked, basis, path);
    if (target !== row.target) await slasRepo(trx).update(row.id, { target }, now);
  }
}
