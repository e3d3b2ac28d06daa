import { STAGES, type Account, type AccountFields } from '../../../../shared/domain/account';
import type { AccountSortKey } from '../../../../shared/domain/accountQuery';
import { formatMoney, formatNumber, parseAmount } from '../../../../shared/format';

export type Editor = { kind: 'text' } | { kind: 'number'; money: boolean } | { kind: 'select'; options: readonly { value: string; label: string }[] };

export interface Column {
  key: AccountSortKey & keyof AccountFields;
  label: string;
  width: number;
  align?: 'right';
  editor: Editor;
  display(account: Account, currency: string): string;
  /** Turns what the user typed into the field's value, or a message saying what is wrong. */
  parse(text: string): { ok: true; value: AccountFields[keyof AccountFields] } | { ok: false; error: string };
}

const textColumn = (key: Column['key'], label: string, width: number): Column => ({
  key,
  label,
  width,
  editor: { kind: 'text' },
  display: (a) => String(a[key] ?? ''),
  parse: (t) => ({ ok: true, value: t }),
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
  parse: (t) => {
    const parsed = parseAmount(t);
    if (!parsed.ok) return parsed;
    // Open pipeline has no "unknown": empty means none.
    return { ok: true, value: key === 'openPipeline' ? (parsed.value ?? 0) : parsed.value };
  },
});

export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  target: 'Target',
  aware: 'Aware',
  engaged: 'Engaged',
  opportunity: 'Opportunity',
  customer: 'Customer',
};

export const COLUMNS: Column[] = [
  textColumn('name', 'Account', 220),
  textColumn('domain', 'Domain', 190),
  {
    key: 'tier',
    label: 'Tier',
    width: 70,
    editor: { kind: 'select', options: [1, 2, 3].map((t) => ({ value: String(t), label: `Tier ${t}` })) },
    display: (a) => `T${a.tier}`,
    parse: (t) => ({ ok: true, value: Number(t) as 1 | 2 | 3 }),
  },
  {
    key: 'stage',
    label: 'Stage',
    width: 120,
    editor: { kind: 'select', options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })) },
    display: (a) => STAGE_LABELS[a.stage],
    parse: (t) => ({ ok: true, value: t as AccountFields['stage'] }),
  },
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

export const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);
