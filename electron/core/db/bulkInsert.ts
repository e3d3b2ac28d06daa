import type SQLite from 'better-sqlite3';

const cache = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/**
 * Many rows into one table through a reused prepared statement: about 1.5× faster than kysely's
 * multi-row inserts for 10,000 accounts (npm run bench). Call it only inside `db.transaction().execute(...)`: raw
 * statements bypass kysely's connection lock, and inside that callback the open transaction is ours,
 * so the rows commit or roll back with the rest of it. Every row must have the first row's columns.
 */
export function bulkInsert(sqlite: SQLite.Database, table: string, rows: readonly Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let insert = statements.get(sql);
  if (!insert) statements.set(sql, (insert = sqlite.prepare(sql)));
  // Outside a transaction another request's may be open on this connection, and we would join it.
  if (!sqlite.inTransaction) throw new Error(`bulkInsert into ${table} outside a transaction`);
  for (const row of rows) insert.run(columns.map((c) => row[c] ?? null));
}
