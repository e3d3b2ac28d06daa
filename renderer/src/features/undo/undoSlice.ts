import type { SliceCreator } from '../../store/types';

/** A change already saved in the store, with the calls that reverse and repeat it. */
export interface UndoEntry {
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
  clearUndo(): void;
}

const LIMIT = 100;

type Stack = 'undoStack' | 'redoStack';

export const createUndoSlice: SliceCreator<UndoSlice> = (set, get) => {
  // Undo and redo are one move in opposite directions: pop from one stack, apply, push on the other.
  const step = async (from: Stack, to: Stack, apply: 'undo' | 'redo', verb: string) => {
    const entry = get()[from].at(-1);
    if (!entry) return;
    set({ [from]: get()[from].slice(0, -1) });
    if (await entry[apply]()) {
      set({ [to]: [...get()[to], entry] });
      get().notify({ kind: 'info', message: `${verb}: ${entry.label}` });
    }
  };
  return {
    undoStack: [],
    redoStack: [],
    pushUndo: (entry) => set((s) => ({ undoStack: [...s.undoStack.slice(-LIMIT + 1), entry], redoStack: [] })),
    undo: () => step('undoStack', 'redoStack', 'undo', 'Undid'),
    redo: () => step('redoStack', 'undoStack', 'redo', 'Redid'),
    clearUndo: () => set({ undoStack: [], redoStack: [] }),
  };
};
