import { useState } from 'react';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { decimalMark, formatForInput } from '../../../../../shared/format';
import { parseMoney } from '../../../../../shared/parse/number';
import { invoke } from '../../../api/client';
import { invalidatePlan } from '../../../api/cache';
import { useAppStore } from '../../../store';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { fieldMessage } from '../../../ui/formErrors';
import { plansChanged } from '../../plans/plans';

/** What the joint budget may spend in all; empty for no cap. */
export function BudgetCapForm({ plan, onClose }: { plan: PlanSummary; onClose(): void }) {
  const label = `Budget cap (${plan.currency})`;
  const [draft, setDraft] = useState(formatForInput(plan.budgetCap));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const read = parseMoney(draft, 'Budget cap', { decimal: decimalMark() });
    if (!read.ok) return setError(read.error);
    setBusy(true);
    const result = await invoke('plans.setBoards', { id: plan.id, budgetCap: read.value, tierSizes: plan.tierSizes });
    setBusy(false);
    if (!result.ok) return setError(fieldMessage(result.error, '', 'budgetCap', 'Budget cap'));
    await plansChanged();
    void invalidatePlan(plan.id, ['dashboard.get']);
    await useAppStore.getState().offerUndo(plan.id, read.value === null ? 'Budget cap removed.' : 'Budget cap saved.');
    onClose();
  };

  return (
    <Dialog title="Budget cap" open onClose={onClose} onSubmit={() => void submit()} busy={busy} submitLabel="Save cap">
      <Field label={label} error={error} hint="What both teams may spend this period, in all. Leave empty for no cap.">
        <input value={draft} inputMode="decimal" autoFocus onChange={(e) => setDraft(e.target.value)} placeholder="E.g. 1.2M" />
      </Field>
    </Dialog>
  );
}
