import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('employees', 'integer')
    .addColumn('annual_revenue', 'real')
    .addColumn('tier', 'integer', (c) => c.notNull().check(sql`tier in (1, 2, 3)`))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('sales_owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('marketing_owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('open_pipeline', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('accounts_plan_domain_unique', ['plan_id', 'domain'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('accounts').execute();
}
