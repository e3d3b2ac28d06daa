import { useMemo } from 'react';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { useBoardFilters } from '../useBoardFilters';
import { AccountsBoard } from './AccountsBoard';
import { fromStored, STORED_DEFAULTS, toStored, type AccountBoardFilters } from './boardFilters';

/** The accounts board with its filters, kept per plan on this device across view switches and reloads. */
export function AccountsBoardView({ plan }: { plan: PlanSummary }) {
  const [stored, setStored] = useBoardFilters('accounts', plan.id, STORED_DEFAULTS);
  const filters = useMemo(() => fromStored(stored), [stored]);
  return <AccountsBoard plan={plan} filters={filters} setFilters={(patch: Partial<AccountBoardFilters>) => setStored(toStored(patch))} />;
}
