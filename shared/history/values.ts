// Stored values as the boards show them: "In production", not in_production; "Dec 2026", not 2026-12.
import { CONTENT_STATUS_LABELS, FUNNEL_STAGE_LABELS } from '../domain/content';
import { TEAM_LABELS } from '../domain/team';
import { formatForInput } from '../format';
import { periodLabel } from '../planning/periods';

export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatForInput(value); // every digit: a log must not round
  return String(value);
}

const named = (names: Record<string, string>) => (v: unknown) => (typeof v === 'string' && Object.hasOwn(names, v) ? names[v]! : showValue(v));

/** Lists are stored as JSON text (personas, industries): read them as the names they hold. */
function showList(value: unknown): string {
  if (typeof value !== 'string') return showValue(value);
  try {
    const list: unknown = JSON.parse(value);
    if (Array.isArray(list)) return list.length ? list.map(String).join(', ') : '—';
  } catch {
    // Not a list after all: show it as it is.
  }
  return showValue(value);
}

const BY_FIELD: Record<string, Record<string, (v: unknown) => string>> = {
  content_items: { status: named(CONTENT_STATUS_LABELS), stage: named(FUNNEL_STAGE_LABELS), personas: showList, industries: showList },
  budget_lines: { month: (v) => (typeof v === 'string' && v ? periodLabel(v) : showValue(v)), team: named(TEAM_LABELS) },
};

/** One field's stored value in the user's words. */
export const showField = (table: string, field: string, value: unknown): string => (BY_FIELD[table]?.[field] ?? showValue)(value);
