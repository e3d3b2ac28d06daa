import type { SliceCreator } from '../../store/types';

/** A change already saved in the store, with the calls that reverse and repeat it. */
export interface UndoEntry {
  /** The plan the change was made in: undo only ever reaches into the plan on screen. */
  planId: string;
  label: string;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
}

export interface UndoSlice {
  undoStack: UndoEntry[];
  redoStack: UndoEntry[];
  pushUndo(entry: UndoEntry): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Undoes this one change, if it is still undoable: what a toast's Undo button means. */
  undoEntry(entry: UndoEntry): Promise<void>;
  /** The plan is gone: its history goes with it. */
  forgetHistory(planId: string): void;
}

/** Per plan, so a busy plan never pushes another plan's history out. */
const LIMIT = 100;

type Stack = 'undoStack' | 'redoStack';

export const createUndoSlice: SliceCreator<UndoSlice> = (set, get) => {
  // Undo and redo are one move in opposite directions: take the entry from one stack, apply it, push
  // it on the other. Each plan keeps its own history across plan switches.
  const apply = async (entry: UndoEntry, from: Stack, to: Stack, direction: 'undo' | 'redo') => {
    set({ [from]: get()[from].filter((e) => e !== entry) });
    if (await entry[direction]()) {
      set({ [to]: [...get()[to], entry] });
      get().notify({ kind: 'info', topic: 'undo', message: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}` });
    }
  };
  const step = async (from: Stack, to: Stack, direction: 'undo' | 'redo') => {
    const planId = get().currentPlanId;
    const entry = get()[from].findLast((e) => e.planId === planId);
    if (!entry) return get().notify({ kind: 'info', topic: 'undo', message: `Nothing to ${direction} in this plan.` });
    await apply(entry, from, to, direction);
  };
  return {
    undoStack: [],
    redoStack: [],
    pushUndo: (entry) =>
      set((s) => {
        const own = s.undoStack.filter((e) => e.planId === entry.planId);
        const dropped = own.length >= LIMIT ? own[0] : undefined;
        return { undoStack: [...s.undoStack.filter((e) => e !== dropped), entry], redoStack: s.redoStack.filter((e) => e.planId !== entry.planId) };
      }),
    undo: () => step('undoStack', 'redoStack', 'undo'),
    redo: () => step('redoStack', 'undoStack', 'redo'),
    undoEntry: async (entry) => {
      if (!get().undoStack.includes(entry)) return get().notify({ kind: 'info', topic: 'undo', message: `Already undone: ${entry.label}` });
      await apply(entry, 'undoStack', 'redoStack', 'undo');
    },
    forgetHistory: (planId) => set((s) => ({ undoStack: s.undoStack.filter((e) => e.planId !== planId), redoStack: s.redoStack.filter((e) => e.planId !== planId) })),
  };
};
