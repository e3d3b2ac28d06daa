import { generateNKeysBetween } from 'fractional-indexing';
import { DEMO_ACCOUNT_COUNT, DEMO_SEED, demoPlanHeader, generateAccounts } from '../../shared/demo/generator';
import { demoPlanning } from '../../shared/demo/planningDemo';
import { fiscalQuarterOf } from '../../shared/planning/periods';
import { accountsRepo } from './repositories/accounts.repo';
import { kpisRepo } from './repositories/kpis.repo';
import { plansRepo } from './repositories/plans.repo';
import { slasRepo } from './repositories/slas.repo';
import { targetsRepo } from './repositories/targets.repo';
import type { ServiceContext } from './services/context';
import { toNewAccountRow } from './services/mappers';
import { newScenarioRow, newSlaRow, newSnapshotRow } from './services/planningMappers';
import { BASE_SCENARIO } from './services/scenarios';

const DEMO_FLAG = 'demo_seeded';

interface GeneratedPlan {
  name: string;
  fiscalPeriod: string;
  currency: string;
}

/**
 * Writes a plan with generated accounts, target scenario, SLAs and KPI snapshots, in one transaction.
 * Used for the first-run demo, e2e tests and benchmarks.
 */
export async function createGeneratedPlan(ctx: ServiceContext, plan: GeneratedPlan, accountCount: number, seed = DEMO_SEED) {
  const id = ctx.newId();
  const now = ctx.now();
  const planning = demoPlanning(plan.fiscalPeriod, new Date(now), seed);
  await ctx.db.transaction().execute(async (trx) => {
    await plansRepo(trx).insert({ id, name: plan.name, fiscal_period: plan.fiscalPeriod, currency: plan.currency, scenario_of: null, now });
    const accounts = generateAccounts(accountCount, seed);
    const ranks = generateNKeysBetween(null, null, accounts.length);
    accountsRepo(trx).insertMany(accounts.map((a, i) => toNewAccountRow(ctx.newId(), id, a, now, ranks[i]!)), ctx.sqlite);
    await targetsRepo(trx).insert(newScenarioRow(ctx.newId(), id, BASE_SCENARIO, true, planning.assumptions, now));
    await slasRepo(trx).insertMany(planning.slas.map((s) => newSlaRow(ctx.newId(), id, s, now)));
    kpisRepo(trx).insertMany(planning.snapshots.map((s) => newSnapshotRow(ctx.newId(), id, s, now)), ctx.sqlite);
  });
  return id;
}

/** First run only: a store that has never held a plan gets the demo plan. Deleting it later is respected. */
export async function seedDemoOnFirstRun(ctx: ServiceContext): Promise<boolean> {
  const flag = await ctx.db.selectFrom('meta').select('value').where('key', '=', DEMO_FLAG).executeTakeFirst();
  if (flag || (await plansRepo(ctx.db).count()) > 0) return false;
  await createGeneratedPlan(ctx, demoPlanHeader(fiscalQuarterOf(new Date(ctx.now()))), DEMO_ACCOUNT_COUNT);
  await ctx.db.insertInto('meta').values({ key: DEMO_FLAG, value: ctx.now() }).execute();
  return true;
}
