import type SQLite from 'better-sqlite3';
import { Migrator, sql, type Kysely } from 'kysely';
import { migrationProvider, migrations } from '../../../migrations';

export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

export interface MigrationReport {
  applied: string[];
  backupPath: string | null;
  schemaVersion: string;
}

const knownNames = Object.keys(migrations).sort();
export const latestSchemaVersion = knownNames[knownNames.length - 1]!;

async function executedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const table = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Brings the store up to this app's schema. Refuses (untouched) a store written by a newer Tandem,
 * backs up a store that already holds data before changing it, and applies each migration in its own
 * transaction so a failure leaves the store at the last good version.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, sqlite: SQLite.Database, dbPath: string, now = new Date()): Promise<MigrationReport> {
  const executed = await executedMigrations(db);
  const unknown = executed.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) {
    throw new NewerDatabaseError(
      `This plan store was written by a newer version of Tandem (schema ${unknown[unknown.length - 1]}). ` +
        `Update Tandem to open it; the file has not been changed.`,
    );
  }
  const pending = knownNames.filter((name) => !executed.includes(name));
  let backupPath: string | null = null;
  if (pending.length > 0 && executed.length > 0 && dbPath !== ':memory:') {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backupPath = `${dbPath}.before-${pending[0]}.${stamp}.bak`;
    await sqlite.backup(backupPath); // the online backup API, consistent even with pages still in the WAL
  }
  const migrator = new Migrator({ db, provider: migrationProvider });
  const applied: string[] = [];
  for (let i = 0; i < pending.length; i++) {
    // migrateUp applies exactly one migration, in its own transaction.
    const { error, results } = await migrator.migrateUp();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      const where = failed ? ` in ${failed.migrationName}` : '';
      throw new Error(`Migration failed${where}: ${(error as Error | undefined)?.message ?? 'unknown error'}${backupPath ? `. A backup is at ${backupPath}` : ''}`);
    }
    applied.push(...(results ?? []).map((r) => r.migrationName));
  }
  return { applied, backupPath, schemaVersion: latestSchemaVersion };
}
