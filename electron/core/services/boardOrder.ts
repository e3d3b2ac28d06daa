import { generateNKeysBetween } from 'fractional-indexing';
import { sql, type Kysely } from 'kysely';
import type { Place } from '../../../shared/contract/boards';
import { AppError, validationError } from '../../../shared/result';
import type { Database } from '../db/schema';

export type BoardTable = 'accounts' | 'budget_lines' | 'content_items';

interface Card {
  id: string;
  plan_id: string;
  rank: string;
  revision: number;
  name: string;
}

const nameColumn: Record<BoardTable, string> = { accounts: 'name', budget_lines: 'name', content_items: 'title' };

async function cardsOf(db: Kysely<Database>, table: BoardTable, ids: readonly string[]): Promise<Map<string, Card>> {
  if (!ids.length) return new Map();
  const rows = await sql<Card>`select id, plan_id, rank, revision, ${sql.ref(nameColumn[table])} as name from ${sql.table(table)} where id in (${sql.join(ids)})`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, r]));
}

/**
 * Checks the cards a move carries (in the plan, unchanged since the mover saw them) and returns a key
 * for each, in order, between the two neighbours it lands between. Only the moved cards get new keys.
 */
export async function keysForMove(
  db: Kysely<Database>,
  table: BoardTable,
  planId: string,
  moving: readonly { id: string; expectedRevision?: number | undefined }[],
  place: Place,
  what: string,
): Promise<string[]> {
  const ids = moving.map((m) => m.id);
  const cards = await cardsOf(db, table, [...ids, ...[place.after, place.before].filter((id): id is string => id !== null)]);
  for (const [i, m] of moving.entries()) {
    const card = cards.get(m.id);
    if (!card || card.plan_id !== planId) throw validationError([{ path: `cards.${i}.id`, message: `is not a ${what} of this plan` }]);
    if (m.expectedRevision !== undefined && card.revision !== m.expectedRevision) {
      throw new AppError('CONFLICT', `${card.name} was changed elsewhere since you loaded it. Reload and move it again.`, { field: `cards.${i}.expectedRevision` });
    }
  }
  const neighbour = (id: string | null, field: 'after' | 'before') => {
    if (id === null) return null;
    const card = cards.get(id);
    if (!card || card.plan_id !== planId || ids.includes(id)) throw validationError([{ path: `place.${field}`, message: `must be another ${what} of this plan` }]);
    return card.rank;
  };
  if (place.after !== null && place.after === place.before) throw validationError([{ path: 'place', message: 'must name two different neighbours' }]);
  const after = neighbour(place.after, 'after');
  const before = neighbour(place.before, 'before');
  if (after !== null && before !== null && after > before) {
    throw new AppError('CONFLICT', 'The board changed while you were moving cards. Nothing was moved: try again.', { field: 'place' });
  }
  // Keys are shared by every column of the plan's board (a stage and a tier view order the same cards),
  // so the new keys go between the two nearest keys of the whole plan around the place, not only the
  // column's: a card at a column's end or two moves into one slot never tie with another card.
  const low = after ?? (await nearestKey(db, table, planId, ids, before, 'below'));
  const high = await nearestKey(db, table, planId, ids, low, 'above');
  return generateNKeysBetween(low, high, moving.length);
}

/** The plan's nearest key strictly below (or above) `key`, the moving cards left out; null for none. */
async function nearestKey(db: Kysely<Database>, table: BoardTable, planId: string, moving: readonly string[], key: string | null, side: 'below' | 'above'): Promise<string | null> {
  const bound = key === null ? sql`` : side === 'below' ? sql`and rank < ${key}` : sql`and rank > ${key}`;
  const order = side === 'below' ? sql`desc` : sql`asc`;
  const row = await sql<{ rank: string }>`select rank from ${sql.table(table)} where plan_id = ${planId} and rank != '' and id not in (${sql.join(moving)}) ${bound} order by rank ${order} limit 1`.execute(db);
  return row.rows[0]?.rank ?? null;
}

async function lastKey(db: Kysely<Database>, table: BoardTable, planId: string): Promise<string | null> {
  const row = await sql<{ rank: string }>`select rank from ${sql.table(table)} where plan_id = ${planId} and rank != '' order by rank desc limit 1`.execute(db);
  return row.rows[0]?.rank ?? null;
}

/** A new card's key: after every card of the plan's board. */
export async function keyForNew(db: Kysely<Database>, table: BoardTable, planId: string): Promise<string> {
  return generateNKeysBetween(await lastKey(db, table, planId), null, 1)[0]!;
}
