import type { Kysely } from 'kysely';

// The change log: every write op is one change set (one undo step, one activity entry), holding the
// rows it changed as they were before and after, as JSON. It stays in this store: plan files carry rows,
// not this log. `seq` orders change sets; `undone` marks the ones that redo can bring back.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('change_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('plan_id', 'text', (c) => c.references('plans.id').onDelete('cascade'))
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('change_sets_plan_seq').on('change_sets').columns(['plan_id', 'seq']).execute();
  await db.schema
    .createTable('changes')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('change_set_id', 'text', (c) => c.notNull().references('change_sets.id').onDelete('cascade'))
    .addColumn('plan_id', 'text')
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('changes_change_set').on('changes').column('change_set_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('changes').execute();
  await db.schema.dropTable('change_sets').execute();
}
