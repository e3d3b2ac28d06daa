import { describeRow, showValue } from './describe';

type Row = Record<string, unknown>;

/**
 * A card's latest change in a few words: "Stage target → aware", "Tier 3 → 1 and 1 more", "Added",
 * "Reordered" (only its place in the column moved).
 */
export function cardActivityText(table: string, rowId: string, before: Row | null, after: Row | null): string {
  const change = describeRow(table, rowId, before, after);
  if (change.kind === 'added') return 'Added';
  if (change.kind === 'deleted') return 'Deleted';
  // Order keys (rank) are never among the fields: a change of nothing else only moved the card in its column.
  const { fields } = change;
  if (!fields.length) return before?.rank !== after?.rank ? 'Reordered' : 'Edited';
  const [first] = fields;
  const more = fields.length > 1 ? ` and ${fields.length - 1} more` : '';
  return `${first!.label} ${showValue(first!.from)} → ${showValue(first!.to)}${more}`;
}
