import { describeRow, showValue } from './describe';

type Row = Record<string, unknown>;

/** Order keys change on every move within a column; the card's news is what else changed. */
const UNSHOWN = new Set(['rank']);

/**
 * A card's latest change in a few words: "Stage target → aware", "Tier 3 → 1 and 1 more", "Added",
 * "Reordered" (only its place in the column moved).
 */
export function cardActivityText(table: string, rowId: string, before: Row | null, after: Row | null): string {
  const change = describeRow(table, rowId, before, after);
  if (change.kind === 'added') return 'Added';
  if (change.kind === 'deleted') return 'Deleted';
  const fields = change.fields.filter((f) => !UNSHOWN.has(f.field));
  if (!fields.length) return change.fields.length ? 'Reordered' : 'Edited';
  const [first] = fields;
  const more = fields.length > 1 ? ` and ${fields.length - 1} more` : '';
  return `${first!.label} ${showValue(first!.from)} → ${showValue(first!.to)}${more}`;
}
