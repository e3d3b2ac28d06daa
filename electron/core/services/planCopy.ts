import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { accountsRepo } from '../repositories/accounts.repo';
import { budgetRepo } from '../repositories/budget.repo';
import { contentRepo } from '../repositories/content.repo';
import { kpisRepo } from '../repositories/kpis.repo';
import { metricsRepo } from '../repositories/metrics.repo';
import { slasRepo } from '../repositories/slas.repo';
import { targetsRepo } from '../repositories/targets.repo';
import type { ServiceContext } from './context';
import { toAccount, toNewAccountRow } from './mappers';

/** Copies everything a plan holds into another plan, with new ids. Call inside a transaction. */
export async function copyPlanContents(trx: Kysely<Database>, ctx: ServiceContext, fromId: string, toId: string, now: string) {
  const fresh = { plan_id: toId, created_at: now, updated_at: now, revision: 1 };
  const accounts = (await accountsRepo(trx).listByPlan(fromId)).map(toAccount);
  // The copy keeps the board's order (each card keeps its key) and the content's links (by new id).
  const newAccountId = new Map(accounts.map((a) => [a.id, ctx.newId()]));
  accountsRepo(trx).insertMany(accounts.map((a) => toNewAccountRow(newAccountId.get(a.id)!, toId, a, now, a.rank)), ctx.sqlite);
  for (const s of await targetsRepo(trx).listByPlan(fromId)) await targetsRepo(trx).insert({ ...s, ...fresh, id: ctx.newId() });
  await metricsRepo(trx).insertMany((await metricsRepo(trx).listByPlan(fromId)).map((m) => ({ ...m, plan_id: toId, created_at: now, updated_at: now, id: ctx.newId() })));
  await slasRepo(trx).insertMany((await slasRepo(trx).listByPlan(fromId)).map((s) => ({ ...s, ...fresh, id: ctx.newId() })));
  kpisRepo(trx).insertMany((await kpisRepo(trx).listByPlan(fromId)).map((k) => ({ ...k, ...fresh, id: ctx.newId() })), ctx.sqlite);
  await budgetRepo(trx).insertMany((await budgetRepo(trx).listByPlan(fromId)).map((b) => ({ ...b, ...fresh, id: ctx.newId() })));
  const newContentId = new Map<string, string>();
  for (const item of await contentRepo(trx).listByPlan(fromId)) {
    newContentId.set(item.id, ctx.newId());
    await contentRepo(trx).insert({ ...item, ...fresh, id: newContentId.get(item.id)! });
  }
  for (const l of await contentRepo(trx).links(fromId)) {
    await contentRepo(trx).link({ id: ctx.newId(), plan_id: toId, content_id: newContentId.get(l.content_id)!, account_id: newAccountId.get(l.account_id)!, created_at: now });
  }
}
