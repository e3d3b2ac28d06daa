import { byRank } from './place';

/** Lanes × columns: a board without swimlanes has one lane, ''. */
export const NO_LANE = '';

export const cellKey = (lane: string, column: string) => `${lane}\u0000${column}`;

export interface Layout<T> {
  /** Each cell's cards in rank order; every lane × column has an entry, empty or not. */
  cells: Map<string, T[]>;
  /** Where each card is: its lane, column and index in its cell. */
  where: Map<string, { lane: string; column: string; index: number }>;
  /** Cards per column across all lanes. */
  columnCounts: Map<string, number>;
}

/** Groups cards into cells in one pass, dropping cards whose column or lane is not shown. */
export function layoutCards<T extends { id: string; rank: string }>(
  cards: readonly T[],
  columns: readonly string[],
  lanes: readonly string[],
  columnOf: (card: T) => string,
  laneOf: (card: T) => string,
): Layout<T> {
  const cells = new Map<string, T[]>();
  for (const lane of lanes) for (const column of columns) cells.set(cellKey(lane, column), []);
  for (const card of cards) cells.get(cellKey(laneOf(card), columnOf(card)))?.push(card);
  const where = new Map<string, { lane: string; column: string; index: number }>();
  const columnCounts = new Map(columns.map((c) => [c, 0]));
  for (const lane of lanes) {
    for (const column of columns) {
      const list = cells.get(cellKey(lane, column))!.sort(byRank);
      list.forEach((card, index) => where.set(card.id, { lane, column, index }));
      columnCounts.set(column, columnCounts.get(column)! + list.length);
    }
  }
  return { cells, where, columnCounts };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The card the arrow keys go to from `id`: up and down within its cell; left and right to the nearest
 * column of the same lane that has cards, at the same height or its last card.
 */
export function neighbour<T extends { id: string }>(layout: Layout<T>, columns: readonly string[], id: string, direction: Direction): string | undefined {
  const at = layout.where.get(id);
  if (!at) return undefined;
  const list = layout.cells.get(cellKey(at.lane, at.column))!;
  if (direction === 'up') return list[at.index - 1]?.id;
  if (direction === 'down') return list[at.index + 1]?.id;
  const step = direction === 'left' ? -1 : 1;
  for (let c = columns.indexOf(at.column) + step; c >= 0 && c < columns.length; c += step) {
    const other = layout.cells.get(cellKey(at.lane, columns[c]!))!;
    if (other.length) return other[Math.min(at.index, other.length - 1)]!.id;
  }
  return undefined;
}

/** The cards of one cell between two of its cards, both included, in cell order (Shift+click, Shift+arrows). */
export function rangeBetween<T extends { id: string }>(layout: Layout<T>, fromId: string, toId: string): string[] {
  const from = layout.where.get(fromId);
  const to = layout.where.get(toId);
  if (!from || !to || from.lane !== to.lane || from.column !== to.column) return [toId];
  const list = layout.cells.get(cellKey(to.lane, to.column))!;
  return list.slice(Math.min(from.index, to.index), Math.max(from.index, to.index) + 1).map((c) => c.id);
}

/** The given ids in board order (lane by lane, column by column, top to bottom), unknown ids dropped. */
export function inBoardOrder<T extends { id: string }>(layout: Layout<T>, lanes: readonly string[], columns: readonly string[], ids: Iterable<string>): string[] {
  const rank = (id: string) => {
    const w = layout.where.get(id)!;
    return [lanes.indexOf(w.lane), columns.indexOf(w.column), w.index];
  };
  return [...ids]
    .filter((id) => layout.where.has(id))
    .map((id) => ({ id, key: rank(id) }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
    .map((x) => x.id);
}
