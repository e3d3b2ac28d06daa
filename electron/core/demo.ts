import { generateNKeysBetween } from 'fractional-indexing';
import { demoBudget } from '../../shared/demo/budgetDemo';
import { demoContent } from '../../shared/demo/contentDemo';
import { DEMO_ACCOUNT_COUNT, DEMO_SEED, demoPlanHeader, generateAccounts } from '../../shared/demo/generator';
import { demoPlanning } from '../../shared/demo/planningDemo';
import { fiscalQuarterOf } from '../../shared/planning/periods';
import { accountsRepo } from './repositories/accounts.repo';
import { budgetRepo } from './repositories/budget.repo';
import { contentRepo } from './repositories/content.repo';
import { kpisRepo } from './repositories/kpis.repo';
import { plansRepo } from './repositories/plans.repo';
import { slasRepo } from './repositories/slas.repo';
import { targetsRepo } from './repositories/targets.repo';
import { newBudgetRow } from './services/budgetMappers';
import { newContentRow } from './services/contentMappers';
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
 * Writes a plan with generated accounts, target scenario, SLAs, KPI snapshots, joint budget and content,
 * in one transaction. Used for the first-run demo, e2e tests and benchmarks.
 */
export async function createGeneratedPlan(ctx: ServiceContext, plan: GeneratedPlan, accountCount: number, seed = DEMO_SEED) {
  const id = ctx.newId();
  const now = ctx.now();
  const today = new Date(now);
  const planning = demoPlanning(plan.fiscalPeriod, today, seed);
  const budget = demoBudget(plan.fiscalPeriod, today, planning.assumptions, seed);
  const accounts = generateAccounts(accountCount, seed);
  const ranks = generateNKeysBetween(null, null, accounts.length);
  const accountRows = accounts.map((a, i) => toNewAccountRow(ctx.newId(), id, a, now, ranks[i]!));
  // The tier sizes the generator fills (25 / 75 / 200 in the demo's 300), so the board shows every tier at its size.
  const tierSizes = { 1: 0, 2: 0, 3: 0 };
  for (const a of accounts) tierSizes[a.tier]++;
  const content = demoContent(plan.fiscalPeriod, today, accounts.map((a, i) => ({ id: accountRows[i]!.id, name: a.name, tier: a.tier, industry: a.industry })), seed);
  const contentIds = content.map(() => ctx.newId());

  await ctx.db.transaction().execute(async (trx) => {
    await plansRepo(trx).insert({ id, name: plan.name, fiscal_period: plan.fiscalPeriod, currency: plan.currency, scenario_of: null, now, boards: { budgetCap: budget.cap, tierSizes } });
    accountsRepo(trx).insertMany(accountRows, ctx.sqlite);
    await targetsRepo(trx).insert(newScenarioRow(ctx.newId(), id, BASE_SCENARIO, true, planning.assumptions, now));
    await slasRepo(trx).insertMany(planning.slas.map((s) => newSlaRow(ctx.newId(), id, s, now)));
    kpisRepo(trx).insertMany(planning.snapshots.map((s) => newSnapshotRow(ctx.newId(), id, s, now)), ctx.sqlite);
    const lineRanks = generateNKeysBetween(null, null, budget.lines.length);
    await budgetRepo(trx).insertMany(budget.lines.map((l, i) => newBudgetRow(ctx.newId(), id, l, lineRanks[i]!, now)));
    const itemRanks = generateNKeysBetween(null, null, content.length);
    await contentRepo(trx).insertMany(content.map((c, i) => newContentRow(contentIds[i]!, id, c.fields, itemRanks[i]!, c.statusSince, now)));
    await contentRepo(trx).linkMany(content.flatMap((c, i) => c.fields.accountIds.map((accountId) => ({ id: ctx.newId(), plan_id: id, content_id: contentIds[i]!, account_id: accountId, created_at: now }))));
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
