import type SQLite from 'better-sqlite3';
import { TRACKED_TABLES } from './tracked';

/** The one-row table that says which change set is being recorded; empty while nothing is. */
export const RECORDING = 'temp.recording';

const columnsOf = (sqlite: SQLite.Database, table: string) => (sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Installs the change capture on this connection: a trigger per tracked table and write that copies
 * the row before and after into `changes`, under the change set being recorded. Triggers see every
 * write, whatever code path or prepared statement made it, so no write can skip the log. They are TEMP
 * (this connection only, never stored), so a store opened by another tool is not changed by them.
 */
export function installCapture(sqlite: SQLite.Database): void {
  sqlite.exec(`create temp table if not exists recording (id text not null)`);
  for (const [table, { planColumn }] of Object.entries(TRACKED_TABLES)) {
    const cols = columnsOf(sqlite, table);
    const row = (alias: 'new' | 'old') => `json_object(${cols.map((c) => `'${c}', ${alias}.${quote(c)}`).join(', ')})`;
    const log = (alias: 'new' | 'old', before: string, after: string) =>
      `insert into main.changes (change_set_id, plan_id, table_name, row_id, before, after)
       select id, ${alias}.${quote(planColumn)}, '${table}', ${alias}.id, ${before}, ${after} from ${RECORDING};`;
    const when = `when exists (select 1 from ${RECORDING})`;
    sqlite.exec(`
      create temp trigger if not exists log_${table}_insert after insert on main.${quote(table)} ${when}
      begin ${log('new', 'null', row('new'))} end;
      create temp trigger if not exists log_${table}_update after update on main.${quote(table)} ${when} and ${row('new')} is not ${row('old')}
      begin ${log('new', row('old'), row('new'))} end;
      create temp trigger if not exists log_${table}_delete after delete on main.${quote(table)} ${when}
      begin ${log('old', row('old'), 'null')} end;
    `);
  }
}
