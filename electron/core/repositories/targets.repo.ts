import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, TargetScenarioRow, TargetScenariosTable } from '../db/schema';

const foldName = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('en-US');

export function targetsRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<TargetScenarioRow[]> =>
      db.selectFrom('target_scenarios').selectAll().where('plan_id', '=', planId).orderBy('is_primary', 'desc').orderBy('created_at').orderBy('name').execute(),
    get: (id: string) => db.selectFrom('target_scenarios').selectAll().where('id', '=', id).executeTakeFirst(),
    primary: (planId: string) => db.selectFrom('target_scenarios').selectAll().where('plan_id', '=', planId).where('is_primary', '=', 1).executeTakeFirst(),
    /** "Base" and "base " are one name to a reader, so they are one name here: compared folded, in JS, since SQLite's lower() is ASCII-only. */
    findByName: async (planId: string, name: string) => {
      const folded = foldName(name);
      const rows = await db.selectFrom('target_scenarios').select(['id', 'name']).where('plan_id', '=', planId).execute();
      return rows.find((r) => foldName(r.name) === folded);
    },
    insert: (row: Insertable<TargetScenariosTable>) => db.insertInto('target_scenarios').values(row).execute(),
    update: (id: string, patch: Updateable<TargetScenariosTable>, now: string) =>
      db.updateTable('target_scenarios').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).execute(),
    setPrimary: async (planId: string, id: string, now: string) => {
      await db.updateTable('target_scenarios').set({ is_primary: 0, updated_at: now }).where('plan_id', '=', planId).where('is_primary', '=', 1).execute();
      await db.updateTable('target_scenarios').set({ is_primary: 1, updated_at: now }).where('id', '=', id).execute();
    },
    delete: (id: string) => db.deleteFrom('target_scenarios').where('id', '=', id).execute(),
  };
}
