import type { Kysely } from 'kysely';
import type { AccountFields } from '../../../shared/domain/account';
import { AppError, notFound } from '../../../shared/result';
import type { Database } from '../db/schema';
import { accountsRepo } from '../repositories/accounts.repo';
import { plansRepo } from '../repositories/plans.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { toAccount, toAccountColumns, toNewAccountRow } from './mappers';

type AccountOp = 'accounts.list' | 'accounts.create' | 'accounts.update' | 'accounts.delete' | 'accounts.restore';

async function assertDomainFree(db: Kysely<Database>, planId: string, domain: string, exceptId?: string) {
  const holder = await accountsRepo(db).findByDomain(planId, domain);
  if (holder && holder.id !== exceptId) {
    throw new AppError('CONFLICT', `${domain} is already in this plan as "${holder.name}".`, { field: 'domain', existingId: holder.id });
  }
}

async function assertPlanExists(db: Kysely<Database>, planId: string) {
  if (!(await plansRepo(db).get(planId))) throw notFound('Plan', planId);
}

export function accountHandlers(ctx: ServiceContext): Handlers<AccountOp> {
  const accounts = accountsRepo(ctx.db);
  const requireAccount = async (id: string) => (await accounts.get(id)) ?? Promise.reject(notFound('Account', id));

  // Check and write in one transaction so two quick edits can't both claim a domain.
  const insert = (id: string, planId: string, fields: AccountFields) =>
    ctx.db.transaction().execute(async (trx) => {
      await assertPlanExists(trx, planId);
      if (await accountsRepo(trx).get(id)) throw new AppError('CONFLICT', `Account ${id} already exists.`, { field: 'id' });
      await assertDomainFree(trx, planId, fields.domain);
      await accountsRepo(trx).insert(toNewAccountRow(id, planId, fields, ctx.now()));
    });

  return {
    'accounts.list': async ({ planId }) => {
      await assertPlanExists(ctx.db, planId);
      return (await accounts.listByPlan(planId)).map(toAccount);
    },
    'accounts.create': async ({ planId, account }) => {
      const id = ctx.newId();
      await insert(id, planId, account);
      return toAccount(await requireAccount(id));
    },
    'accounts.restore': async ({ id, planId, account }) => {
      await insert(id, planId, account);
      return toAccount(await requireAccount(id));
    },
    'accounts.update': async ({ id, patch, expectedRevision }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await accountsRepo(trx).get(id);
        if (!current) throw notFound('Account', id);
        if (expectedRevision !== undefined && current.revision !== expectedRevision) {
          throw new AppError('CONFLICT', `${current.name} was changed elsewhere since you loaded it. Reload and try again.`, { field: 'revision' });
        }
        if (patch.domain !== undefined) await assertDomainFree(trx, current.plan_id, patch.domain, id);
        await accountsRepo(trx).update(id, toAccountColumns(patch), ctx.now());
      });
      return toAccount(await requireAccount(id));
    },
    'accounts.delete': async ({ id }) => {
      const account = toAccount(await requireAccount(id));
      await accounts.delete(id);
      return account;
    },
  };
}
