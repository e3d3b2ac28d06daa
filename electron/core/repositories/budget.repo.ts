import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { BudgetLinesTable, Database } from '../db/schema';

export type BudgetLineRow = Selectable<BudgetLinesTable>;

export function budgetRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string) => db.selectFrom('budget_lines').selectAll().where('plan_id', '=', planId).orderBy('rank').orderBy('id').execute(),
    get: (id: string) => db.selectFrom('budget_lines').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: Insertable<BudgetLinesTable>) => db.insertInto('budget_lines').values(row).execute(),
    insertMany: async (rows: Insertable<BudgetLinesTable>[]) => {
      if (rows.length) await db.insertInto('budget_lines').values(rows).execute();
    },
    update: (id: string, patch: Updateable<BudgetLinesTable>, now: string) =>
      db.updateTable('budget_lines').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('budget_lines').where('id', '=', id).execute(),
  };
}
