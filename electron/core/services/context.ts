import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** What every service needs; injectable so tests can fix the clock. */
export interface ServiceContext {
  db: Kysely<Database>;
  newId: () => string;
  now: () => string;
}

export const defaultContext = (db: Kysely<Database>): ServiceContext => ({
  db,
  newId: randomUUID,
  now: () => new Date().toISOString(),
});
