import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, KpiSnapshotRow, KpiSnapshotsTable } from '../db/schema';

// 10 columns a row keeps a chunk far below SQLite's bound-parameter limit.
const CHUNK = 500;

export function kpisRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<KpiSnapshotRow[]> =>
      db.selectFrom('kpi_snapshots').selectAll().where('plan_id', '=', planId).orderBy('period').orderBy('metric').orderBy('team').execute(),
    get: (id: string) => db.selectFrom('kpi_snapshots').selectAll().where('id', '=', id).executeTakeFirst(),
    /** Call inside a transaction. */
    insertMany: async (rows: Insertable<KpiSnapshotsTable>[]) => {
      for (let i = 0; i < rows.length; i += CHUNK) await db.insertInto('kpi_snapshots').values(rows.slice(i, i + CHUNK)).execute();
    },
    update: (id: string, patch: Updateable<KpiSnapshotsTable>, now: string) =>
      db.updateTable('kpi_snapshots').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('kpi_snapshots').where('id', '=', id).execute(),
  };
}
