import type { Kysely } from 'kysely';
import type { AccountFields, AccountSummary, Tier } from '../../../shared/domain/account';
import { AppError } from '../../../shared/result';
import type { Database } from '../db/schema';
import { accountsRepo } from '../repositories/accounts.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { keyForNew, keysForMove } from './boardOrder';
import { requireInPlan, requirePlan } from './lookups';
import { toAccount, toAccountColumns, toNewAccountRow } from './mappers';

type AccountOp = 'accounts.list' | 'accounts.summary' | 'accounts.create' | 'accounts.update' | 'accounts.delete' | 'accounts.batch' | 'accounts.move';

async function assertDomainFree(db: Kysely<Database>, planId: string, domain: string, exceptId: string | undefined, where: string) {
  const holder = await accountsRepo(db).findByDomain(planId, domain);
  if (holder && holder.id !== exceptId) {
    throw new AppError('CONFLICT', `${domain} is already in this plan as "${holder.name}".`, { field: where, existingId: holder.id });
  }
}

/** The writes every account op is made of, inside the caller's transaction; `where` names the input field. */
function writes(db: Kysely<Database>, ctx: ServiceContext, planId: string) {
  const repo = accountsRepo(db);
  return {
    insert: async (id: string, fields: AccountFields, where = '') => {
      if (await repo.get(id)) throw new AppError('CONFLICT', `Account ${id} already exists.`, { field: `${where}id` });
      await assertDomainFree(db, planId, fields.domain, undefined, `${where}account.domain`);
      await repo.insert(toNewAccountRow(id, planId, fields, ctx.now(), await keyForNew(db, 'accounts', planId)));
    },
    update: async (id: string, patch: Partial<AccountFields>, expectedRevision: number | undefined, where = '') => {
      const current = requireInPlan(await repo.get(id), planId, 'Account', id);
      if (expectedRevision !== undefined && current.revision !== expectedRevision) {
        throw new AppError('CONFLICT', `${current.name} was changed elsewhere since you loaded it. Reload and try again.`, { field: `${where}revision` });
      }
      if (patch.domain !== undefined) await assertDomainFree(db, planId, patch.domain, id, `${where}patch.domain`);
      await repo.update(id, toAccountColumns(patch), ctx.now());
    },
    read: async (id: string) => toAccount((await repo.get(id))!),
    remove: async (id: string) => {
      const row = requireInPlan(await repo.get(id), planId, 'Account', id);
      await repo.delete(id);
      return toAccount(row);
    },
  };
}

export function accountHandlers(ctx: ServiceContext): Handlers<AccountOp> {
  const accounts = accountsRepo(ctx.db);
  const requireAccount = async (planId: string, id: string) => toAccount(requireInPlan(await accounts.get(id), planId, 'Account', id));
  // Check and write in one transaction so two quick edits can't both claim a domain.
  const inPlan = <T>(planId: string, work: (w: ReturnType<typeof writes>) => Promise<T>) =>
    ctx.db.transaction().execute(async (trx) => {
      await requirePlan(trx, planId);
      return work(writes(trx, ctx, planId));
    });

  return {
    'accounts.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return (await accounts.listByPlan(planId)).map(toAccount);
    },
    'accounts.summary': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      const byTier = { 1: { count: 0, openPipeline: 0 }, 2: { count: 0, openPipeline: 0 }, 3: { count: 0, openPipeline: 0 } } as AccountSummary['byTier'];
      for (const row of await accounts.totalsByTier(planId)) byTier[row.tier as Tier] = { count: Number(row.count), openPipeline: Number(row.pipeline) };
      const tiers = Object.values(byTier);
      return { count: tiers.reduce((s, t) => s + t.count, 0), openPipeline: tiers.reduce((s, t) => s + t.openPipeline, 0), byTier };
    },
    'accounts.create': async ({ planId, account }) => {
      const id = ctx.newId();
      await inPlan(planId, (w) => w.insert(id, account));
      return requireAccount(planId, id);
    },
    'accounts.update': async ({ planId, id, patch, expectedRevision }) => {
      await inPlan(planId, (w) => w.update(id, patch, expectedRevision));
      return requireAccount(planId, id);
    },
    'accounts.delete': async ({ planId, id }) => inPlan(planId, (w) => w.remove(id)),
    'accounts.move': async ({ planId, cards, to, place }) =>
      ctx.db.transaction().execute(async (trx) => {
        await requirePlan(trx, planId);
        const keys = await keysForMove(trx, 'accounts', planId, cards, place, 'account');
        const repo = accountsRepo(trx);
        for (const [i, c] of cards.entries()) await repo.update(c.id, { ...toAccountColumns(to), rank: keys[i]! }, ctx.now());
        return Promise.all(cards.map(async (c) => toAccount((await repo.get(c.id))!)));
      }),
    'accounts.batch': async ({ planId, creates, updates, deletes }) =>
      inPlan(planId, async (w) => {
        // Deletes first, so a batch can hand a deleted account's domain to a new row; then edits, then creates.
        const deleted = [];
        for (const id of deletes) deleted.push(await w.remove(id));
        for (const [i, u] of updates.entries()) await w.update(u.id, u.patch, u.expectedRevision, `updates.${i}.`);
        const createdIds = creates.map((c) => c.id ?? ctx.newId());
        for (const [i, c] of creates.entries()) await w.insert(createdIds[i]!, c.account, `creates.${i}.`);
        return { created: await Promise.all(createdIds.map(w.read)), updated: await Promise.all(updates.map((u) => w.read(u.id))), deleted };
      }),
  };
}
