import { useCallback, useMemo } from 'react';
import { useAppStore } from '../../store';
import { filtersKey, readFilters, type Filters } from './boardFilters';

/**
 * A board's search and filters, kept per board and per plan across view switches and reloads:
 * `const [filters, setFilters] = useBoardFilters('content', plan.id, DEFAULTS)`, then
 * `setFilters({ search: 'deck' })` changes only what it names. `defaults` gives every key and the kind
 * of value it holds (pass a constant, so `filters` stays the same object between renders).
 */
export function useBoardFilters<T extends Filters>(board: string, planId: string, defaults: T): [T, (patch: Partial<T>) => void] {
  const key = filtersKey(board, planId);
  const stored = useAppStore((s) => s.boardFilters[key]);
  const filters = useMemo(() => readFilters(defaults, stored), [defaults, stored]);
  const setFilters = useCallback(
    (patch: Partial<T>) => {
      const { boardFilters, setBoardFilters } = useAppStore.getState();
      // From the store at call time, not this render's copy: two quick changes both count.
      setBoardFilters(key, { ...readFilters(defaults, boardFilters[key]), ...patch });
    },
    [key, defaults],
  );
  return [filters, setFilters];
}
