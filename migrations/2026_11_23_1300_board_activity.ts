import type { Kysely } from 'kysely';

// The accounts board shows each card's latest change: the log is read by plan, table and row, so it
// needs an index in that order (the log grows with every write; a board has 10,000 cards).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('changes_plan_table_row').on('changes').columns(['plan_id', 'table_name', 'row_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('changes_plan_table_row').execute();
}
