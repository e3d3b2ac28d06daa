import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filtersKey, MOST_KEPT, readFilters, STORAGE_KEY, withFilters } from '../../renderer/src/features/boards/boardFilters';

/** This browser's storage, as a plain map. */
function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const CONTENT = { search: '', coverage: null as { stage: string } | null };
const BUDGET = { search: '', groupBy: 'month' };

describe('board filters, the pure part', () => {
  it('keep what was stored where it still fits the board, and the defaults elsewhere', () => {
    expect(readFilters(BUDGET, undefined)).toBe(BUDGET);
    expect(readFilters(BUDGET, { search: 'ads', groupBy: 'team' })).toEqual({ search: 'ads', groupBy: 'team' });
    // An older version's leftovers: wrong kinds of value and keys the board no longer has are dropped.
    expect(readFilters(BUDGET, { search: 42, groupBy: null, columns: 'x' })).toEqual(BUDGET);
    expect(readFilters(CONTENT, { coverage: { stage: 'decision' } })).toEqual({ search: '', coverage: { stage: 'decision' } });
    expect(readFilters(CONTENT, { coverage: ['decision'] })).toEqual(CONTENT);
    expect(readFilters({ tags: [] as string[] }, { tags: 'a' })).toEqual({ tags: [] });
  });

  it('are kept per board and plan, newest last, at most a bounded number of them', () => {
    expect(filtersKey('content', 'p1')).toBe('content:p1');
    let all = withFilters({}, 'content:p1', { search: 'a' });
    all = withFilters(all, 'budget:p1', { search: 'b' });
    all = withFilters(all, 'content:p1', { search: 'c' });
    expect(Object.entries(all)).toEqual([
      ['budget:p1', { search: 'b' }],
      ['content:p1', { search: 'c' }],
    ]);
    for (let i = 0; i < MOST_KEPT + 5; i++) all = withFilters(all, `content:plan${i}`, {});
    expect(Object.keys(all)).toHaveLength(MOST_KEPT);
    expect(all['content:p1']).toBeUndefined();
  });
});

describe('useBoardFilters', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  async function load(storage: ReturnType<typeof fakeStorage>) {
    vi.stubGlobal('localStorage', storage);
    const { useBoardFilters } = await import('../../renderer/src/features/boards/useBoardFilters');
    const { useAppStore } = await import('../../renderer/src/store');
    /** Renders a board reading its filters; returns what it read and its setter. */
    const render = (board: string, planId: string, defaults: Record<string, unknown>) => {
      let got: ReturnType<typeof useBoardFilters> | undefined;
      renderToString(createElement(() => ((got = useBoardFilters(board, planId, defaults)), null)));
      return got!;
    };
    return { render, useAppStore };
  }

  it('a reload shows each board of each plan filtered as it was left', async () => {
    const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ 'content:p1': { search: 'deck', coverage: { stage: 'decision' } }, 'content:p2': { search: 'other plan' } }) });
    const { render } = await load(storage);
    expect(render('content', 'p1', CONTENT)[0]).toEqual({ search: 'deck', coverage: { stage: 'decision' } });
    expect(render('content', 'p2', CONTENT)[0]).toEqual({ search: 'other plan', coverage: null });
    expect(render('budget', 'p1', BUDGET)[0]).toBe(BUDGET);
  });

  it('a change names only what changes, reaches the store at once and is written to storage', async () => {
    const storage = fakeStorage();
    const { render, useAppStore } = await load(storage);
    const [, setFilters] = render('budget', 'p1', BUDGET);
    setFilters({ groupBy: 'team' });
    setFilters({ search: 'ads' }); // two quick changes: neither loses the other
    expect(useAppStore.getState().boardFilters['budget:p1']).toEqual({ search: 'ads', groupBy: 'team' });
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({ 'budget:p1': { search: 'ads', groupBy: 'team' } });
  });

  it('unreadable or missing storage leaves the boards at their defaults, and still working', async () => {
    const { render, useAppStore } = await load(fakeStorage({ [STORAGE_KEY]: '{not json' }));
    expect(render('budget', 'p1', BUDGET)[0]).toBe(BUDGET);
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    render('budget', 'p1', BUDGET)[1]({ search: 'x' });
    expect(useAppStore.getState().boardFilters['budget:p1']).toEqual({ search: 'x', groupBy: 'month' });
  });
});
