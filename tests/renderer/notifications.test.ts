import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { createNotificationsSlice, type NotificationsSlice } from '../../renderer/src/features/notifications/notificationsSlice';

// The slice on its own store: it only calls its own actions.
const makeStore = () => create<NotificationsSlice>()((...a) => createNotificationsSlice(...(a as Parameters<typeof createNotificationsSlice>)));

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a newer message on the same topic replaces the older one, so a success never sits beside a stale error', () => {
    const store = makeStore();
    store.getState().notify({ kind: 'error', topic: 'grid', message: 'Employees must be a number' });
    store.getState().notify({ kind: 'info', message: 'Saved 3 snapshots.' });
    store.getState().notify({ kind: 'info', topic: 'grid', message: 'Pasted: 2 rows edited.' });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Saved 3 snapshots.', 'Pasted: 2 rows edited.']);
  });

  it('messages without a topic stack, at most four at once, and each leaves on its own', () => {
    const store = makeStore();
    for (const n of [1, 2, 3, 4, 5]) store.getState().notify({ kind: 'info', message: `m${n}` });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['m2', 'm3', 'm4', 'm5']);
    store.getState().notify({ kind: 'error', message: 'e' });
    vi.advanceTimersByTime(6_000);
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['e']);
    vi.advanceTimersByTime(4_000);
    expect(store.getState().toasts).toEqual([]);
  });
});
