import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely, Updateable } from 'kysely';
import { bulkInsert } from '../db/bulkInsert';
import type { Database, KpiSnapshotRow, KpiSnapshotsTable } from '../db/schema';

export function kpisRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<KpiSnapshotRow[]> =>
      db.selectFrom('kpi_snapshots').selectAll().where('plan_id', '=', planId).orderBy('period').orderBy('metric').orderBy('team').execute(),
    get: (id: string) => db.selectFrom('kpi_snapshots').selectAll().where('id', '=', id).executeTakeFirst(),
    /** Bulk path (batch save, plan copies, demo data), in the open transaction. */
    insertMany: (rows: Insertable<KpiSnapshotsTable>[], sqlite: SQLite.Database) => bulkInsert(sqlite, 'kpi_snapshots', rows),
    update: (id: string, patch: Updateable<KpiSnapshotsTable>, now: string) =>
      db.updateTable('kpi_snapshots').set((eb) => ({ ...patch, updated_at: now, revision: eb('revision', '+', 1) })).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('kpi_snapshots').where('id', '=', id).execute(),
  };
}
