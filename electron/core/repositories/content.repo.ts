import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ContentItemsTable, Database } from '../db/schema';

export type ContentItemRow = Selectable<ContentItemsTable>;
type LinkRow = { id: string; plan_id: string; content_id: string; account_id: string; created_at: string };

export function contentRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string) => db.selectFrom('content_items').selectAll().where('plan_id', '=', planId).orderBy('rank').orderBy('id').execute(),
    get: (id: string) => db.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: Insertable<ContentItemsTable>) => db.insertInto('content_items').values(row).execute(),
    insertMany: async (rows: Insertable<ContentItemsTable>[]) => {
      if (rows.length) await db.insertInto('content_items').values(rows).execute();
    },
    update: (id: string, patch: Updateable<ContentItemsTable>, now: string) =>
      db.updateTable('content_items').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('content_items').where('id', '=', id).execute(),
    /** Each item's linked accounts, for the items listed. */
    links: async (planId: string) => db.selectFrom('content_accounts').select(['id', 'content_id', 'account_id', 'created_at']).where('plan_id', '=', planId).orderBy('created_at').orderBy('id').execute(),
    /** How many content items link to each linked account of the plan. */
    linkCounts: (planId: string) =>
      db
        .selectFrom('content_accounts')
        .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('plan_id', '=', planId)
        .groupBy('account_id')
        .execute(),
    linksOf: (contentId: string) => db.selectFrom('content_accounts').select(['id', 'account_id']).where('content_id', '=', contentId).execute(),
    link: (row: LinkRow) => db.insertInto('content_accounts').values(row).execute(),
    linkMany: async (rows: LinkRow[]) => {
      if (rows.length) await db.insertInto('content_accounts').values(rows).execute();
    },
    unlink: (id: string) => db.deleteFrom('content_accounts').where('id', '=', id).execute(),
  };
}
