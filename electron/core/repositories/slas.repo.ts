import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database, SlaRow, SlasTable } from '../db/schema';

export function slasRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<SlaRow[]> => db.selectFrom('slas').selectAll().where('plan_id', '=', planId).orderBy('created_at').orderBy(sql`rowid`).execute(),
    get: (id: string) => db.selectFrom('slas').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: Insertable<SlasTable>) => db.insertInto('slas').values(row).execute(),
    insertMany: async (rows: Insertable<SlasTable>[]) => {
      if (rows.length) await db.insertInto('slas').values(rows).execute();
    },
    update: (id: string, patch: Updateable<SlasTable>, now: string) =>
      db.updateTable('slas').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('slas').where('id', '=', id).execute(),
  };
}
