import { useMemo, useState } from 'react';
import { CONTENT_STATUS_LABELS, CONTENT_STATUSES, FUNNEL_STAGE_LABELS, FUNNEL_STAGES, type ContentItem, type ContentStatus, type FunnelStage } from '../../../../../shared/domain/content';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { countOf } from '../../../../../shared/format';
import { contentFlags, industryCoverage, personaCoverage } from '../../../../../shared/planning/content';
import { useOp } from '../../../api/cache';
import { useAppStore } from '../../../store';
import { useToday } from '../../clock/useToday';
import { useAccounts } from '../../accounts/accounts';
import { ActivityPanel } from '../ActivityPanel';
import { Board } from '../Board';
import { useBoardFilters } from '../useBoardFilters';
import { deleteItem, moveItems, useContent } from './content';
import { ContentForm } from './ContentForm';
import { CoverageHeatmap } from './CoverageHeatmap';

const NO_ITEMS: ContentItem[] = [];
type Filter = { kind: 'persona' | 'industry'; value: string; stage: FunnelStage } | null;
const FILTERS = { search: '', coverage: null as Filter };
/** A coverage filter read back from storage is used only if it still names a row kind and a stage. */
const validFilter = (f: Filter): Filter =>
  f && (f.kind === 'persona' || f.kind === 'industry') && typeof f.value === 'string' && (FUNNEL_STAGES as readonly string[]).includes(f.stage) ? f : null;

/** Does content cover the tier-1 accounts' industries and the stages where deals stall? Content by status. */
export function ContentBoard({ plan }: { plan: PlanSummary }) {
  const items = useContent(plan.id).data ?? NO_ITEMS;
  const accounts = useAccounts(plan.id).data ?? [];
  const youAre = useOp('app.info', {}).data?.youAre ?? '';
  const today = useToday();
  const { notify, notifyError, offerUndo } = useAppStore.getState();
  const [form, setForm] = useState<'request' | 'item' | ContentItem | null>(null);
  // Kept per plan across view switches and reloads.
  const [filters, setFilters] = useBoardFilters('content', plan.id, FILTERS);
  const { search } = filters;
  const filter = validFilter(filters.coverage);
  const setFilter = (coverage: Filter) => setFilters({ coverage });

  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return items.filter(
      (i) =>
        (!q || `${i.title} ${i.type} ${i.owner} ${i.requester}`.toLowerCase().includes(q)) &&
        (!filter || (i.stage === filter.stage && (filter.kind === 'persona' ? i.personas.includes(filter.value) : i.industries.some((x) => x.toLowerCase() === filter.value.toLowerCase())))),
    );
  }, [items, search, filter]);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const columns = CONTENT_STATUSES.map((s) => ({ id: s, title: CONTENT_STATUS_LABELS[s] }));

  const remove = async (item: ContentItem) => {
    const result = await deleteItem(item);
    // A second press on Delete (a double click) finds the card already gone: that is not an error.
    if (!result.ok) return result.error.code === 'NOT_FOUND' ? undefined : notifyError(result.error);
    await offerUndo(plan.id, `Deleted ${item.title}.`);
  };

  return (
    <section className="view scroll" aria-labelledby="content-title">
      <header className="view-header">
        <div>
          <h1 id="content-title" tabIndex={-1}>
            Content board
          </h1>
          <p className="subtitle">The content both teams plan and sales asks for. Drag a card to its new status, or focus it and press M (Enter edits, Delete removes); Ctrl+Z undoes any change.</p>
        </div>
        <div className="button-row">
          <button type="button" onClick={() => setForm('request')}>
            Request content
          </button>
          <button type="button" className="primary" onClick={() => setForm('item')}>
            + Add content
          </button>
        </div>
      </header>
      <div className="dash-row coverage-row">
        <section className="card" aria-labelledby="persona-coverage">
          <h2 id="persona-coverage">Coverage: stage × persona</h2>
          <CoverageHeatmap title="Content by funnel stage and persona" coverage={personaCoverage(items)} onPick={(value, stage) => setFilter({ kind: 'persona', value, stage })} />
        </section>
        <section className="card" aria-labelledby="industry-coverage">
          <h2 id="industry-coverage">Coverage: stage × industry of tier-1 and tier-2 accounts</h2>
          <CoverageHeatmap title="Content by funnel stage and industry of tier-1 and tier-2 accounts" coverage={industryCoverage(items, accounts)} onPick={(value, stage) => setFilter({ kind: 'industry', value, stage })} />
        </section>
      </div>
      <div className="toolbar">
        <div className="filters">
          <input className="search" type="search" aria-label="Search content" placeholder="Search titles, types, people…" value={search} onChange={(e) => setFilters({ search: e.target.value })} />
          {!filter && <span className="muted small">Red cells are gaps: no content for that stage. Click a cell to see its items.</span>}
          {filter && (
            <span className="chip" role="status">
              {filter.value} at {FUNNEL_STAGE_LABELS[filter.stage]}
              <button type="button" className="link" onClick={() => setFilter(null)} aria-label="Clear the coverage filter">
                ×
              </button>
            </span>
          )}
        </div>
      </div>
      {items.length === 0 ? (
        <div className="empty">
          <p>No content yet. Add what marketing plans, or request what sales needs for its accounts.</p>
        </div>
      ) : (
        <Board
          onOpen={(i) => setForm(i)}
          onDelete={(i) => void remove(i)}
          label="Content items"
          columns={columns}
          cards={shown}
          columnOf={(i) => i.status}
          nameOf={(i) => i.title}
          onMove={async (ids, to, place) => {
            const moving = ids.map((id) => items.find((i) => i.id === id)!);
            const result = await moveItems(plan.id, moving, { status: to as ContentStatus }, place);
            if (!result.ok) notify({ kind: 'error', topic: 'board', message: result.error.message });
            return result.ok;
          }}
          renderCard={(i) => {
            const flags = contentFlags(i, today);
            return (
              <div className="content-card">
                <div className="card-title">{i.title}</div>
                <div className="muted small">
                  {i.type} · {FUNNEL_STAGE_LABELS[i.stage]}
                  {i.personas.length > 0 && ` · ${i.personas.join(', ')}`}
                </div>
                {i.status === 'requested' && i.reason && <div className="small">“{i.reason}” — {i.requester || 'sales'}</div>}
                <div className="small muted">
                  {i.owner && `Owner ${i.owner} · `}
                  {i.dueDate ? `Due ${i.dueDate}` : 'No due date'}
                  {i.accountIds.length > 0 && ` · for ${i.accountIds.slice(0, 2).map((id) => names.get(id) ?? '?').join(', ')}${i.accountIds.length > 2 ? ` and ${countOf(i.accountIds.length - 2, 'more')}` : ''}`}
                </div>
                {flags.map((f) => (
                  <span key={f} className={`flag flag-${f}`}>
                    {f === 'overdue' ? 'Overdue' : 'Stale request: 14+ days without a move'}
                  </span>
                ))}
                <div className="card-actions">
                  <button type="button" className="small-button" tabIndex={-1} onClick={() => setForm(i)} aria-label={`Edit ${i.title}`}>
                    Edit
                  </button>
                  <button type="button" className="small-button danger-quiet" tabIndex={-1} onClick={() => void remove(i)} aria-label={`Delete ${i.title}`}>
                    Delete
                  </button>
                </div>
              </div>
            );
          }}
        />
      )}
      <ActivityPanel planId={plan.id} tables={['content_items', 'content_accounts']} />
      {form && <ContentForm planId={plan.id} currency={plan.currency} mode={form} accounts={accounts} youAre={youAre} onClose={() => setForm(null)} />}
    </section>
  );
}
