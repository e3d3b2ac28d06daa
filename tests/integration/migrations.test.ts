import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider, migrations } from '../../migrations';
import { openCore } from '../../electron/core/core';
import { latestSchemaVersion, NewerDatabaseError } from '../../electron/core/db/migrate';
import { StoreOpenError } from '../../electron/core/db/open';
import { tempDir } from './helpers';

const tablesOf = (sqlite: SQLite.Database) =>
  (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name").all() as { name: string }[]).map((r) => r.name);

function rawDb(path: string) {
  const sqlite = new SQLite(path);
  return { sqlite, db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) }) };
}

describe('migrations', () => {
  const schemaOf = (sqlite: SQLite.Database) =>
    sqlite.prepare("select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%' order by name").all();

  it.each(Object.keys(migrations))('%s runs up and down on a fresh database, and down restores the schema before it', async (name) => {
    const { sqlite, db } = rawDb(join(tempDir(), 'm.sqlite'));
    const migrator = new Migrator({ db, provider: migrationProvider });
    const names = Object.keys(migrations);
    const previous = names[names.indexOf(name) - 1];
    if (previous) expect((await migrator.migrateTo(previous)).error).toBeUndefined();
    const before = schemaOf(sqlite);
    const up = await migrator.migrateTo(name);
    expect(up.error).toBeUndefined();
    expect(schemaOf(sqlite)).not.toEqual(before);
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(schemaOf(sqlite)).toEqual(before);
    await db.destroy();
  });

  it('2026_11_23_0900_plan_links links template SLAs back to the plan, pinned, without changing a target', async () => {
    const { sqlite, db } = rawDb(join(tempDir(), 'links.sqlite'));
    const migrator = new Migrator({ db, provider: migrationProvider });
    await migrator.migrateTo('2026_11_22_1400_targets_slas_kpis');
    sqlite.prepare("insert into plans (id, name, fiscal_period, currency) values ('p1', 'P', 'FY2027 Q1', 'USD')").run();
    const insert = sqlite.prepare("insert into slas (id, plan_id, name, kind, committing_team, receiving_team, metric, target, comparator, period, warning_band, template_key) values (?, 'p1', 'S', ?, 'sales', 'marketing', ?, ?, 'atLeast', 'month', 10, ?)");
    insert.run('a', 'metric', 'mqls', 300, 'mql_delivery');
    insert.run('b', 'metric', 'mql_to_sql_rate', 25, 'mql_acceptance');
    insert.run('c', 'metric', 'sqls', 80, 'mql_delivery'); // its metric was changed since: no link
    insert.run('d', 'metric', 'median_follow_up_hours', 24, 'follow_up_time');
    insert.run('e', 'agreement', null, null, 'lead_scoring');
    insert.run('f', 'metric', 'follow_up_coverage', 95, null);
    sqlite.prepare("insert into target_scenarios (id, plan_id, name, is_primary, bookings_target, avg_deal_size, win_rate, sql_to_opp_rate, mql_to_sql_rate, sales_cycle_days, marketing_sourced_share) values ('t', 'p1', 'Base', 1, 1, 1, 25, 50, 25, 60, 60)").run();
    expect((await migrator.migrateTo('2026_11_23_0900_plan_links')).error).toBeUndefined();
    expect(sqlite.prepare('select id, target, plan_figure, follows_plan from slas order by id').all()).toEqual([
      { id: 'a', target: 300, plan_figure: 'mqls', follows_plan: 0 },
      { id: 'b', target: 25, plan_figure: 'mql_to_sql_rate', follows_plan: 0 },
      { id: 'c', target: 80, plan_figure: null, follows_plan: 0 },
      { id: 'd', target: 24, plan_figure: 'follow_up_hours', follows_plan: 0 },
      { id: 'e', target: null, plan_figure: null, follows_plan: 0 },
      { id: 'f', target: 95, plan_figure: null, follows_plan: 0 },
    ]);
    expect(sqlite.prepare('select follow_up_hours, follow_up_coverage from target_scenarios').get()).toEqual({ follow_up_hours: 24, follow_up_coverage: 95 });
    await db.destroy();
  });

  it('2026_11_23_1200_boards ranks existing accounts per plan in name order, and gives plans typical tier sizes', async () => {
    const { sqlite, db } = rawDb(join(tempDir(), 'boards.sqlite'));
    const migrator = new Migrator({ db, provider: migrationProvider });
    await migrator.migrateTo('2026_11_23_1100_history');
    for (const p of ['p1', 'p2']) sqlite.prepare("insert into plans (id, name, fiscal_period, currency) values (?, 'P', 'FY2027 Q1', 'USD')").run(p);
    const insert = sqlite.prepare("insert into accounts (id, plan_id, name, domain, tier, stage, created_at, updated_at) values (?, ?, ?, ?, 3, 'target', 't', 't')");
    for (const [id, plan, name] of [['a', 'p1', 'zeta'], ['b', 'p1', 'Alpha'], ['c', 'p1', 'beta'], ['d', 'p2', 'Only']]) insert.run(id, plan, name, `${id}.com`);
    expect((await migrator.migrateTo('2026_11_23_1200_boards')).error).toBeUndefined();
    const ranked = sqlite.prepare('select id, rank from accounts where plan_id = ? order by rank').all('p1') as { id: string; rank: string }[];
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(new Set(ranked.map((r) => r.rank)).size).toBe(3);
    expect(sqlite.prepare("select rank from accounts where id = 'd'").get()).toEqual({ rank: 'a0' });
    expect(sqlite.prepare("select budget_cap, tier1_size, tier2_size, tier3_size from plans where id = 'p1'").get()).toEqual({ budget_cap: null, tier1_size: 25, tier2_size: 200, tier3_size: 2000 });
    await db.destroy();
  });

  it('a fresh store gets every migration, WAL and foreign keys', async () => {
    const dbPath = join(tempDir(), 'fresh.sqlite');
    const core = await openCore({ dbPath });
    expect(core.migration).toMatchObject({ applied: Object.keys(migrations), backupPath: null, schemaVersion: latestSchemaVersion });
    expect(tablesOf(core.store.sqlite)).toEqual(['accounts', 'budget_lines', 'change_sets', 'changes', 'content_accounts', 'content_items', 'custom_metrics', 'kpi_snapshots', 'meta', 'plans', 'slas', 'target_scenarios']);
    expect(core.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.store.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await core.close();
  });

  it('an older store is migrated, its data kept, and a backup of the old version left beside it', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'old.sqlite');
    const { sqlite, db } = rawDb(dbPath);
    await new Migrator({ db, provider: migrationProvider }).migrateTo('2026_11_22_1300_plans');
    sqlite.prepare("insert into plans (id, name, fiscal_period, currency) values ('6f1c1a2e-0000-4000-8000-000000000001', 'Old plan', 'FY2026 Q4', 'USD')").run();
    await db.destroy();

    const core = await openCore({ dbPath });
    expect(core.migration.applied).toEqual(Object.keys(migrations).slice(1));
    expect(core.migration.backupPath).toMatch(/old\.sqlite\.before-2026_11_22_1310_accounts\..+\.bak$/);
    expect(readdirSync(dir)).toContain(core.migration.backupPath!.split('/').pop());
    const plans = await core.dispatch('plans.list', {});
    expect(plans).toMatchObject({ ok: true, value: [{ name: 'Old plan', accountCount: 0 }] });
    // Plans from before target scenarios existed get a primary Base scenario with the defaults.
    const scenarios = await core.dispatch('targets.list', { planId: '6f1c1a2e-0000-4000-8000-000000000001' });
    expect(scenarios).toMatchObject({ ok: true, value: [{ name: 'Base', isPrimary: true, assumptions: { winRate: 25, mqlToSqlRate: 25, followUpHours: 24, followUpCoverage: 95 } }] });
    await core.close();

    const backup = new SQLite(core.migration.backupPath!, { readonly: true });
    expect(tablesOf(backup)).toEqual(['meta', 'plans']);
    expect(backup.prepare('select name from plans').all()).toEqual([{ name: 'Old plan' }]);
    backup.close();
  });

  it('a store written by a newer Tandem is refused with a clear message and left byte-for-byte untouched', async () => {
    const dbPath = join(tempDir(), 'future.sqlite');
    const first = await openCore({ dbPath });
    first.store.sqlite.prepare("insert into kysely_migration (name, timestamp) values ('2099_01_01_0000_from_the_future', '2099-01-01')").run();
    first.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await first.close();
    const hash = () => createHash('sha256').update(readFileSync(dbPath)).digest('hex');
    const before = hash();

    const error = await openCore({ dbPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as Error).message).toMatch(/newer version of Tandem.*Update Tandem/);
    expect(hash()).toBe(before);
  });

  it('a file that is not a database is refused with a clear message', async () => {
    const dbPath = join(tempDir(), 'notes.sqlite');
    writeFileSync(dbPath, 'this is a text file, not a plan store'.repeat(200));
    const error = await openCore({ dbPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(/is not a Tandem plan store/);
    expect(existsSync(dbPath)).toBe(true);
  });
});
