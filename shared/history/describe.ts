// The change log in the user's words: which rows a change set touched, which fields moved from what to
// what, and a one-line label for undo toasts and the activity panels.
import type { FieldChange, RowChange } from '../contract/history';
import { countOf, formatForInput } from '../format';
import { periodLabel } from '../planning/periods';
import { FIELD_LABELS, NOUNS } from './labels';

type Row = Record<string, unknown>;

/** Bookkeeping columns: they change with every write and mean nothing to a reader. */
const HIDDEN = new Set(['id', 'plan_id', 'revision', 'created_at', 'updated_at']);

export function rowName(table: string, row: Row): string {
  if (table === 'kpi_snapshots') return `${String(row.metric)}, ${periodLabel(String(row.period))} (${String(row.team)})`;
  if (typeof row.name === 'string' && row.name) return row.name;
  if (typeof row.label === 'string' && row.label) return row.label;
  return String(row.id ?? '');
}

export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatForInput(value); // every digit: a log must not round
  return String(value);
}

const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** One row's change: added, deleted, or the fields an edit moved. */
export function describeRow(table: string, rowId: string, before: Row | null, after: Row | null): RowChange {
  const row = after ?? before ?? {};
  const kind = !before ? 'added' : !after ? 'deleted' : 'edited';
  const fields: FieldChange[] =
    before && after
      ? Object.keys(after)
          .filter((k) => !HIDDEN.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
          .map((k) => ({ field: k, label: fieldLabel(k), from: before[k], to: after[k] }))
      : [];
  return { table, rowId, kind, name: rowName(table, row), fields };
}

const VERBS = { added: 'Added', edited: 'Edited', deleted: 'Deleted' } as const;
const noun = (table: string) => NOUNS[table] ?? { one: 'row', many: 'rows' };

/** "Edited Acme: Tier 3 → 1", "Added account Hooli", "Added 2 accounts, edited 10 accounts". */
export function changeSetLabel(rows: readonly RowChange[], rowCount = rows.length): string {
  // A new plan comes with its first rows (the Base scenario, a copy's accounts): the plan is the news.
  const plan = rows.find((r) => r.table === 'plans' && r.kind === 'added');
  if (plan) return `Created plan ${plan.name}`;
  const [first] = rows;
  if (rowCount === 1 && first) return oneRow(first);
  // One row of its kind first, then rows of other tables: the rest followed from it (the SLAs that
  // follow a scenario), so the label is that row's, and the rest are counted.
  if (first && rowCount === rows.length && rows.every((r, i) => i === 0 || r.table !== first.table)) {
    return `${oneRow(first)}; also ${groupLabel(rows.slice(1), rows.length - 1)}`;
  }
  const text = groupLabel(rows, rowCount);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function oneRow(r: RowChange): string {
  if (r.kind !== 'edited') return `${VERBS[r.kind]} ${noun(r.table).one} ${r.name}`;
  const shown = r.fields.slice(0, 2).map((f) => `${f.label} ${showValue(f.from)} → ${showValue(f.to)}`);
  const more = r.fields.length > 2 ? ` and ${countOf(r.fields.length - 2, 'more field', 'more fields')}` : '';
  return `Edited ${r.name}${shown.length ? `: ${shown.join(', ')}${more}` : ''}`;
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

