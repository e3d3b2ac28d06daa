import { beforeEach, describe, expect, it } from 'vitest';
import { cellKey, inBoardOrder, layoutCards, neighbour, NO_LANE, rangeBetween } from '../../renderer/src/features/boards/layout';

type Card = { id: string; rank: string; col: string; lane: string };
const c = (id: string, col: string, rank: string, lane = ''): Card => ({ id, rank, col, lane });
const COLUMNS = ['a', 'b', 'c'];

describe('the board layout', () => {
  const cards = [c('a2', 'a', 'a2'), c('a1', 'a', 'a1'), c('a3', 'a', 'a3'), c('c1', 'c', 'a0'), c('x', 'gone', 'a0')];
  const layoutOf = (list: Card[]) => layoutCards(list, COLUMNS, [NO_LANE], (k) => k.col, (k) => k.lane);
  let layout = layoutOf(cards);
  beforeEach(() => {
    layout = layoutOf(cards);
  });

  it('puts every card in its cell in rank order, keeps empty cells, drops cards of unshown columns', () => {
    expect(layout.cells.get(cellKey('', 'a'))!.map((k) => k.id)).toEqual(['a1', 'a2', 'a3']);
    expect(layout.cells.get(cellKey('', 'b'))).toEqual([]);
    expect(layout.where.get('a3')).toEqual({ lane: '', column: 'a', index: 2 });
    expect(layout.where.has('x')).toBe(false);
    expect([...layout.columnCounts]).toEqual([['a', 3], ['b', 0], ['c', 1]]);
  });

  it('arrows: up and down in the cell, sideways to the nearest column with cards, at the same height or the last card', () => {
    expect(neighbour(layout, COLUMNS, 'a2', 'up')).toBe('a1');
    expect(neighbour(layout, COLUMNS, 'a2', 'down')).toBe('a3');
    expect(neighbour(layout, COLUMNS, 'a3', 'down')).toBeUndefined();
    expect(neighbour(layout, COLUMNS, 'a1', 'up')).toBeUndefined();
    expect(neighbour(layout, COLUMNS, 'a3', 'right')).toBe('c1'); // b is empty: skipped
    expect(neighbour(layout, COLUMNS, 'c1', 'left')).toBe('a1');
    expect(neighbour(layout, COLUMNS, 'a1', 'left')).toBeUndefined();
    expect(neighbour(layout, COLUMNS, 'c1', 'right')).toBeUndefined();
    expect(neighbour(layout, COLUMNS, 'nope', 'up')).toBeUndefined();
  });

  it('ranges stay within one cell, in cell order either way', () => {
    expect(rangeBetween(layout, 'a3', 'a1')).toEqual(['a1', 'a2', 'a3']);
    expect(rangeBetween(layout, 'a1', 'a2')).toEqual(['a1', 'a2']);
    expect(rangeBetween(layout, 'a1', 'c1')).toEqual(['c1']);
    expect(rangeBetween(layout, 'nope', 'a1')).toEqual(['a1']);
    // Another column, or another lane of the same column, is not a range: just the card clicked.
    const wide = layoutCards([c('a1', 'a', 'a1'), c('b1', 'b', 'a1'), c('b2', 'b', 'a2'), c('l1', 'a', 'a0', 'lee'), c('l2', 'a', 'a1', 'lee')], COLUMNS, ['', 'lee'], (k) => k.col, (k) => k.lane);
    expect(rangeBetween(wide, 'a1', 'b2')).toEqual(['b2']);
    expect(rangeBetween(wide, 'a1', 'l2')).toEqual(['l2']);
  });

  it('orders a selection as the board shows it: lane, column, then place; unknown ids dropped', () => {
    const lanes = ['dana', 'lee'];
    const laned = layoutCards([c('l1', 'a', 'a1', 'lee'), c('d2', 'b', 'a1', 'dana'), c('d1', 'a', 'a5', 'dana'), c('d0', 'a', 'a2', 'dana')], COLUMNS, lanes, (k) => k.col, (k) => k.lane);
    expect(inBoardOrder(laned, lanes, COLUMNS, ['l1', 'd2', 'd1', 'gone', 'd0'])).toEqual(['d0', 'd1', 'd2', 'l1']);
    // Sideways moves stay in the lane.
    expect(neighbour(laned, COLUMNS, 'l1', 'right')).toBeUndefined();
    expect(neighbour(laned, COLUMNS, 'd1', 'right')).toBe('d2');
  });
});
