import { notFound } from '../../../shared/result';
import { accountsRepo } from '../repositories/accounts.repo';
import { plansRepo } from '../repositories/plans.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { toAccount, toNewAccountRow, toPlan, toPlanSummary } from './mappers';

type PlanOp = 'plans.list' | 'plans.get' | 'plans.create' | 'plans.rename' | 'plans.duplicate' | 'plans.delete';

export function planHandlers(ctx: ServiceContext): Handlers<PlanOp> {
  const plans = plansRepo(ctx.db);
  const requirePlan = async (id: string) => (await plans.get(id)) ?? Promise.reject(notFound('Plan', id));

  return {
    'plans.list': async () => (await plans.list()).map(toPlanSummary),
    'plans.get': async ({ id }) => toPlanSummary(await requirePlan(id)),
    'plans.create': async ({ name, fiscalPeriod, currency }) => {
      const id = ctx.newId();
      await plans.insert({ id, name, fiscal_period: fiscalPeriod, currency, scenario_of: null, now: ctx.now() });
      return toPlan(await requirePlan(id));
    },
    'plans.rename': async ({ id, name }) => {
      const result = await plans.rename(id, name, ctx.now());
      if (Number(result.numUpdatedRows) === 0) throw notFound('Plan', id);
      return toPlan(await requirePlan(id));
    },
    'plans.duplicate': async ({ id, name }) => {
      const copyId = ctx.newId();
      await ctx.db.transaction().execute(async (trx) => {
        const source = await plansRepo(trx).get(id);
        if (!source) throw notFound('Plan', id);
        const now = ctx.now();
        await plansRepo(trx).insert({ id: copyId, name, fiscal_period: source.fiscal_period, currency: source.currency, scenario_of: source.id, now });
        const accounts = (await accountsRepo(trx).listByPlan(id)).map(toAccount);
        await accountsRepo(trx).insertMany(accounts.map((a) => toNewAccountRow(ctx.newId(), copyId, a, now)));
      });
      return toPlanSummary(await requirePlan(copyId));
    },
    'plans.delete': async ({ id }) => {
      const result = await plans.delete(id);
      if (Number(result.numDeletedRows) === 0) throw notFound('Plan', id);
      return { id };
    },
  };
}

