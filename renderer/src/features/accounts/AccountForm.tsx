import { useState } from 'react';
import { STAGES, type AccountFields } from '../../../../shared/domain/account';
import { decimalMark } from '../../../../shared/format';
import { parseMoney, parseNumber } from '../../../../shared/parse/number';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors } from '../../ui/formErrors';
import { createAccount } from './accounts';
import { STAGE_LABELS } from './columns';

const LABELS = {
  name: 'Account name',
  domain: 'Domain',
  industry: 'Industry',
  region: 'Region',
  employees: 'Employees',
  annualRevenue: 'Annual revenue',
  tier: 'Tier',
  stage: 'Engagement stage',
  salesOwner: 'Sales owner',
  marketingOwner: 'Marketing owner',
  openPipeline: 'Open pipeline',
  notes: 'Notes',
};
type FieldKey = keyof typeof LABELS;
type Draft = Record<FieldKey, string>;
const EMPTY: Draft = { name: '', domain: '', industry: '', region: '', employees: '', annualRevenue: '', tier: '3', stage: 'target', salesOwner: '', marketingOwner: '', openPipeline: '', notes: '' };
const NUMERIC = ['employees', 'annualRevenue', 'openPipeline'] as const;

export function AccountForm({ planId, open, onClose }: { planId: string; open: boolean; onClose(): void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setDraft(EMPTY);
    setErrors({});
    setGeneral(null);
    onClose();
  };

  const submit = async () => {
    const numbers: Partial<Record<(typeof NUMERIC)[number], number | null>> = {};
    const local: Partial<Record<FieldKey, string>> = {};
    const options = { decimal: decimalMark(), lenient: true };
    for (const key of NUMERIC) {
      const parsed = key === 'employees' ? parseNumber(draft[key], LABELS[key], options) : parseMoney(draft[key], LABELS[key], options);
      if (parsed.ok) numbers[key] = parsed.value;
      else local[key] = parsed.error;
    }
    if (Object.keys(local).length) return setErrors(local);
    const fields: AccountFields = {
      ...draft,
      tier: Number(draft.tier) as 1 | 2 | 3,
      stage: draft.stage as AccountFields['stage'],
      employees: numbers.employees ?? null,
      annualRevenue: numbers.annualRevenue ?? null,
      openPipeline: numbers.openPipeline ?? 0,
    };
    setBusy(true);
    const result = await createAccount(planId, fields);
    setBusy(false);
    if (result.ok) return close();
    const { byField, general: other } = formErrors(result.error, 'account', LABELS);
    setErrors(byField);
    setGeneral(other);
  };

  const input = (key: FieldKey, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} {...props} />
  );
  const err = (key: FieldKey) => errors[key];

  return (
    <Dialog
      title="Add account"
      open={open}
      onClose={close}
      onSubmit={submit}
      busy={busy}
      submitLabel="Add account"
    >
      {general && <div className="form-error" role="alert">{general}</div>}
      <div className="form-grid">
        <Field label="Account name" error={err('name')}>{input('name', { autoFocus: true, placeholder: 'Acme Corp' })}</Field>
        <Field label="Domain" error={err('domain')} hint="acme.com; a URL works too">{input('domain', { placeholder: 'acme.com' })}</Field>
        <Field label="Tier" error={err('tier')}>
          <select value={draft.tier} onChange={(e) => setDraft({ ...draft, tier: e.target.value })}>
            <option value="1">Tier 1 (one-to-one)</option>
            <option value="2">Tier 2 (one-to-few)</option>
            <option value="3">Tier 3 (one-to-many)</option>
          </select>
        </Field>
        <Field label="Engagement stage" error={err('stage')}>
          <select value={draft.stage} onChange={(e) => setDraft({ ...draft, stage: e.target.value })}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Industry" error={err('industry')}>{input('industry')}</Field>
        <Field label="Region" error={err('region')}>{input('region')}</Field>
        <Field label="Employees" error={err('employees')}>{input('employees', { inputMode: 'numeric' })}</Field>
        <Field label="Annual revenue" error={err('annualRevenue')} hint="e.g. 25M">{input('annualRevenue', { inputMode: 'decimal' })}</Field>
        <Field label="Sales owner" error={err('salesOwner')}>{input('salesOwner')}</Field>
        <Field label="Marketing owner" error={err('marketingOwner')}>{input('marketingOwner')}</Field>
        <Field label="Open pipeline" error={err('openPipeline')}>{input('openPipeline', { inputMode: 'decimal' })}</Field>
      </div>
      <Field label="Notes" error={err('notes')}>
        <textarea rows={3} value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
      </Field>
    </Dialog>
  );
}
