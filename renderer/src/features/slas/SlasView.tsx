import { useMemo, useState } from 'react';
import type { PlanSummary } from '../../../../shared/domain/plan';
import type { MetricUnit } from '../../../../shared/domain/metrics';
import { fieldsOf } from '../../../../shared/domain/record';
import { COMPARATOR_LABELS, type Sla, type SlaFields } from '../../../../shared/domain/sla';
import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit } from '../../../../shared/format';
import { isoDay } from '../../../../shared/planning/periods';
import { planBasis, planFigureRange, type PlanBasis } from '../../../../shared/planning/planFigures';
import { slaDrift } from '../../../../shared/planning/slaTarget';
import { useOp } from '../../api/cache';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { StatusPill } from '../../ui/StatusPill';
import { todayNow } from '../clock/useToday';
import { SlaForm } from './SlaForm';
import { deleteSla, updateSla } from './slas';
import { TemplatePicker } from './TemplatePicker';

const BLANK: SlaFields = {
  name: '', kind: 'metric', committingTeam: 'marketing', receivingTeam: 'sales', metric: null, target: null, comparator: 'atLeast',
  period: 'month', warningBand: 10, owner: '', notes: '', definition: '', reviewDate: null, templateKey: null, planFigure: null, followsPlan: false,
};
const PERIOD_WORD = { week: 'per week', month: 'per month', quarter: 'per quarter' };
const PERIOD_NAME = { week: 'week', month: 'month', quarter: 'quarter' };

/** A following SLA states the plan's busiest figure; each period is judged against its own, which can differ by rounding. */
function followNote(sla: Sla, basis: PlanBasis | null, unit: MetricUnit, currency: string): string {
  const range = sla.planFigure && basis ? planFigureRange(sla.planFigure, basis, sla.period) : null;
  if (!range || range.min === range.max) return 'Follows the target planner';
  return `Follows the target planner: each ${PERIOD_NAME[sla.period]} is held to its own planned figure (${formatByUnit(range.min, unit, currency)}–${formatByUnit(range.max, unit, currency)})`;
}

/** SLAs as first-class objects: who commits what to whom, and whether they kept their word. */
export function SlasView({ plan }: { plan: PlanSummary }) {
  const notify = useAppStore((s) => s.notify);
  const slas = useOp('slas.list', { planId: plan.id }).data ?? [];
  const metrics = useOp('metrics.list', { planId: plan.id }).data ?? [];
  const scenarios = useOp('targets.list', { planId: plan.id }).data;
  const scorecard = useOp('dashboard.get', { planId: plan.id, selection: 'all' }).data?.scorecard;
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<{ sla?: Sla; fields: SlaFields } | null>(null);
  const [deleting, setDeleting] = useState<Sla | null>(null);

  const primary = scenarios?.find((s) => s.isPrimary);
  const basis = useMemo(() => (primary ? planBasis(plan.fiscalPeriod, primary.assumptions) : null), [primary, plan.fiscalPeriod]);
  const statusOf = (id: string) => scorecard?.find((r) => r.sla.id === id);

  return (
    <section className="view scroll" aria-labelledby="slas-title">
      <header className="view-header">
        <div>
          <h1 id="slas-title" tabIndex={-1}>
            Sales–marketing SLAs
          </h1>
          <p className="subtitle">
            What each team commits to so the other can reach the shared goal. Only 26% of firms document an SLA, yet those that do are three times as likely to be
            effective (HubSpot 2018).
          </p>
        </div>
        <div className="button-row tight">
          <button type="button" onClick={() => setEditing({ fields: BLANK })}>
            Blank SLA
          </button>
          <button type="button" className="primary" onClick={() => setPicking(true)}>
            + New from template
          </button>
        </div>
      </header>
      {slas.length === 0 ? (
        <div className="empty">
          <h2>No SLAs in this plan yet</h2>
          <p>Start from a template: marketing delivers N MQLs, sales follows up within 24 hours, both agree the lead-scoring bar.</p>
          <button type="button" className="primary" onClick={() => setPicking(true)}>
            Choose a template
          </button>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="scorecard sla-list">
            <thead>
              <tr>
                <th scope="col">SLA</th>
                <th scope="col">Commitment</th>
                <th scope="col">Owner</th>
                <th scope="col">Now</th>
                <th scope="col">History</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {slas.map((sla) => {
                const row = statusOf(sla.id);
                const metric = metrics.find((m) => m.key === sla.metric);
                const unit = metric?.unit ?? 'count';
                const planNeeds = slaDrift(sla, basis);
                return (
                  <tr key={sla.id} data-sla={sla.name}>
                    <th scope="row">
                      {sla.name}
                      <div className="muted small">
                        {TEAM_LABELS[sla.committingTeam]} → {TEAM_LABELS[sla.receivingTeam]}
                      </div>
                    </th>
                    <td>
                      {sla.kind === 'agreement'
                        ? `Agreed definition, review ${sla.reviewDate ?? 'not scheduled'}`
                        : `${metric?.label ?? sla.metric} ${COMPARATOR_LABELS[sla.comparator]} ${formatByUnit(sla.target, unit, plan.currency)} ${PERIOD_WORD[sla.period]}`}
                      {sla.kind === 'metric' && (
                        <div className="muted small">
                          {sla.warningBand > 0 ? `At risk within ${formatByUnit(sla.warningBand, 'percent')} of target` : 'No at-risk band: missing the target is a breach'}
                        </div>
                      )}
                      {sla.followsPlan && <div className="link-note">{followNote(sla, basis, unit, plan.currency)}</div>}
                      {planNeeds !== null && (
                        <div className="drift" role="note">
                          The plan now needs {formatByUnit(planNeeds, unit, plan.currency)}
                          {sla.planFigure === 'mqls' ? ` in its busiest ${sla.period}` : ''}.{' '}
                          <button
                            type="button"
                            className="link"
                            onClick={async () => {
                              const result = await updateSla(sla, { target: planNeeds });
                              if (!result.ok) notify({ kind: 'error', message: result.error.message });
                            }}
                          >
                            Use {formatByUnit(planNeeds, unit, plan.currency)}
                          </button>
                        </div>
                      )}
                    </td>
                    <td>{sla.owner || <span className="muted">—</span>}</td>
                    <td>
                      {row ? (
                        <>
                          <StatusPill status={row.evaluation.status} title={row.evaluation.reason} />
                          {/* The verdict with its numbers ("260 against 247 due by today"), as on the dashboard. */}
                          <div className="muted small reason">{row.evaluation.reason}</div>
                        </>
                      ) : (
                        <span className="muted">…</span>
                      )}
                    </td>
                    <td>
                      <ol className="history" aria-label={`${sla.name} by period`}>
                        {row?.history.map((h) => (
                          <li key={h.period} className={`dot status-${h.status}`} title={`${h.label}: ${h.actual === null ? 'no data' : formatByUnit(h.actual, unit, plan.currency)} (${h.status.replace('_', ' ')})`}>
                            <span className="sr-only">
                              {h.label}: {h.actual === null ? 'no data' : formatByUnit(h.actual, unit, plan.currency)}, {h.status.replace('_', ' ')}
                            </span>
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td className="actions">
                      <button type="button" onClick={() => setEditing({ sla, fields: fieldsOf(sla) })} aria-label={`Edit ${sla.name}`}>
                        Edit
                      </button>
                      <button type="button" className="danger-quiet" onClick={() => setDeleting(sla)} aria-label={`Delete ${sla.name}`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <TemplatePicker
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(t) => {
          setPicking(false);
          setEditing({ fields: t.build(basis, isoDay(todayNow())) });
        }}
      />
      {editing && <SlaForm planId={plan.id} initial={editing} metrics={metrics} basis={basis} onClose={() => setEditing(null)} />}
      <Dialog
        title="Delete SLA?"
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        submitLabel="Delete SLA"
        cancelLabel="Keep it"
        danger
        onSubmit={async () => {
          if (!deleting) return;
          const result = await deleteSla(deleting);
          if (!result.ok) notify({ kind: 'error', message: result.error.message });
          setDeleting(null);
        }}
      >
        <p className="dialog-text">“{deleting?.name}” and its status history will be removed. KPI snapshots stay.</p>
      </Dialog>
    </section>
  );
}
