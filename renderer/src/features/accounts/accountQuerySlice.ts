import { DEFAULT_QUERY, type AccountQuery } from '../../../../shared/domain/accountQuery';
import type { SliceCreator } from '../../store/types';

/** The accounts grid's search, filters and sort: kept while the user moves between areas. */
export interface AccountQuerySlice {
  query: AccountQuery;
  setQuery(patch: Partial<AccountQuery>): void;
}

export const createAccountQuerySlice: SliceCreator<AccountQuerySlice> = (set) => ({
  query: DEFAULT_QUERY,
  setQuery: (patch) => set((s) => ({ query: { ...s.query, ...patch } })),
});
