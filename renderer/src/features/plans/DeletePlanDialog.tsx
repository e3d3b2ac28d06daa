import { useState } from 'react';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { Dialog } from '../../ui/Dialog';
import { deletePlan } from './plans';
import { countOf } from '../../../../shared/format';

export function DeletePlanDialog({ plan, onClose }: { plan: PlanSummary | null; onClose(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!plan) return;
    setBusy(true);
    const result = await deletePlan(plan.id);
    setBusy(false);
    if (result.ok) {
      setError(null);
      onClose();
    } else setError(result.error.message);
  };

  return (
    <Dialog title="Delete plan?" open={plan !== null} onClose={onClose} onSubmit={submit} busy={busy} submitLabel="Delete plan" cancelLabel="Keep plan" danger>
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {plan && (
        <p className="dialog-text">
          “{plan.name}” and its {countOf(plan.accountCount, 'account')}, scenarios, SLAs and snapshots will be deleted. This cannot be undone; duplicate
          it first if you may want it back.
        </p>
      )}
    </Dialog>
  );
}
