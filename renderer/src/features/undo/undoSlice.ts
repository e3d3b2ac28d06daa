import { queryClient } from '../../api/cache';
import { invoke } from '../../api/client';
import type { SliceCreator } from '../../store/types';

export interface UndoSlice {
  /**
   * Undoes the latest change of the plan on screen (Ctrl/Cmd+Z), or with `step` only that change of
   * its plan, if still its latest (a toast's Undo, even after a plan switch).
   */
  undo(step?: { planId: string; changeSetId: string }): Promise<void>;
  /** Redoes the plan's most recently undone change (Ctrl/Cmd+Shift+Z). */
  redo(): Promise<void>;
  /** Offers Undo for the change just made: the latest change set of the plan, named so Undo means it. */
  offerUndo(planId: string, message: string): Promise<void>;
}

/**
 * Undo and redo are the core's (history.undo / history.redo): the change log lives with the data, so
 * they work the same from every door and after a reload. Presses run one after another, in order;
 * a refused step is said and stays in the history.
 */
export const createUndoSlice: SliceCreator<UndoSlice> = (_set, get) => {
  let queue: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>) => (queue = queue.then(step, step));
  const run = (direction: 'undo' | 'redo', step?: { planId: string; changeSetId: string }) =>
    inTurn(async () => {
      const planId = step?.planId ?? get().currentPlanId;
      const changeSetId = step?.changeSetId;
      if (!planId) return;
      const result = direction === 'undo' ? await invoke('history.undo', { planId, ...(changeSetId ? { changeSetId } : {}) }) : await invoke('history.redo', { planId });
      if (!result.ok) return get().notify({ kind: 'error', topic: 'undo', message: result.error.message });
      const done = result.value.changeSet;
      if (!done) return get().notify({ kind: 'info', topic: 'undo', message: `Nothing to ${direction} in this plan.` });
      // Any area of the plan may have changed (and the plan list, for a rename): what is on screen reloads.
      await queryClient.invalidateQueries();
      get().notify({ kind: 'info', topic: 'undo', message: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${done.label}` });
    });
  return {
    undo: (step) => run('undo', step),
    redo: () => run('redo'),
    offerUndo: async (planId, message) => {
      const latest = await invoke('history.list', { planId, limit: 1 });
      const id = latest.ok ? latest.value[0]?.id : undefined;
      get().notify({ kind: 'info', message, ...(id ? { action: { label: 'Undo', run: () => void get().undo({ planId, changeSetId: id }) } } : {}) });
    },
  };
};
