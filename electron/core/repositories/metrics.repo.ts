import type { Insertable, Kysely } from 'kysely';
import type { CustomMetricRow, CustomMetricsTable, Database } from '../db/schema';

export function metricsRepo(db: Kysely<Database>) {
  return {
    listByPlan: (planId: string): Promise<CustomMetricRow[]> => db.selectFrom('custom_metrics').selectAll().where('plan_id', '=', planId).orderBy('label').execute(),
    insert: (row: Insertable<CustomMetricsTable>) => db.insertInto('custom_metrics').values(row).execute(),
    insertMany: async (rows: Insertable<CustomMetricsTable>[]) => {
      if (rows.length) await db.insertInto('custom_metrics').values(rows).execute();
    },
  };
}
