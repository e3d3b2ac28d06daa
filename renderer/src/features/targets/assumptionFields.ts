import { DEFAULT_ASSUMPTIONS, type TargetAssumptions } from '../../../../shared/planning/funnel';
import { formatMoney, parseAmount } from '../../../../shared/format';

export type AssumptionKey = keyof TargetAssumptions;

export interface AssumptionField {
  key: AssumptionKey;
  label: string;
  suffix?: string;
  kind: 'money' | 'percent' | 'days';
  hint: string;
}

export const ASSUMPTION_FIELDS: AssumptionField[] = [
  { key: 'bookingsTarget', label: 'New-bookings target', kind: 'money', hint: 'For the whole plan period' },
  { key: 'avgDealSize', label: 'Average deal size', kind: 'money', hint: 'New-customer deals' },
  { key: 'winRate', label: 'Win rate', kind: 'percent', suffix: '%', hint: '20–30% mid-market, 10–20% enterprise' },
  { key: 'sqlToOppRate', label: 'SQL → opportunity', kind: 'percent', suffix: '%', hint: 'SQLs that become opportunities' },
  { key: 'mqlToSqlRate', label: 'MQL → SQL', kind: 'percent', suffix: '%', hint: 'MQLs sales accepts' },
  { key: 'salesCycleDays', label: 'Sales cycle', kind: 'days', suffix: 'days', hint: 'Opportunity created to closed' },
  { key: 'marketingSourcedShare', label: 'Marketing-sourced pipeline', kind: 'percent', suffix: '%', hint: 'The rest is sales-sourced' },
];

export type Draft = Record<AssumptionKey, string>;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Money reads "1,800,000" while typing stays free: parseAmount accepts separators, "1.8M" and "250k". */
export const toDraft = (a: TargetAssumptions): Draft =>
  Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, f.kind === 'money' ? grouped.format(a[f.key]) : String(a[f.key])])) as Draft;

export function defaultLabel(field: AssumptionField): string {
  const v = DEFAULT_ASSUMPTIONS[field.key];
  return field.kind === 'money' ? formatMoney(v) : `${v}${field.kind === 'percent' ? '%' : ' days'}`;
}

/** Draft text to numbers; what can't be read stays a string so the schema names the field. */
export function fromDraft(draft: Draft): Record<AssumptionKey, number | string> {
  return Object.fromEntries(
    ASSUMPTION_FIELDS.map((f) => {
      const parsed = parseAmount(draft[f.key].replace(/%\s*$/, ''));
      return [f.key, parsed.ok && parsed.value !== null ? parsed.value : draft[f.key]];
    }),
  ) as Record<AssumptionKey, number | string>;
}
