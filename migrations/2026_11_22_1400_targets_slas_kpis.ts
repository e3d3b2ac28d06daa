import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('target_scenarios')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bookings_target', 'real', (c) => c.notNull())
    .addColumn('avg_deal_size', 'real', (c) => c.notNull())
    .addColumn('win_rate', 'real', (c) => c.notNull())
    .addColumn('sql_to_opp_rate', 'real', (c) => c.notNull())
    .addColumn('mql_to_sql_rate', 'real', (c) => c.notNull())
    .addColumn('sales_cycle_days', 'integer', (c) => c.notNull())
    .addColumn('marketing_sourced_share', 'real', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('target_scenarios_plan_name_unique', ['plan_id', 'name'])
    .execute();

  await db.schema
    .createTable('custom_metrics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('default_team', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('custom_metrics_plan_key_unique', ['plan_id', 'key'])
    .execute();

  await db.schema
    .createTable('slas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('committing_team', 'text', (c) => c.notNull())
    .addColumn('receiving_team', 'text', (c) => c.notNull())
    .addColumn('metric', 'text')
    .addColumn('target', 'real')
    .addColumn('comparator', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('warning_band', 'real', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('definition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('review_date', 'text')
    .addColumn('template_key', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('kpi_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('kpi_snapshots_unique', ['plan_id', 'metric', 'period', 'team'])
    .execute();
  await db.schema.createIndex('slas_plan').on('slas').column('plan_id').execute();
  await db.schema.createIndex('target_scenarios_plan').on('target_scenarios').column('plan_id').execute();

  // Every existing plan gets a primary "Base" scenario with the planning defaults of this day.
  const plans = await sql<{ id: string }>`select id from plans`.execute(db);
  for (const { id } of plans.rows) {
    await sql`insert into target_scenarios (id, plan_id, name, is_primary, bookings_target, avg_deal_size, win_rate, sql_to_opp_rate, mql_to_sql_rate, sales_cycle_days, marketing_sourced_share)
              values (${randomUUID()}, ${id}, 'Base', 1, 1500000, 30000, 25, 50, 25, 60, 60)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['kpi_snapshots', 'slas', 'custom_metrics', 'target_scenarios']) await db.schema.dropTable(table).execute();
}
