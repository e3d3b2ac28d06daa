import { useState } from 'react';
import { useAppStore } from '../../store';
import { DeletePlanDialog } from './DeletePlanDialog';
import { PlanDialog, type PlanDialogMode } from './PlanDialog';
import { useCurrentPlan, usePlans } from './plans';
import { countOf } from '../../../../shared/format';

/** Plan switcher and plan actions, always at the top: every view works on the selected plan. */
export function PlanBar() {
  const plans = usePlans().data ?? [];
  const current = useCurrentPlan();
  const selectPlan = useAppStore((s) => s.selectPlan);
  const [dialog, setDialog] = useState<PlanDialogMode | null>(null);
  const [deleting, setDeleting] = useState(false);
  const nameOf = (id: string | null) => plans.find((p) => p.id === id)?.name;

  return (
    <div className="plan-bar">
      <label className="plan-select">
        <span className="eyebrow">
          Plan
          {current && (
            <span className="plan-meta">
              {' '}
              · {current.currency} · {countOf(current.accountCount, 'account')}
            </span>
          )}
        </span>
        <select aria-label="Current plan" value={current?.id ?? ''} onChange={(e) => selectPlan(e.target.value || null)} disabled={plans.length === 0}>
          {plans.length === 0 && <option value="">No plans yet</option>}
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.fiscalPeriod}
              {p.scenarioOf && nameOf(p.scenarioOf) ? ` · copy of ${nameOf(p.scenarioOf)}` : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="plan-actions">
        <button type="button" onClick={() => setDialog({ kind: 'create' })}>
          New plan
        </button>
        <button type="button" disabled={!current} onClick={() => current && setDialog({ kind: 'rename', plan: current })}>
          Rename
        </button>
        <button type="button" disabled={!current} onClick={() => current && setDialog({ kind: 'duplicate', plan: current })}>
          Duplicate plan…
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
