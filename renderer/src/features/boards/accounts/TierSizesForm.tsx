import { useState } from 'react';
import { TIERS, type Tier } from '../../../../../shared/domain/account';
import type { PlanSummary } from '../../../../../shared/domain/plan';
import { decimalMark } from '../../../../../shared/format';
import { parseNumber } from '../../../../../shared/parse/number';
import { invoke } from '../../../api/client';
import { useAppStore } from '../../../store';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { formErrors } from '../../../ui/formErrors';
import { plansChanged } from '../../plans/plans';

const LABELS = { 1: 'Tier 1 accounts', 2: 'Tier 2 accounts', 3: 'Tier 3 accounts' } as const;
type Key = `${Tier}`;

/** How many accounts each ABM tier should hold in this plan: what the coverage strip measures against. */
export function TierSizesForm({ plan, onClose }: { plan: PlanSummary; onClose(): void }) {
  const [draft, setDraft] = useState<Record<Key, string>>({ 1: String(plan.tierSizes[1]), 2: String(plan.tierSizes[2]), 3: String(plan.tierSizes[3]) });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const sizes = {} as Record<Tier, number>;
    const local: Partial<Record<Key, string>> = {};
    for (const tier of TIERS) {
      const read = parseNumber(draft[tier], LABELS[tier], { decimal: decimalMark() });
      if (!read.ok) local[tier] = read.error;
      else if (read.value === null) local[tier] = `${LABELS[tier]} is required`;
      else if (!Number.isInteger(read.value) || read.value < 0) local[tier] = `${LABELS[tier]} must be a whole number, 0 or more`;
      else sizes[tier] = read.value;
    }
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    const result = await invoke('plans.setBoards', { id: plan.id, budgetCap: plan.budgetCap, tierSizes: sizes });
    setBusy(false);
    if (result.ok) {
      await plansChanged();
      await useAppStore.getState().offerUndo(plan.id, 'Tier sizes saved.');
      return onClose();
    }
    const split = formErrors(result.error, 'tierSizes', LABELS);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog title="ABM tier sizes" open onClose={onClose} onSubmit={() => void submit()} busy={busy} submitLabel="Save sizes">
      <p className="muted small">How many accounts each tier should hold. Typical: about 25 in tier 1, 200 in tier 2, 2,000 in tier 3, re-tiered each quarter.</p>
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      <div className="form-grid">
        {TIERS.map((tier) => (
          <Field key={tier} label={LABELS[tier]} error={errors[tier]}>
            <input value={draft[tier]} inputMode="numeric" autoFocus={tier === 1} onChange={(e) => setDraft((d) => ({ ...d, [tier]: e.target.value }))} />
          </Field>
        ))}
      </div>
    </Dialog>
  );
}
