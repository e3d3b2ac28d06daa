import type { Kysely } from 'kysely';
import type { AccountRow, AccountRowPatch, Database, NewAccountRow } from '../db/schema';

// 13 columns per row stays far below SQLite's bound-parameter limit (32766).
const INSERT_CHUNK = 500;

export function accountsRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<AccountRow[]> =>
      db.selectFrom('accounts').selectAll().where('plan_id', '=', planId).orderBy('name').orderBy('id').execute(),
    get: (id: string): Promise<AccountRow | undefined> => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),
    findByDomain: (planId: string, domain: string): Promise<Pick<AccountRow, 'id' | 'name'> | undefined> =>
      db.selectFrom('accounts').select(['id', 'name']).where('plan_id', '=', planId).where('domain', '=', domain).executeTakeFirst(),
    insert: (row: NewAccountRow) => db.insertInto('accounts').values(row).execute(),
    /** Call inside a transaction: many rows, few statements. */
    insertMany: async (rows: NewAccountRow[]) => {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await db.insertInto('accounts').values(rows.slice(i, i + INSERT_CHUNK)).execute();
    },
    update: (id: string, patch: AccountRowPatch, now: string) =>
      db.updateTable('accounts').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).executeTakeFirst(),
    delete: (id: string) => db.deleteFrom('accounts').where('id', '=', id).executeTakeFirst(),
  };
}
