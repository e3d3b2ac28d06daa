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
  it.each(Object.keys(migrations))('%s runs up and down on a fresh database', async (name) => {
    const { sqlite, db } = rawDb(join(tempDir(), 'm.sqlite'));
    const migrator = new Migrator({ db, provider: migrationProvider });
    const up = await migrator.migrateTo(name);
    expect(up.error).toBeUndefined();
    const tablesUp = tablesOf(sqlite);
    expect(tablesUp.length).toBeGreaterThan(0);
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(tablesOf(sqlite).length).toBeLessThan(tablesUp.length);
    await db.destroy();
  });

  it('a fresh store gets every migration, WAL and foreign keys', async () => {
    const dbPath = join(tempDir(), 'fresh.sqlite');
    const core = await openCore({ dbPath });
    expect(core.migration).toMatchObject({ applied: Object.keys(migrations), backupPath: null, schemaVersion: latestSchemaVersion });
    expect(tablesOf(core.store.sqlite)).toEqual(['accounts', 'custom_metrics', 'kpi_snapshots', 'meta', 'plans', 'slas', 'target_scenarios']);
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
    expect(core.migration.applied).toEqual(['2026_11_22_1310_accounts', '2026_11_22_1400_targets_slas_kpis']);
    expect(core.migration.backupPath).toMatch(/old\.sqlite\.before-2026_11_22_1310_accounts\..+\.bak$/);
    expect(readdirSync(dir)).toContain(core.migration.backupPath!.split('/').pop());
    const plans = await core.dispatch('plans.list', {});
    expect(plans).toMatchObject({ ok: true, value: [{ name: 'Old plan', accountCount: 0 }] });
    // Plans from before target scenarios existed get a primary Base scenario with the defaults.
    const scenarios = await core.dispatch('targets.list', { planId: '6f1c1a2e-0000-4000-8000-000000000001' });
    expect(scenarios).toMatchObject({ ok: true, value: [{ name: 'Base', isPrimary: true, assumptions: { winRate: 25, mqlToSqlRate: 25 } }] });
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
