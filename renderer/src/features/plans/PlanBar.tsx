import { useState } from 'react';
import { useAppStore } from '../../store';
import { DeletePlanDialog } from './DeletePlanDialog';
import { PlanDialog, type PlanDialogMode } from './PlanDialog';

/** Plan switcher and plan actions, always at the top: every view works on the selected plan. */
export function PlanBar() {
  const plans = useAppStore((s) => s.plans);
  const currentPlanId = useAppStore((s) => s.currentPlanId);
  const selectPlan = useAppStore((s) => s.selectPlan);
  const [dialog, setDialog] = useState<PlanDialogMode | null>(null);
  const [deleting, setDeleting] = useState(false);
  const current = plans.find((p) => p.id === currentPlanId) ?? null;
  const nameOf = (id: string | null) => plans.find((p) => p.id === id)?.name;

  return (
    <div className="plan-bar">
      <label className="plan-select">
        <span className="eyebrow">Plan</span>
        <select aria-label="Current plan" value={currentPlanId ?? ''} onChange={(e) => selectPlan(e.target.value || null)} disabled={plans.length === 0}>
          {plans.length === 0 && <option value="">No plans yet</option>}
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.fiscalPeriod}
              {p.scenarioOf && nameOf(p.scenarioOf) ? ` · scenario of ${nameOf(p.scenarioOf)}` : ''}
            </option>
          ))}
        </select>
      </label>
      {current && (
        <span className="plan-meta">
          {current.fiscalPeriod} · {current.currency} · {current.accountCount.toLocaleString('en-US')} accounts
        </span>
      )}
      <div className="plan-actions">
        <button type="button" onClick={() => setDialog({ kind: 'create' })}>
          New plan
        </button>
        <button type="button" disabled={!current} onClick={() => current && setDialog({ kind: 'rename', plan: current })}>
          Rename
        </button>
        <button type="button" disabled={!current} onClick={() => current && setDialog({ kind: 'duplicate', plan: current })}>
          Duplicate as scenario
        </button>
        <button type="button" className="danger-quiet" disabled={!current} onClick={() => setDeleting(true)}>
          Delete…
        </button>
      </div>
      {dialog && <PlanDialog mode={dialog} onClose={() => setDialog(null)} />}
      <DeletePlanDialog plan={deleting ? current : null} onClose={() => setDeleting(false)} />
    </div>
  );
}
