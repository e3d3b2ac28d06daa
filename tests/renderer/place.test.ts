import { describe, expect, it } from 'vitest';
import { byRank, placeAt, slotBeside } from '../../renderer/src/features/boards/place';

const column = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('where moved cards land', () => {
  it('between the two staying cards around the slot, null at the ends', () => {
    expect(placeAt(column, new Set(), 0)).toEqual({ after: null, before: 'a' });
    expect(placeAt(column, new Set(), 2)).toEqual({ after: 'b', before: 'c' });
    expect(placeAt(column, new Set(), 9)).toEqual({ after: 'd', before: null });
    expect(placeAt([], new Set(), 0)).toEqual({ after: null, before: null });
  });
  it('counts slots among the cards that stay, so a card never lands beside itself', () => {
    const moving = new Set(['b']);
    expect(slotBeside(column, moving, 'c', 'top')).toBe(1);
    expect(placeAt(column, moving, slotBeside(column, moving, 'c', 'top'))).toEqual({ after: 'a', before: 'c' });
    expect(placeAt(column, moving, slotBeside(column, moving, 'a', 'bottom'))).toEqual({ after: 'a', before: 'c' });
    expect(slotBeside(column, moving, 'b', 'top')).toBe(3); // dropped on itself: the end
  });
  it('orders by rank, then id', () => {
    expect([{ id: 'y', rank: 'a1' }, { id: 'x', rank: 'a1' }, { id: 'z', rank: 'a0' }].sort(byRank).map((c) => c.id)).toEqual(['z', 'x', 'y']);
    const [a, b, c] = [{ id: 'a', rank: 'a1' }, { id: 'b', rank: 'a1' }, { id: 'c', rank: 'a2' }];
    expect([byRank(a, b), byRank(b, a), byRank(a, c), byRank(c, a), byRank(a, a)]).toEqual([-1, 1, -1, 1, 1]);
  });
});
