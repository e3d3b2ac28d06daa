import { useState } from 'react';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { AccountsBoard } from './AccountsBoard';
import { DEFAULT_BOARD_FILTERS, type AccountBoardFilters } from './boardFilters';

/** The accounts board with its filters. */
export function AccountsBoardView({ plan }: { plan: PlanSummary }) {
  const [filters, setFilters] = useState<AccountBoardFilters>(DEFAULT_BOARD_FILTERS);
  return <AccountsBoard plan={plan} filters={filters} setFilters={setFilters} />;
}
