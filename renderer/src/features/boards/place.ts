import type { Place } from '../../../../shared/contract/boards';

/**
 * Where moved cards land, as the core wants it: between two cards of the target column that are not
 * themselves moving. `index` is the slot in that column (0 = top); out-of-range slots clamp to the ends.
 */
export function placeAt(column: readonly { id: string }[], moving: ReadonlySet<string>, index: number): Place {
  const staying = column.filter((c) => !moving.has(c.id));
  const at = Math.max(0, Math.min(staying.length, index));
  return { after: staying[at - 1]?.id ?? null, before: staying[at]?.id ?? null };
}

/** The slot a card dropped on `target`'s top or bottom edge takes, counted among the cards that stay. */
export function slotBeside(column: readonly { id: string }[], moving: ReadonlySet<string>, targetId: string, edge: 'top' | 'bottom'): number {
  const staying = column.filter((c) => !moving.has(c.id));
  const at = staying.findIndex((c) => c.id === targetId);
  if (at < 0) return staying.length;
  return edge === 'top' ? at : at + 1;
}

/** Cards in board order: by rank, ties by id, so every view orders a column the same way. */
export const byRank = <T extends { id: string; rank: string }>(a: T, b: T) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1);
