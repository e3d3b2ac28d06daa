// The change log in the user's words: which rows a change set touched, which fields moved from what to
// what, and a one-line label for undo toasts and the activity panels.
import type { FieldChange, RowChange } from '../contract/history';
import { countOf } from '../format';
import { periodLabel } from '../planning/periods';
import { BOARD_COLUMNS, FIELD_LABELS, NOUNS } from './labels';
import { showField, showValue } from './values';

export { showValue };

type Row = Record<string, unknown>;

/** Bookkeeping columns: they change with every write (or every move) and mean nothing to a reader. */
const HIDDEN = new Set(['id', 'plan_id', 'revision', 'created_at', 'updated_at', 'rank', 'status_since']);

export function rowName(table: string, row: Row): string {
  if (table === 'kpi_snapshots') return `${String(row.metric)}, ${periodLabel(String(row.period))} (${String(row.team)})`;
  if (table === 'content_accounts') return 'Account link';
  for (const key of ['name', 'title', 'label']) if (typeof row[key] === 'string' && row[key]) return row[key];
  return String(row.id ?? '');
}

const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** One row's change: added, deleted, moved on its board, or the fields an edit changed. */
export function describeRow(table: string, rowId: string, before: Row | null, after: Row | null): RowChange {
  const row = after ?? before ?? {};
  const changed = before && after ? Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])) : [];
  const fields: FieldChange[] = changed.filter((k) => !HIDDEN.has(k)).map((k) => ({ field: k, label: fieldLabel(k), from: before![k], to: after![k] }));
  const columns = BOARD_COLUMNS[table];
  // A new place in the column, or a new column (a move that kept its order key, or one made in a form).
  const moved = !!columns && (changed.includes('rank') || fields.length > 0) && fields.every((f) => columns.includes(f.field));
  const kind = !before ? 'added' : !after ? 'deleted' : moved ? 'moved' : 'edited';
  return { table, rowId, kind, name: rowName(table, row), fields };
}

const VERBS = { added: 'Added', edited: 'Edited', moved: 'Moved', deleted: 'Deleted' } as const;
const noun = (table: string) => NOUNS[table] ?? { one: 'row', many: 'rows' };
const fromTo = (r: RowChange, f: FieldChange) => `${showField(r.table, f.field, f.from)} → ${showField(r.table, f.field, f.to)}`;

/** What happened to one row, after its name: "Status Planned → Published", "Nov 2026 → Dec 2026", "added". */
export function rowSummary(r: RowChange): string {
  if (r.kind === 'moved') return r.fields.length ? `moved ${r.fields.map((f) => fromTo(r, f)).join(', ')}` : 'reordered in its column';
  if (r.kind === 'edited') return r.fields.length ? r.fields.map((f) => `${f.label} ${fromTo(r, f)}`).join(', ') : 'edited';
  return r.kind;
}

/** "Edited Acme: Tier 3 → 1", "Added account Hooli", "Moved Deck from Planned to Published", "Added 2 accounts, edited 10 accounts". */
export function changeSetLabel(rows: readonly RowChange[], rowCount = rows.length): string {
  // A new plan comes with its first rows (the Base scenario, a copy's accounts): the plan is the news.
  const plan = rows.find((r) => r.table === 'plans' && r.kind === 'added');
  if (plan) return `Created plan ${plan.name}`;
  const [first] = rows;
  if (rowCount === 1 && first) return oneRow(first);
  if (first && rowCount === rows.length && rows.every((r) => r.kind === 'moved' && r.table === first.table)) return manyMoved(rows);
  // One row of its kind first, then rows of other tables: the rest followed from it (the SLAs that
  // follow a scenario, an item's account links), so the label is that row's, and the rest are counted.
  if (first && rowCount === rows.length && rows.every((r, i) => i === 0 || r.table !== first.table)) {
    return `${oneRow(first)}; also ${groupLabel(rows.slice(1), rows.length - 1)}`;
  }
  const text = groupLabel(rows, rowCount);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function oneRow(r: RowChange): string {
  if (r.kind === 'moved') {
    const [f] = r.fields;
    return f ? `Moved ${r.name} from ${showField(r.table, f.field, f.from)} to ${showField(r.table, f.field, f.to)}` : `Reordered ${r.name}`;
  }
  if (r.kind !== 'edited') return `${VERBS[r.kind]} ${noun(r.table).one} ${r.name}`;
  const shown = r.fields.slice(0, 2).map((f) => `${f.label} ${fromTo(r, f)}`);
  const more = r.fields.length > 2 ? ` and ${countOf(r.fields.length - 2, 'more field', 'more fields')}` : '';
  return `Edited ${r.name}${shown.length ? `: ${shown.join(', ')}${more}` : ''}`;
}

/** Cards moved together land in one column: "Moved 2 budget lines to Oct 2026". */
function manyMoved(rows: readonly RowChange[]): string {
  const { table } = rows[0]!;
  const what = countOf(rows.length, noun(table).one, noun(table).many);
  // Cards already in the target column only change place; the others name where they went.
  const targets = new Set(rows.flatMap((r) => r.fields.slice(0, 1).map((f) => showField(table, f.field, f.to))));
  if (!targets.size) return `Reordered ${what}`;
  return targets.size === 1 ? `Moved ${what} to ${[...targets][0]}` : `Moved ${what}`;
}

/** "added 2 accounts, edited 10 accounts": rows counted by kind and table, in the order they came. */
function groupLabel(rows: readonly RowChange[], rowCount: number): string {
  const groups = new Map<string, number>();
  for (const r of rows) groups.set(`${r.kind}|${r.table}`, (groups.get(`${r.kind}|${r.table}`) ?? 0) + 1);
  // Rows beyond those listed are counted by the caller; they fall to the first group.
  const extra = rowCount - rows.length;
  const parts = [...groups].map(([key, n], i) => {
    const [kind, table] = key.split('|') as [RowChange['kind'], string];
    const { one, many } = noun(table);
    return `${VERBS[kind].toLowerCase()} ${countOf(n + (i === 0 ? extra : 0), one, many)}`;
  });
  return parts.join(', ');
}
