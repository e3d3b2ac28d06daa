import { useState } from 'react';
import { CURRENCIES, type PlanSummary } from '../../../../shared/domain/plan';
import type { Result } from '../../../../shared/result';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors, withLabel } from '../../ui/formErrors';
import { useAppStore } from '../../store';

export type PlanDialogMode = { kind: 'create' } | { kind: 'rename'; plan: PlanSummary } | { kind: 'duplicate'; plan: PlanSummary };

const TITLES = { create: 'New plan', rename: 'Rename plan', duplicate: 'Duplicate as scenario' };
const ACTIONS = { create: 'Create plan', rename: 'Rename', duplicate: 'Create scenario' };

function nextQuarter(today = new Date()): string {
  const q = Math.floor(today.getMonth() / 3) + 2;
  return q > 4 ? `FY${today.getFullYear() + 1} Q1` : `FY${today.getFullYear()} Q${q}`;
}

const initialName = (mode: PlanDialogMode) =>
  mode.kind === 'rename' ? mode.plan.name : mode.kind === 'duplicate' ? `${mode.plan.name} (scenario)` : '';

/** Mounted per use (PlanBar renders it only while open), so each opening starts from fresh state. */
export function PlanDialog({ mode, onClose }: { mode: PlanDialogMode; onClose(): void }) {
  const { createPlan, renamePlan, duplicatePlan } = useAppStore.getState();
  const [name, setName] = useState(() => initialName(mode));
  const [fiscalPeriod, setFiscalPeriod] = useState(nextQuarter());
  const [currency, setCurrency] = useState<string>('USD');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    let result: Result<unknown>;
    if (mode.kind === 'create') result = await createPlan({ name, fiscalPeriod, currency: currency as (typeof CURRENCIES)[number] });
    else if (mode.kind === 'rename') result = await renamePlan(mode.plan.id, name);
    else result = await duplicatePlan(mode.plan.id, name);
    setBusy(false);
    if (result.ok) return onClose();
    const split = formErrors(result.error, '', ['name', 'fiscalPeriod', 'currency']);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const kind = mode.kind;
  return (
    <Dialog
      title={TITLES[kind]}
      open
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      submitLabel={ACTIONS[kind]}
    >
      {general && <div className="form-error" role="alert">{general}</div>}
      {mode.kind === 'duplicate' && (
        <p className="dialog-text">
          Copies “{mode.plan.name}” with its {mode.plan.accountCount.toLocaleString('en-US')} accounts, so you can try other assumptions without touching the original.
        </p>
      )}
      <Field label="Plan name" error={withLabel('Plan name', errors.name)}>
        <input value={name} autoFocus onChange={(e) => setName(e.target.value)} placeholder="FY2027 Q1 joint revenue plan" />
      </Field>
      {mode.kind === 'create' && (
        <div className="form-grid">
          <Field label="Fiscal period" error={withLabel('Fiscal period', errors.fiscalPeriod)} hint="FY2027 or FY2027 Q1">
            <input value={fiscalPeriod} onChange={(e) => setFiscalPeriod(e.target.value)} />
          </Field>
          <Field label="Currency" error={withLabel('Currency', errors.currency)}>
            <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
        </div>
      )}
    </Dialog>
  );
}
