import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** What every service needs; injectable so tests can fix the clock. */
export interface ServiceContext {
  db: Kysely<Database>;
  /** The same connection, raw, for bulk inserts through prepared statements. */
  sqlite: SQLite.Database;
  newId: () => string;
  now: () => string;
}

export const defaultContext = (db: Kysely<Database>, sqlite: SQLite.Database): ServiceContext => ({
  db,
  sqlite,
  newId: randomUUID,
  now: () => new Date().toISOString(),
});
