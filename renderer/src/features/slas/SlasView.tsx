import { useEffect, useMemo, useState } from 'react';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { COMPARATOR_LABELS, type Sla, type SlaFields } from '../../../../shared/domain/sla';
import { fieldsOf } from '../../../../shared/domain/record';
import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit } from '../../../../shared/format';
import { reverseFunnel } from '../../../../shared/planning/funnel';
import { planRange } from '../../../../shared/planning/periods';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { StatusPill } from '../../ui/StatusPill';
import { SlaForm } from './SlaForm';
import { TemplatePicker } from './TemplatePicker';
import { useScorecard } from './useScorecard';

const BLANK: SlaFields = {
  name: '', kind: 'metric', committingTeam: 'marketing', receivingTeam: 'sales', metric: null, target: null, comparator: 'atLeast',
  period: 'month', warningBand: 10, owner: '', notes: '', definition: '', reviewDate: null, templateKey: null,
};
const PERIOD_WORD = { week: 'per week', month: 'per month', quarter: 'per quarter' };

/** SLAs as first-class objects: who commits what to whom, and whether they kept their word. */
export function SlasView({ plan }: { plan: PlanSummary }) {
  const { loadSlas, loadKpis, loadScenarios, deleteSla, notify } = useAppStore.getState();
  const slas = useAppStore((s) => s.slas);
  const metrics = useAppStore((s) => s.metrics);
  const scenarios = useAppStore((s) => s.scenarios);
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<{ sla?: Sla; fields: SlaFields } | null>(null);
  const [deleting, setDeleting] = useState<Sla | null>(null);

  const scorecard = useScorecard(plan.id, slas);

  useEffect(() => {
    void Promise.all([loadSlas(plan.id), loadKpis(plan.id), loadScenarios(plan.id)]);
  }, [plan.id, loadSlas, loadKpis, loadScenarios]);

  const funnel = useMemo(() => {
    const primary = scenarios.find((s) => s.isPrimary && s.planId === plan.id);
    return primary ? reverseFunnel(primary.assumptions, planRange(plan.fiscalPeriod).months) : null;
  }, [scenarios, plan.id, plan.fiscalPeriod]);
  const statusOf = (id: string) => scorecard?.find((r) => r.sla.id === id);

  return (
    <section className="view scroll" aria-labelledby="slas-title">
      <header className="view-header">
        <div>
          <h1 id="slas-title">Sales–marketing SLAs</h1>
          <p className="subtitle">
            What each team commits to so the other can reach the shared goal. Only 26% of firms document an SLA, yet those that do are three times as
            likely to be effective (HubSpot 2018).
          </p>
        </div>
        <div className="button-row tight">
          <button type="button" onClick={() => setEditing({ fields: BLANK })}>Blank SLA</button>
          <button type="button" className="primary" onClick={() => setPicking(true)}>+ New from template</button>
        </div>
      </header>
      {slas.length === 0 ? (
        <div className="empty">
          <h2>No SLAs in this plan yet</h2>
          <p>Start from a template: marketing delivers N MQLs, sales follows up within 24 hours, both agree the lead-scoring bar.</p>
          <button type="button" className="primary" onClick={() => setPicking(true)}>Choose a template</button>
        </div>
      ) : (
        <table className="scorecard sla-list">
          <thead>
            <tr>
              <th scope="col">SLA</th>
              <th scope="col">Commitment</th>
              <th scope="col">Owner</th>
              <th scope="col">Now</th>
              <th scope="col">History</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {slas.map((sla) => {
              const row = statusOf(sla.id);
              const unit = metrics.find((m) => m.key === sla.metric)?.unit ?? 'count';
              const metricLabel = metrics.find((m) => m.key === sla.metric)?.label ?? sla.metric;
              return (
                <tr key={sla.id} data-sla={sla.name}>
                  <th scope="row">
                    {sla.name}
                    <div className="muted small">{TEAM_LABELS[sla.committingTeam]} → {TEAM_LABELS[sla.receivingTeam]}</div>
                  </th>
                  <td>
                    {sla.kind === 'agreement'
                      ? `Agreed definition, review ${sla.reviewDate ?? 'not scheduled'}`
                      : `${metricLabel} ${COMPARATOR_LABELS[sla.comparator]} ${formatByUnit(sla.target, unit, plan.currency)} ${PERIOD_WORD[sla.period]}`}
                    {sla.kind === 'metric' && <div className="muted small">At risk within {sla.warningBand}% of target</div>}
                  </td>
                  <td>{sla.owner || <span className="muted">—</span>}</td>
                  <td>{row ? <StatusPill status={row.evaluation.status} title={row.evaluation.reason} /> : <span className="muted">…</span>}</td>
                  <td>
                    <ol className="history" aria-label={`${sla.name} by period`}>
                      {row?.history.map((h) => (
                        <li key={h.period} className={`dot status-${h.status}`} title={`${h.label}: ${h.actual ?? 'no data'} (${h.status.replace('_', ' ')})`}>
                          <span className="sr-only">{h.label}: {h.status.replace('_', ' ')}</span>
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td className="actions">
                    <button type="button" onClick={() => setEditing({ sla, fields: fieldsOf(sla) })}>Edit</button>
                    <button type="button" className="danger-quiet" onClick={() => setDeleting(sla)} aria-label={`Delete ${sla.name}`}>Delete</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <TemplatePicker
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(t) => {
          setPicking(false);
          setEditing({ fields: t.build(funnel, new Date().toISOString().slice(0, 10)) });
        }}
      />
      {editing && <SlaForm initial={editing} metrics={metrics} onClose={() => setEditing(null)} />}
      <Dialog
        title="Delete SLA?"
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        submitLabel="Delete SLA"
        cancelLabel="Keep it"
        danger
        onSubmit={async () => {
          if (!deleting) return;
          const result = await deleteSla(deleting.id);
          if (!result.ok) notify({ kind: 'error', message: result.error.message });
          setDeleting(null);
        }}
      >
        <p className="dialog-text">“{deleting?.name}” and its status history will be removed. KPI snapshots stay.</p>
      </Dialog>
    </section>
  );
}
