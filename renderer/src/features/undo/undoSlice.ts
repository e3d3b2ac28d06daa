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
}

const LIMIT = 100;

type Stack = 'undoStack' | 'redoStack';

export const createUndoSlice: SliceCreator<UndoSlice> = (set, get) => {
  // Undo and redo are one move in opposite directions: take the plan's latest entry from one stack,
  // apply it, push it on the other. Each plan keeps its own history across plan switches.
  const step = async (from: Stack, to: Stack, apply: 'undo' | 'redo', verb: string) => {
    const planId = get().currentPlanId;
    const stack = get()[from];
    const index = stack.findLastIndex((e) => e.planId === planId);
    if (index < 0) {
      get().notify({ kind: 'info', topic: 'undo', message: `Nothing to ${apply} in this plan.` });
      return;
    }
    const entry = stack[index]!;
    set({ [from]: get()[from].filter((e) => e !== entry) });
    if (await entry[apply]()) {
      set({ [to]: [...get()[to], entry] });
      get().notify({ kind: 'info', topic: 'undo', message: `${verb}: ${entry.label}` });
    }
  };
  return {
    undoStack: [],
    redoStack: [],
    pushUndo: (entry) =>
      set((s) => ({ undoStack: [...s.undoStack.slice(-LIMIT + 1), entry], redoStack: s.redoStack.filter((e) => e.planId !== entry.planId) })),
    undo: () => step('undoStack', 'redoStack', 'undo', 'Undid'),
    redo: () => step('redoStack', 'undoStack', 'redo', 'Redid'),
  };
};
