import { STAGE_LABELS, STAGES, type Account, type AccountFields } from '../../../../shared/domain/account';
import type { AccountSortKey } from '../../../../shared/domain/accountQuery';
import { decimalMark, formatForInput, formatMoney, formatNumber } from '../../../../shared/format';
import { parseMoney, parseNumber, type Parsed } from '../../../../shared/parse/number';

export type Editor = { kind: 'text' } | { kind: 'number'; money: boolean } | { kind: 'select'; options: readonly { value: string; label: string }[] };
type Value = AccountFields[keyof AccountFields];

export interface Column {
  key: AccountSortKey & keyof AccountFields;
  label: string;
  width: number;
  align?: 'right';
  editor: Editor;
  display(account: Account, currency: string): string;
  /** What the editor starts from: every digit of a number, a select's option value. */
  editText(account: Account): string;
  /** Turns what the user typed or pasted into the field's value, or a message naming the field. */
  parse(text: string): Parsed<Value>;
  /** What Delete leaves in the cell; undefined where the field can't be empty (name, domain, tier, stage). */
  cleared: Value | undefined;
}

const textColumn = (key: Column['key'], label: string, width: number, required = false): Column => ({
  key,
  label,
  width,
  editor: { kind: 'text' },
  display: (a) => String(a[key] ?? ''),
  editText: (a) => String(a[key] ?? ''),
  parse: (t) => (required && !t.trim() ? { ok: false, error: `${label} can't be empty` } : { ok: true, value: t }),
  cleared: required ? undefined : '',
});

type NumberKey = 'employees' | 'annualRevenue' | 'openPipeline';
type NumberFormat = 'count' | 'money' | 'compact-money';

const numberColumn = (key: NumberKey, label: string, width: number, format: NumberFormat): Column => ({
  key,
  label,
  width,
  align: 'right',
  editor: { kind: 'number', money: format !== 'count' },
  display: (a, currency) => (format === 'count' ? formatNumber(a[key]) : formatMoney(a[key], currency, format === 'compact-money')),
  editText: (a) => formatForInput(a[key]),
  parse: (t) => {
    const options = { decimal: decimalMark(), lenient: true };
    const parsed = format === 'count' ? parseNumber(t, label, options) : parseMoney(t, label, options);
    if (!parsed.ok) return parsed;
    // Open pipeline has no "unknown": empty means none.
    return { ok: true, value: key === 'openPipeline' ? (parsed.value ?? 0) : parsed.value };
  },
  cleared: key === 'openPipeline' ? 0 : null,
});

export { STAGE_LABELS };

type Option = { value: string; label: string; short: string };

function selectColumn(key: 'tier' | 'stage', label: string, width: number, options: Option[], read: (v: string) => Value): Column {
  const byValue = (v: unknown) => options.find((o) => o.value === String(v))!;
  return {
    key,
    label,
    width,
    editor: { kind: 'select', options },
    display: (a) => byValue(a[key]).short,
    editText: (a) => String(a[key]),
    // A pasted cell may say "2", "Tier 2" or "T2"; "engaged" or "Engaged".
    parse: (t) => {
      const needle = t.trim().toLowerCase();
      const option = options.find((o) => [o.value, o.label, o.short].some((name) => name.toLowerCase() === needle));
      return option ? { ok: true, value: read(option.value) } : { ok: false, error: `${label} must be one of ${options.map((o) => o.label).join(', ')}` };
    },
    cleared: undefined,
  };
}

export const COLUMNS: Column[] = [
  textColumn('name', 'Account', 220, true),
  textColumn('domain', 'Domain', 190, true),
  selectColumn('tier', 'Tier', 70, [1, 2, 3].map((t) => ({ value: String(t), label: `Tier ${t}`, short: `T${t}` })), (v) => Number(v) as 1 | 2 | 3),
  selectColumn('stage', 'Stage', 120, STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s], short: STAGE_LABELS[s] })), (v) => v as AccountFields['stage']),
  numberColumn('openPipeline', 'Open pipeline', 130, 'money'),
  textColumn('salesOwner', 'Sales owner', 140),
  textColumn('marketingOwner', 'Marketing owner', 150),
  textColumn('industry', 'Industry', 160),
  textColumn('region', 'Region', 130),
  numberColumn('employees', 'Employees', 105, 'count'),
  // Company revenue is read at a glance ("$1.2B"); pipeline is counted to the dollar.
  numberColumn('annualRevenue', 'Revenue', 110, 'compact-money'),
  textColumn('notes', 'Notes', 240),
];

export const ROW_ACTIONS_WIDTH = 80;
export const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0) + ROW_ACTIONS_WIDTH;
