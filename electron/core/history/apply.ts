import { sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../../../shared/result';
import { describeRow } from '../../../shared/history/describe';
import { NOUNS } from '../../../shared/history/labels';
import type { Database } from '../db/schema';
import type { ChangeRow } from '../repositories/history.repo';
import { isTracked } from './tracked';

type Row = Record<string, unknown>;
type Direction = 'undo' | 'redo';

// Columns the log does not compare: every write moves them, and undo moves them forward too (below).
const BOOKKEEPING = ['revision', 'updated_at'];
const same = (a: Row, b: Row) => Object.keys(a).every((k) => BOOKKEEPING.includes(k) || JSON.stringify(a[k]) === JSON.stringify(b[k]));
const parse = (json: string | null): Row | null => (json === null ? null : (JSON.parse(json) as Row));

async function currentRow(trx: Transaction<Database>, table: string, id: string, columns: readonly string[]): Promise<Row | null> {
  const pairs = columns.flatMap((c) => [sql.lit(c), sql.ref(c)]);
  const found = await sql<{ row: string }>`select json_object(${sql.join(pairs)}) as row from ${sql.table(table)} where id = ${id}`.execute(trx);
  return parse(found.rows[0]?.row ?? null);
}

/**
 * A row written back by undo or redo gets a new revision, never an old one: a client still holding the
 * revision from before the undo must see the row as changed.
 */
function stamped(row: Row, revision: number | undefined, now: string): Row {
  const out = { ...row };
  if ('revision' in out) out.revision = (revision ?? Number(out.revision)) + 1;
  if ('updated_at' in out) out.updated_at = now;
  return out;
}

/**
 * Puts a change set's rows back as they were before it (undo) or after it (redo), in one transaction.
 * Each row must still be as the change set left it (or found it, for redo); otherwise the step is
 * refused and nothing is written. Undo walks the changes backwards, so rows deleted with their parent
 * come back after it; foreign keys are checked at commit.
 */
export async function applyChangeSet(db: Kysely<Database>, changes: readonly ChangeRow[], direction: Direction, now: string): Promise<void> {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  await db.transaction().execute(async (trx) => {
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    for (const change of ordered) {
      if (!isTracked(change.table_name)) throw new Error(`change log names an untracked table: ${change.table_name}`);
      const before = parse(change.before);
      const after = parse(change.after);
      const [expected, target] = direction === 'undo' ? [after, before] : [before, after];
      const columns = Object.keys((after ?? before)!);
      const current = await currentRow(trx, change.table_name, change.row_id, columns);
      if (expected === null ? current !== null : current === null || !same(expected, current)) {
        const { name } = describeRow(change.table_name, change.row_id, before, after);
        const what = NOUNS[change.table_name]?.one ?? 'row';
        throw new AppError('CONFLICT', `Can't ${direction} this: the ${what} ${name} was changed since. Nothing was changed.`);
      }
      const table = sql.table(change.table_name);
      if (target === null) {
        await sql`delete from ${table} where id = ${change.row_id}`.execute(trx);
      } else if (current === null) {
        const row = stamped(target, undefined, now);
        await sql`insert into ${table} (${sql.join(Object.keys(row).map((c) => sql.ref(c)))}) values (${sql.join(Object.values(row))})`.execute(trx);
      } else {
        const row = stamped(target, Number(current.revision), now);
        const sets = Object.entries(row)
          .filter(([c]) => c !== 'id')
          .map(([c, v]) => sql`${sql.ref(c)} = ${v}`);
        await sql`update ${table} set ${sql.join(sets)} where id = ${change.row_id}`.execute(trx);
      }
    }
  });
}
