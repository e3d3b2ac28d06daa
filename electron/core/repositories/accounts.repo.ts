import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { bulkInsert } from '../db/bulkInsert';
import type { AccountRow, AccountRowPatch, Database, NewAccountRow } from '../db/schema';

export function accountsRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<AccountRow[]> =>
      db.selectFrom('accounts').selectAll().where('plan_id', '=', planId).orderBy('name').orderBy('id').execute(),
    /** Accounts and open pipeline per tier, counted in SQL rather than by loading the rows. */
    totalsByTier: (planId: string) =>
      db
        .selectFrom('accounts')
        .select((eb) => ['tier', eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('open_pipeline').as('pipeline')])
        .where('plan_id', '=', planId)
        .groupBy('tier')
        .execute(),
    get: (id: string): Promise<AccountRow | undefined> => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),
    findByDomain: (planId: string, domain: string): Promise<Pick<AccountRow, 'id' | 'name'> | undefined> =>
      db.selectFrom('accounts').select(['id', 'name']).where('plan_id', '=', planId).where('domain', '=', domain).executeTakeFirst(),
    insert: (row: NewAccountRow) => db.insertInto('accounts').values(row).execute(),
    /** Bulk path (plan copies, demo data): a prepared statement on the raw connection, in the open transaction. */
    insertMany: (rows: NewAccountRow[], sqlite: SQLite.Database) => bulkInsert(sqlite, 'accounts', rows),
    update: (id: string, patch: AccountRowPatch, now: string) =>
      db.updateTable('accounts').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).executeTakeFirst(),
    delete: (id: string) => db.deleteFrom('accounts').where('id', '=', id).executeTakeFirst(),
  };
}
