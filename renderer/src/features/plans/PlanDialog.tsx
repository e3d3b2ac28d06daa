import { useState } from 'react';
import { CURRENCIES, type Currency, type PlanSummary } from '../../../../shared/domain/plan';
import { nextFiscalQuarter } from '../../../../shared/planning/periods';
import type { Result } from '../../../../shared/result';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors } from '../../ui/formErrors';
import { todayNow } from '../clock/useToday';
import { createPlan, duplicatePlan, renamePlan } from './plans';
import { countOf } from '../../../../shared/format';

export type PlanDialogMode = { kind: 'create' } | { kind: 'rename'; plan: PlanSummary } | { kind: 'duplicate'; plan: PlanSummary };

const TITLES = { create: 'New plan', rename: 'Rename plan', duplicate: 'Duplicate plan' };
const ACTIONS = { create: 'Create plan', rename: 'Rename', duplicate: 'Duplicate plan' };
const LABELS = { name: 'Plan name', fiscalPeriod: 'Fiscal period', currency: 'Currency' };

const initialName = (mode: PlanDialogMode) => (mode.kind === 'rename' ? mode.plan.name : mode.kind === 'duplicate' ? `${mode.plan.name} (copy)` : '');

/** Mounted per use (PlanBar renders it only while open), so each opening starts from fresh state. */
export function PlanDialog({ mode, onClose }: { mode: PlanDialogMode; onClose(): void }) {
  const [name, setName] = useState(() => initialName(mode));
  // The quarter a CRO plans next, by the core's clock (so --as-of moves it too).
  const [fiscalPeriod, setFiscalPeriod] = useState(() => nextFiscalQuarter(todayNow()));
  const [currency, setCurrency] = useState<Currency>('USD');
  const [errors, setErrors] = useState<Partial<Record<keyof typeof LABELS, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    let result: Result<unknown>;
    if (mode.kind === 'create') result = await createPlan({ name, fiscalPeriod, currency });
    else if (mode.kind === 'rename') result = await renamePlan(mode.plan.id, name);
    else result = await duplicatePlan(mode.plan.id, name);
    setBusy(false);
    if (result.ok) return onClose();
    const split = formErrors(result.error, '', LABELS);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const kind = mode.kind;
  return (
    <Dialog title={TITLES[kind]} open onClose={onClose} onSubmit={submit} busy={busy} submitLabel={ACTIONS[kind]}>
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      {mode.kind === 'duplicate' && (
        <p className="dialog-text">
          Copies “{mode.plan.name}” whole: its {countOf(mode.plan.accountCount, 'account')}, target scenarios, SLAs and KPI snapshots, so you can try
          another plan without touching this one. To try other targets within this plan, add a scenario on the Targets page.
        </p>
      )}
      <Field label="Plan name" error={errors.name}>
        <input value={name} autoFocus onChange={(e) => setName(e.target.value)} placeholder="FY2027 Q1 joint revenue plan" />
      </Field>
      {mode.kind === 'create' && (
        <div className="form-grid">
          <Field label="Fiscal period" error={errors.fiscalPeriod} hint="FY2027 Q1, Q1 2027 or FY2027">
            <input value={fiscalPeriod} onChange={(e) => setFiscalPeriod(e.target.value)} />
          </Field>
          <Field label="Currency" error={errors.currency}>
            <select value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
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
