import { notFound } from '../../../shared/result';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/planning/funnel';
import { plansRepo } from '../repositories/plans.repo';
import { targetsRepo } from '../repositories/targets.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { toPlan, toPlanSummary } from './mappers';
import { requirePlan } from './lookups';
import { copyPlanContents } from './planCopy';
import { newScenarioRow } from './planningMappers';
import { BASE_SCENARIO } from './scenarios';

type PlanOp = 'plans.list' | 'plans.get' | 'plans.create' | 'plans.rename' | 'plans.duplicate' | 'plans.delete' | 'plans.setBoards';

export function planHandlers(ctx: ServiceContext): Handlers<PlanOp> {
  const plans = plansRepo(ctx.db);

  return {
    'plans.list': async () => (await plans.list()).map(toPlanSummary),
    'plans.get': async ({ id }) => toPlanSummary((await plans.get(id)) ?? (await Promise.reject(notFound('Plan', id)))),
    'plans.create': async ({ name, fiscalPeriod, currency }) => {
      const id = ctx.newId();
      await ctx.db.transaction().execute(async (trx) => {
        const now = ctx.now();
        await plansRepo(trx).insert({ id, name, fiscal_period: fiscalPeriod, currency, scenario_of: null, now });
        await targetsRepo(trx).insert(newScenarioRow(ctx.newId(), id, BASE_SCENARIO, true, DEFAULT_ASSUMPTIONS, now));
      });
      return toPlan(await requirePlan(ctx.db, id));
    },
    'plans.rename': async ({ id, name }) => {
      const result = await plans.rename(id, name, ctx.now());
      if (Number(result.numUpdatedRows) === 0) throw notFound('Plan', id);
      return toPlan(await requirePlan(ctx.db, id));
    },
    'plans.duplicate': async ({ id, name }) => {
      const copyId = ctx.newId();
      await ctx.db.transaction().execute(async (trx) => {
        const source = await plansRepo(trx).get(id);
        if (!source) throw notFound('Plan', id);
        const now = ctx.now();
        await plansRepo(trx).insert({ id: copyId, name, fiscal_period: source.fiscal_period, currency: source.currency, scenario_of: source.id, now });
        await plansRepo(trx).setBoards(copyId, source.budget_cap, { 1: source.tier1_size, 2: source.tier2_size, 3: source.tier3_size }, now);
        await copyPlanContents(trx, ctx, id, copyId, now);
      });
      return toPlanSummary((await plans.get(copyId))!);
    },
    'plans.setBoards': async ({ id, budgetCap, tierSizes }) => {
      const result = await plans.setBoards(id, budgetCap, tierSizes, ctx.now());
      if (Number(result.numUpdatedRows) === 0) throw notFound('Plan', id);
      return toPlan(await requirePlan(ctx.db, id));
    },
    'plans.delete': async ({ id }) => {
      const result = await plans.delete(id);
      if (Number(result.numDeletedRows) === 0) throw notFound('Plan', id);
      return { id };
    },
  };
}

