import type { SliceCreator } from '../../store/types';
import { loadStored, saveStored, withFilters, type Filters, type StoredFilters } from './boardFilters';

/** Each board's search and filters per plan (see boardFilters.ts), written through to this browser's storage. */
export interface BoardFiltersSlice {
  boardFilters: StoredFilters;
  setBoardFilters(key: string, filters: Filters): void;
}

export const createBoardFiltersSlice: SliceCreator<BoardFiltersSlice> = (set, get) => ({
  boardFilters: loadStored(),
  setBoardFilters: (key, filters) => {
    const next = withFilters(get().boardFilters, key, filters);
    set({ boardFilters: next });
    saveStored(next);
  },
});
