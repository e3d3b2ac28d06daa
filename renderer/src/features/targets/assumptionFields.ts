import { decimalMark, formatForInput, formatInputInUnit, formatMoney } from '../../../../shared/format';
import { readInUnit } from '../../../../shared/parse/units';
import { DEFAULT_ASSUMPTIONS, type TargetAssumptions } from '../../../../shared/planning/funnel';

export type AssumptionKey = keyof TargetAssumptions;

export interface AssumptionField {
  key: AssumptionKey;
  label: string;
  suffix?: string;
  kind: 'money' | 'percent' | 'days' | 'hours';
  hint: string;
}

export const FUNNEL_FIELDS: AssumptionField[] = [
  { key: 'bookingsTarget', label: 'New-bookings target', kind: 'money', hint: 'For the whole plan period' },
  { key: 'avgDealSize', label: 'Average deal size', kind: 'money', hint: 'New-customer deals' },
  { key: 'winRate', label: 'Win rate', kind: 'percent', suffix: '%', hint: '20–30% mid-market, 10–20% enterprise' },
  { key: 'sqlToOppRate', label: 'SQL → opportunity', kind: 'percent', suffix: '%', hint: 'SQLs that become opportunities' },
  { key: 'mqlToSqlRate', label: 'MQL → SQL', kind: 'percent', suffix: '%', hint: 'MQLs sales accepts' },
  { key: 'salesCycleDays', label: 'Sales cycle', kind: 'days', suffix: 'days', hint: 'Opportunity created to closed' },
  { key: 'marketingSourcedShare', label: 'Marketing-sourced pipeline', kind: 'percent', suffix: '%', hint: 'The rest is sales-sourced' },
];

/** The follow-up both teams commit to: not funnel math, but the SLAs that follow the plan take it. */
export const FOLLOW_UP_FIELDS: AssumptionField[] = [
  { key: 'followUpHours', label: 'Sales follows up MQLs within', kind: 'hours', suffix: 'hours', hint: '24 h is common in B2B, 4 h for demo requests' },
  { key: 'followUpCoverage', label: 'Share of MQLs followed up', kind: 'percent', suffix: '%', hint: 'Sales follows up at least this share' },
];

export const ASSUMPTION_FIELDS = [...FUNNEL_FIELDS, ...FOLLOW_UP_FIELDS];
export const ASSUMPTION_LABELS = Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, f.label])) as Record<AssumptionKey, string>;

export type Draft = Record<AssumptionKey, string>;

/** What the fields show: every digit, grouped for money, in the user's locale. */
export const toDraft = (a: TargetAssumptions): Draft => Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, formatInputInUnit(a[f.key], f.kind)])) as Draft;

export function defaultLabel(field: AssumptionField): string {
  const v = DEFAULT_ASSUMPTIONS[field.key];
  return field.kind === 'money' ? formatMoney(v) : `${formatForInput(v)}${field.kind === 'percent' ? '%' : ` ${field.kind}`}`;
}

/** Draft text to numbers, and the message for each field that can't be read. */
export function fromDraft(draft: Draft): { values: Partial<TargetAssumptions>; errors: Partial<Record<AssumptionKey, string>> } {
  const values: Partial<TargetAssumptions> = {};
  const errors: Partial<Record<AssumptionKey, string>> = {};
  for (const f of ASSUMPTION_FIELDS) {
    // "0.24" for a win rate could be 24% or 0.24%: the field asks rather than guess.
    const parsed = readInUnit(draft[f.key], f.kind, f.label, { decimal: decimalMark(), lenient: true });
    if (!parsed.ok) errors[f.key] = parsed.error;
    else if (parsed.value === null) errors[f.key] = `${f.label} is required`;
    else values[f.key] = parsed.value;
  }
  return { values, errors };
}
