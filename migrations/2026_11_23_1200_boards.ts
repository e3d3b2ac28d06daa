import { generateNKeysBetween } from 'fractional-indexing';
import { sql, type Kysely } from 'kysely';

// The joint planning boards: budget lines and content items of their own, accounts placed on the
// target-accounts board, and per plan the ABM tier sizes and the budget cap the boards measure against.
// Card order is a fractional-index key (`rank`): a move writes one row, never a whole column.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Typical ABM tiers (25 / 200 / 2,000); no cap until one is set.
  await db.schema.alterTable('plans').addColumn('budget_cap', 'real').execute();
  await db.schema.alterTable('plans').addColumn('tier1_size', 'integer', (c) => c.notNull().defaultTo(25)).execute();
  await db.schema.alterTable('plans').addColumn('tier2_size', 'integer', (c) => c.notNull().defaultTo(200)).execute();
  await db.schema.alterTable('plans').addColumn('tier3_size', 'integer', (c) => c.notNull().defaultTo(2000)).execute();

  await db.schema.alterTable('accounts').addColumn('rank', 'text', (c) => c.notNull().defaultTo('')).execute();
  // Existing accounts get keys in name order, once; later moves write only the moved card.
  const rows = await sql<{ id: string; plan_id: string }>`select id, plan_id from accounts order by plan_id, name collate nocase, id`.execute(db);
  const byPlan = new Map<string, string[]>();
  for (const r of rows.rows) byPlan.set(r.plan_id, [...(byPlan.get(r.plan_id) ?? []), r.id]);
  for (const ids of byPlan.values()) {
    const keys = generateNKeysBetween(null, null, ids.length);
    for (const [i, id] of ids.entries()) await sql`update accounts set rank = ${keys[i]} where id = ${id}`.execute(db);
  }
  await db.schema.createIndex('accounts_plan_rank').on('accounts').columns(['plan_id', 'rank']).execute();

  await db.schema
    .createTable('budget_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('team', 'text', (c) => c.notNull().check(sql`team in ('marketing', 'sales', 'joint')`))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('planned', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('committed', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('actual', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('expected_mqls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expected_pipeline', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rank', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_lines_plan').on('budget_lines').columns(['plan_id', 'rank']).execute();

  await db.schema
    .createTable('content_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('awareness', 'consideration', 'decision', 'expansion')`))
    .addColumn('personas', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('industries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('requested', 'planned', 'in_production', 'published', 'retired')`))
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requester', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_date', 'text')
    .addColumn('url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('usage_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('influenced_pipeline', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('rank', 'text', (c) => c.notNull())
    .addColumn('status_since', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('content_items_plan').on('content_items').columns(['plan_id', 'rank']).execute();

  await db.schema
    .createTable('content_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('content_id', 'text', (c) => c.notNull().references('content_items.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('content_accounts_unique', ['content_id', 'account_id'])
    .execute();
  await db.schema.createIndex('content_accounts_account').on('content_accounts').column('account_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('content_accounts').execute();
  await db.schema.dropTable('content_items').execute();
  await db.schema.dropTable('budget_lines').execute();
  await db.schema.dropIndex('accounts_plan_rank').execute();
  await db.schema.alterTable('accounts').dropColumn('rank').execute();
  for (const column of ['tier3_size', 'tier2_size', 'tier1_size', 'budget_cap']) await db.schema.alterTable('plans').dropColumn(column).execute();
}
