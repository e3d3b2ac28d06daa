import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for this runtime's ABI (the desktop app's Electron build). */
  nativeBinding?: string;
}

export interface Store {
  sqlite: SQLite.Database;
  db: Kysely<Database>;
  path: string;
  close(): Promise<void>;
}

export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** Opens (creating if needed) the plan store with the settings QUALITY.md asks for. */
export function openSqlite(path: string, options: OpenOptions = {}): SQLite.Database {
  const sqlite = new SQLite(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL'); // a plan is weeks of work: survive power loss, not only crashes
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreOpenError(`The plan store at ${path} is damaged (${String(check)}). Restore it from a backup.`);
  } catch (error) {
    sqlite.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`${path} is not a Tandem plan store: ${(error as Error).message}`);
  }
  return sqlite;
}

export function wrapSqlite(sqlite: SQLite.Database, path: string): Store {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db, path, close: () => db.destroy() };
}
