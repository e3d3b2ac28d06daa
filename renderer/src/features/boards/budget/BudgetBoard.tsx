import { useMemo, useState } from 'react';
import type { BudgetLine } from '../../../../../shared/domain/budget';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { TEAM_LABELS, TEAMS } from '../../../../../shared/domain/team';
import { formatMoney, formatNumber } from '../../../../../shared/format';
import { budgetTotals, fundingCheck, lineWarnings } from '../../../../../shared/planning/budget';
import { reverseFunnel } from '../../../../../shared/planning/funnel';
import { periodLabel, planRange } from '../../../../../shared/planning/periods';
import { useOp } from '../../../api/cache';
import { useAppStore } from '../../../store';
import { ActivityPanel } from '../ActivityPanel';
import { Board } from '../Board';
import { useBoardFilters } from '../useBoardFilters';
import { deleteLine, moveLines, useBudget } from './budget';
import { BudgetCharts } from './BudgetCharts';
import { BudgetCapForm } from './BudgetCapForm';
import { BudgetLineForm } from './BudgetLineForm';
import { BudgetTotals } from './BudgetTotals';
import { SplitLineDialog } from './SplitLineDialog';

type GroupBy = 'month' | 'team';
const NO_LINES: BudgetLine[] = [];
const FILTERS = { search: '', groupBy: 'month' as GroupBy };

/** Do we fund the MQLs the planner says we need? The joint budget as a board, by month or by team. */
export function BudgetBoard({ plan }: { plan: PlanSummary }) {
  const lines = useBudget(plan.id).data ?? NO_LINES;
  const primary = (useOp('targets.list', { planId: plan.id }).data ?? []).find((s) => s.isPrimary);
  const { notify, notifyError, offerUndo } = useAppStore.getState();
  const months = planRange(plan.fiscalPeriod).months;
  // Kept per plan across view switches and reloads.
  const [{ search, groupBy }, setFilters] = useBoardFilters('budget', plan.id, FILTERS);
  const [editing, setEditing] = useState<BudgetLine | 'new' | null>(null);
  const [splitting, setSplitting] = useState<BudgetLine | null>(null);
  const [editingCap, setEditingCap] = useState(false);

  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return q ? lines.filter((l) => `${l.name} ${l.channel} ${l.notes}`.toLowerCase().includes(q)) : lines;
  }, [lines, search]);
  const totals = budgetTotals(lines, plan.budgetCap, primary?.assumptions.mqlToSqlRate ?? 25);
  const needed = primary ? reverseFunnel(primary.assumptions, months).total.mqls : null;
  const funding = needed === null ? null : fundingCheck(totals, needed);
  const money = (v: number) => formatMoney(v, plan.currency, true);
  const columns =
    groupBy === 'month'
      ? months.map((m) => ({ id: m, title: periodLabel(m), summary: money(lines.filter((l) => l.month === m).reduce((s, l) => s + l.planned, 0)) }))
      : TEAMS.map((t) => ({ id: t, title: TEAM_LABELS[t], summary: money(lines.filter((l) => l.team === t).reduce((s, l) => s + l.planned, 0)) }));

  const remove = async (line: BudgetLine) => {
    const result = await deleteLine(line);
    // A second press on Delete (a double click) finds the card already gone: that is not an error.
    if (!result.ok) return result.error.code === 'NOT_FOUND' ? undefined : notifyError(result.error);
    await offerUndo(plan.id, `Deleted ${line.name}.`);
  };

  return (
    <section className="view scroll" aria-labelledby="budget-title">
      <header className="view-header">
        <div>
          <h1 id="budget-title" tabIndex={-1}>
            Budget board
          </h1>
          <p className="subtitle">Budget and spend planned together. Drag a line to another month or team, or focus it and press M (Enter edits, Delete removes); Ctrl+Z undoes any change.</p>
        </div>
        <div className="header-actions">
          <button type="button" onClick={() => setEditingCap(true)}>
            Budget cap…
          </button>
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            + Add budget line
          </button>
        </div>
      </header>
      <BudgetTotals totals={totals} funding={funding} currency={plan.currency} />
      <BudgetCharts lines={lines} fiscalPeriod={plan.fiscalPeriod} currency={plan.currency} />
      <div className="toolbar">
        <div className="filters">
          <input className="search" type="search" aria-label="Search budget lines" placeholder="Search lines, channels, notes…" value={search} onChange={(e) => setFilters({ search: e.target.value })} />
          <label className="inline-field">
            <span>Columns</span>
            <select value={groupBy} onChange={(e) => setFilters({ groupBy: e.target.value as GroupBy })}>
              <option value="month">By month</option>
              <option value="team">By owning team</option>
            </select>
          </label>
        </div>
      </div>
      {lines.length === 0 ? (
        <div className="empty">
          <p>No budget lines yet. Add the programmes both teams fund, with what each should bring in MQLs and pipeline.</p>
        </div>
      ) : (
        <Board
          onOpen={(l) => setEditing(l)}
          onDelete={(l) => void remove(l)}
          label="Budget lines"
          columns={columns}
          cards={shown}
          columnOf={(l) => (groupBy === 'month' ? l.month : l.team)}
          nameOf={(l) => l.name}
          onMove={async (ids, to, place) => {
            const moving = ids.map((id) => lines.find((l) => l.id === id)!);
            const result = await moveLines(plan.id, moving, groupBy === 'month' ? { month: to } : { team: to as BudgetLine['team'] }, place);
            if (!result.ok) notify({ kind: 'error', topic: 'board', message: result.error.message });
            return result.ok;
          }}
          renderCard={(l) => (
            <div className="budget-card">
              <div className="card-title">{l.name}</div>
              <div className="muted small">
                {l.channel} · {groupBy === 'month' ? TEAM_LABELS[l.team] : periodLabel(l.month)}
              </div>
              <div className="small">
                Planned <strong>{money(l.planned)}</strong> · committed {money(l.committed)} · actual {money(l.actual)}
              </div>
              <div className="small muted">
                {formatNumber(l.expectedMqls)} MQLs · {money(l.expectedPipeline)} pipeline
              </div>
              {lineWarnings(l).map((w) => (
                <div key={w} className="drift small" role="note">
                  {w === 'committed_over_planned' ? `Committed ${money(l.committed - l.planned)} above planned` : `Spent ${money(l.actual - l.planned)} above planned`}
                </div>
              ))}
              <div className="card-actions">
                <button type="button" className="small-button" tabIndex={-1} onClick={() => setEditing(l)} aria-label={`Edit ${l.name}`}>
                  Edit
                </button>
                {/* Both parts must keep some planned spend: a line planning nothing has nothing to split. */}
                {l.planned > 0.01 && (
                  <button type="button" className="small-button" tabIndex={-1} onClick={() => setSplitting(l)} aria-label={`Split ${l.name}…`}>
                    Split…
                  </button>
                )}
                <button type="button" className="small-button danger-quiet" tabIndex={-1} onClick={() => void remove(l)} aria-label={`Delete ${l.name}`}>
                  Delete
                </button>
              </div>
            </div>
          )}
        />
      )}
      <ActivityPanel planId={plan.id} tables={['budget_lines']} />
      {splitting && <SplitLineDialog line={splitting} months={months} currency={plan.currency} onClose={() => setSplitting(null)} />}
      {editingCap && <BudgetCapForm plan={plan} onClose={() => setEditingCap(false)} />}
      {editing && <BudgetLineForm planId={plan.id} months={months} currency={plan.currency} line={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
