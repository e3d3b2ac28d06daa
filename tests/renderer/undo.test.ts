import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createNotificationsSlice } from '../../renderer/src/features/notifications/notificationsSlice';
import { createPlanChoiceSlice } from '../../renderer/src/features/plans/planChoiceSlice';
import { createUndoSlice } from '../../renderer/src/features/undo/undoSlice';
import type { AppState } from '../../renderer/src/store/types';

type Slices = Parameters<typeof createUndoSlice>;
const makeStore = () =>
  create<AppState>()((...a) => ({ ...createPlanChoiceSlice(...(a as Slices)), ...createNotificationsSlice(...(a as Slices)), ...createUndoSlice(...(a as Slices)) }) as AppState);

const entry = (planId: string, label: string, log: string[], ok = true) => ({
  planId,
  label,
  undo: async () => (log.push(`undo ${label}`), ok),
  redo: async () => (log.push(`redo ${label}`), ok),
});

describe('undo, per plan', () => {
  it('reaches only into the plan on screen, and each plan keeps its history across switches', async () => {
    const store = makeStore();
    const log: string[] = [];
    const s = store.getState;
    s().selectPlan('a');
    s().pushUndo(entry('a', 'edit tier of Acme', log));
    s().selectPlan('b');
    s().pushUndo(entry('b', 'add Hooli', log));
    await s().undo();
    await s().undo();
    expect(log).toEqual(['undo add Hooli']);
    expect(s().toasts.at(-1)!.message).toBe('Nothing to undo in this plan.');
    s().selectPlan('a');
    await s().undo();
    expect(log).toEqual(['undo add Hooli', 'undo edit tier of Acme']);
    expect(s().toasts.at(-1)!.message).toBe('Undid: edit tier of Acme');
    await s().redo();
    expect(log.at(-1)).toBe('redo edit tier of Acme');
    await s().redo();
    expect(s().toasts.at(-1)!.message).toBe('Nothing to redo in this plan.');
  });

  it("a toast's Undo undoes its own change, not the newest; a deleted plan's history goes", async () => {
    const store = makeStore();
    const log: string[] = [];
    const s = store.getState;
    s().selectPlan('a');
    const deletion = entry('a', 'delete Acme', log);
    s().pushUndo(deletion);
    s().pushUndo(entry('a', 'edit tier of Globex', log));
    await s().undoEntry(deletion);
    expect(log).toEqual(['undo delete Acme']);
    expect(s().undoStack.map((e) => e.label)).toEqual(['edit tier of Globex']);
    await s().undoEntry(deletion);
    expect(s().toasts.at(-1)!.message).toBe('Already undone: delete Acme');
    s().pushUndo(entry('b', 'add Hooli', log));
    s().forgetHistory('a');
    expect([...s().undoStack, ...s().redoStack].map((e) => e.planId)).toEqual(['b']);
  });

  it('keeps the last 100 changes per plan, so one busy plan never pushes out another plan\'s history', () => {
    const store = makeStore();
    const s = store.getState;
    s().pushUndo(entry('a', 'only change in a', []));
    for (let i = 0; i < 150; i++) s().pushUndo(entry('b', `b${i}`, []));
    const labels = s().undoStack.map((e) => e.label);
    expect(labels[0]).toBe('only change in a');
    expect(labels.filter((l) => l.startsWith('b'))).toHaveLength(100);
    expect(labels.at(-100)).toBe('b50');
  });

  it('a new change clears only its own plan\'s redo; a failed undo keeps nothing to redo', async () => {
    const store = makeStore();
    const log: string[] = [];
    const s = store.getState;
    s().selectPlan('a');
    s().pushUndo(entry('a', 'one', log));
    s().pushUndo(entry('b', 'two', log));
    await s().undo();
    s().selectPlan('b');
    await s().undo();
    s().pushUndo(entry('b', 'three', log));
    expect(s().redoStack.map((e) => e.label)).toEqual(['one']);
    s().pushUndo(entry('b', 'broken', log, false));
    await s().undo();
    expect(s().redoStack.map((e) => e.label)).toEqual(['one']);
    expect(s().undoStack.map((e) => e.label)).toEqual(['three']);
  });
});
