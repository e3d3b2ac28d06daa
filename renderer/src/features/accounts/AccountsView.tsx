import { useDeferredValue, useMemo, useState } from 'react';
import type { Account } from '../../../../shared/domain/account';
import { ownersOf, queryAccounts } from '../../../../shared/domain/accountQuery';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { countOf, formatMoney } from '../../../../shared/format';
import { useAppStore } from '../../store';
import { AccountFilters } from './AccountFilters';
import { AccountForm } from './AccountForm';
import { useAccounts } from './accounts';
import { AccountsTable } from './AccountsTable';
import type { Column } from './columns';

const NONE: Account[] = [];

export function AccountsView({ plan }: { plan: PlanSummary }) {
  const currency = plan.currency;
  const list = useAccounts(plan.id);
  const accounts = list.data ?? NONE;
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const [adding, setAdding] = useState(false);

  // Typing in search stays responsive with 10,000 rows: filtering runs at lower priority.
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => queryAccounts(accounts, deferredQuery), [accounts, deferredQuery]);
  const owners = useMemo(() => ownersOf(accounts), [accounts]);
  const pipeline = useMemo(() => rows.reduce((sum, a) => sum + a.openPipeline, 0), [rows]);

  const onSort = (key: Column['key']) =>
    setQuery({ sort: { key, dir: query.sort.key === key && query.sort.dir === 'asc' ? 'desc' : 'asc' } });

  return (
    <section className="view" aria-labelledby="accounts-title">
      <header className="view-header">
        <div>
          <h1 id="accounts-title" tabIndex={-1}>
            Target accounts
          </h1>
          <p className="subtitle">
            Joint account list for sales and marketing: tier together, agree owners on both sides, review at the ABM standup.
          </p>
        </div>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          + Add account
        </button>
      </header>
      <div className="toolbar">
        <AccountFilters query={query} owners={owners} onChange={setQuery} />
        <div className="summary" aria-live="polite">
          <strong>{rows.length.toLocaleString('en-US')}</strong> of {countOf(accounts.length, 'account')} ·{' '}
          <strong>{formatMoney(pipeline, currency, true)}</strong> open pipeline
        </div>
      </div>
      {list.isPending ? (
        <div className="empty" role="status">
          Loading accounts…
        </div>
      ) : list.isError ? (
        <div className="empty" role="alert">
          <p>Accounts could not be loaded: {list.error.message}</p>
          <button type="button" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : accounts.length === 0 ? (
        <div className="empty">
          <h2>No accounts in this plan yet</h2>
          <p>Add the accounts sales and marketing will target together this period.</p>
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add the first account
          </button>
        </div>
      ) : rows.length === 0 ? (
        <div className="empty">
          <h2>No accounts match these filters</h2>
          <button type="button" className="link" onClick={() => setQuery({ search: '', tier: null, stage: null, owner: null })}>
            Clear filters
          </button>
        </div>
      ) : (
        <AccountsTable planId={plan.id} rows={rows} accounts={accounts} currency={currency} sort={query.sort} onSort={onSort} />
      )}
      <p className="keyboard-hint">
        Arrows move · Enter or typing edits · Tab next cell · Esc cancels · Delete clears · Ctrl+Delete removes the row · paste a block from a spreadsheet · Ctrl+Z undo
      </p>
      <AccountForm planId={plan.id} open={adding} onClose={() => setAdding(false)} />
    </section>
  );
}
