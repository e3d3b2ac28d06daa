import { useCallback, useMemo, useState } from 'react';
import type { AccountBoardInfo } from '../../../../../shared/contract/accounts';
import { STAGE_LABELS, STAGES, TIERS, type Account, type Tier } from '../../../../../shared/domain/account';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { abmCoverage } from '../../../../../shared/planning/abmCoverage';
import { reverseFunnel } from '../../../../../shared/planning/funnel';
import { planRange } from '../../../../../shared/planning/periods';
import { useOp } from '../../../api/cache';
import { useAppStore } from '../../../store';
import { moveAccounts, useAccounts } from '../../accounts/accounts';
import { useToday } from '../../clock/useToday';
import { ActivityPanel } from '../ActivityPanel';
import { Board } from '../Board';
import { AccountCard } from './AccountCard';
import { CoverageStrip } from './CoverageStrip';
import { TierSizesForm } from './TierSizesForm';
import { filterBoardAccounts, LANE_FIELDS, laneHeadings, type AccountBoardFilters, type ColumnsBy, type LaneField } from './boardFilters';

const NO_ACCOUNTS: Account[] = [];
const EMPTY_INFO: AccountBoardInfo = { latest: {}, contentLinks: {} };
const STAGE_COLUMNS = STAGES.map((s) => ({ id: s, title: STAGE_LABELS[s] }));
const TIER_COLUMNS = TIERS.map((t) => ({ id: String(t), title: `Tier ${t}` }));

/** The ABM standup's board: target accounts by engagement stage or tier, optionally in swimlanes by owner or region. */
export function AccountsBoard({ plan, filters, setFilters }: { plan: PlanSummary; filters: AccountBoardFilters; setFilters(patch: Partial<AccountBoardFilters>): void }) {
  const accounts = useAccounts(plan.id).data ?? NO_ACCOUNTS;
  const info = useOp('accounts.boardInfo', { planId: plan.id }).data ?? EMPTY_INFO;
  const summary = useOp('accounts.summary', { planId: plan.id }).data;
  const primary = (useOp('targets.list', { planId: plan.id }).data ?? []).find((s) => s.isPrimary);
  const today = useToday();
  const [editingSizes, setEditingSizes] = useState(false);
  const { columnsBy, lanesBy } = filters;

  const shown = useMemo(() => filterBoardAccounts(accounts, filters), [accounts, filters]);
  // Lanes from every account, not only those shown: a filtered board can still hand a card to anyone.
  const lanes = useMemo(() => (lanesBy ? laneHeadings(accounts, lanesBy) : undefined), [accounts, lanesBy]);
  const columnOf = useCallback((a: Account) => (columnsBy === 'stage' ? a.stage : String(a.tier)), [columnsBy]);
  const laneOf = useCallback((a: Account) => (lanesBy ? a[lanesBy] : ''), [lanesBy]);
  const pipelineNeeded = primary ? reverseFunnel(primary.assumptions, planRange(plan.fiscalPeriod).months).total.pipeline : null;
  const coverage = summary ? abmCoverage(summary, plan.tierSizes, pipelineNeeded) : null;
  const set = setFilters;

  return (
    <section className="view scroll" aria-labelledby="accounts-board-title">
      <header className="view-header">
        <div>
          <h1 id="accounts-board-title" tabIndex={-1}>
            Accounts board
          </h1>
          <p className="subtitle">The ABM standup: drag an account to another stage or tier, or focus it and press M. Shift+arrows select; Ctrl+Z undoes any change.</p>
        </div>
      </header>
      {coverage && <CoverageStrip coverage={coverage} currency={plan.currency} onEditSizes={() => setEditingSizes(true)} />}
      <div className="toolbar">
        <div className="filters">
          <input className="search" type="search" aria-label="Search accounts on the board" placeholder="Search name, domain, owner…" value={filters.search} onChange={(e) => set({ search: e.target.value })} />
          <label className="inline-field">
            <span>Tier</span>
            <select value={filters.tier ?? ''} onChange={(e) => set({ tier: e.target.value ? (Number(e.target.value) as Tier) : null })}>
              <option value="">All</option>
              {TIERS.map((t) => (
                <option key={t} value={t}>
                  Tier {t}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            <span>Columns</span>
            <select value={columnsBy} onChange={(e) => set({ columnsBy: e.target.value as ColumnsBy })}>
              <option value="stage">By stage</option>
              <option value="tier">By tier</option>
            </select>
          </label>
          <label className="inline-field">
            <span>Swimlanes</span>
            <select value={lanesBy ?? ''} onChange={(e) => set({ lanesBy: (e.target.value || null) as LaneField | null })}>
              <option value="">None</option>
              {Object.entries(LANE_FIELDS).map(([field, title]) => (
                <option key={field} value={field}>
                  By {title.toLowerCase()}
                </option>
              ))}
            </select>
          </label>
        </div>
        <span className="muted small" role="status">
          {shown.length === accounts.length ? `${accounts.length.toLocaleString()} accounts` : `${shown.length.toLocaleString()} of ${accounts.length.toLocaleString()} accounts`}
        </span>
      </div>
      {accounts.length === 0 ? (
        <div className="empty">
          <p>No target accounts yet. Add them in Target accounts (or paste them from a spreadsheet), then plan them here by stage and tier.</p>
        </div>
      ) : (
        <Board
          label="Target accounts"
          columns={columnsBy === 'stage' ? STAGE_COLUMNS : TIER_COLUMNS}
          cards={shown}
          columnOf={columnOf}
          lanes={lanes}
          laneOf={laneOf}
          nameOf={(a) => a.name}
          onMove={async (ids, to, place, lane) => {
            const byId = new Map(accounts.map((a) => [a.id, a]));
            const column = columnsBy === 'stage' ? { stage: to as Account['stage'] } : { tier: Number(to) as Tier };
            const result = await moveAccounts(plan.id, ids.map((id) => byId.get(id)!), lane !== undefined && lanesBy ? { ...column, [lanesBy]: lane } : column, place);
            if (!result.ok) useAppStore.getState().notify({ kind: 'error', topic: 'board', message: result.error.message });
            return result.ok;
          }}
          renderCard={(a) => <AccountCard account={a} currency={plan.currency} showStage={columnsBy === 'tier'} latest={info.latest[a.id]} contentLinks={info.contentLinks[a.id] ?? 0} today={today} />}
        />
      )}
      <ActivityPanel planId={plan.id} tables={['accounts']} />
      {editingSizes && <TierSizesForm plan={plan} onClose={() => setEditingSizes(false)} />}
    </section>
  );
}
