import { DEMO_ACCOUNT_COUNT, DEMO_PLAN, DEMO_SEED, generateAccounts } from '../../shared/demo/generator';
import { accountsRepo } from './repositories/accounts.repo';
import { plansRepo } from './repositories/plans.repo';
import type { ServiceContext } from './services/context';
import { toNewAccountRow } from './services/mappers';

const DEMO_FLAG = 'demo_seeded';

/** Writes a plan with generated accounts in one transaction; returns its id. */
export async function createGeneratedPlan(ctx: ServiceContext, plan: { name: string; fiscalPeriod: string; currency: string }, accountCount: number, seed = DEMO_SEED) {
  const id = ctx.newId();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await plansRepo(trx).insert({ id, name: plan.name, fiscal_period: plan.fiscalPeriod, currency: plan.currency, scenario_of: null, now });
    await accountsRepo(trx).insertMany(generateAccounts(accountCount, seed).map((a) => toNewAccountRow(ctx.newId(), id, a, now)));
  });
  return id;
}

/** First run only: a store that has never held a plan gets the demo plan. Deleting it later is respected. */
export async function seedDemoOnFirstRun(ctx: ServiceContext): Promise<boolean> {
  const flag = await ctx.db.selectFrom('meta').select('value').where('key', '=', DEMO_FLAG).executeTakeFirst();
  if (flag || (await plansRepo(ctx.db).count()) > 0) return false;
  await createGeneratedPlan(ctx, DEMO_PLAN, DEMO_ACCOUNT_COUNT);
  await ctx.db.insertInto('meta').values({ key: DEMO_FLAG, value: ctx.now() }).execute();
  return true;
}
