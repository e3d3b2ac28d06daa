import { useState } from 'react';
import { BUDGET_CHANNELS, type BudgetLine } from '../../../../../shared/domain/budget';
import { TEAM_LABELS, TEAMS, type Team } from '../../../../../shared/domain/team';
import { decimalMark, formatForInput } from '../../../../../shared/format';
import { parseMoney, parseNumber } from '../../../../../shared/parse/number';
import { periodLabel } from '../../../../../shared/planning/periods';
import { Dialog } from '../../../ui/Dialog';
import { useToday } from '../../clock/useToday';
import { Field } from '../../../ui/Field';
import { formErrors } from '../../../ui/formErrors';
import { createLine, updateLine } from './budget';

const LABELS = {
  name: 'Name',
  channel: 'Channel',
  team: 'Owning team',
  month: 'Month',
  planned: 'Planned',
  committed: 'Committed',
  actual: 'Actual',
  expectedMqls: 'Expected MQLs',
  expectedPipeline: 'Expected pipeline',
  notes: 'Notes',
};
type Key = keyof typeof LABELS;
const AMOUNTS = ['planned', 'committed', 'actual', 'expectedPipeline'] as const;

interface Props {
  planId: string;
  months: string[];
  currency: string;
  /** The line being edited; absent for a new one. */
  line?: BudgetLine;
  onClose(): void;
}

/** Add or edit a budget line; amounts read like every money field ("40k", "$1.2M"). */
export function BudgetLineForm({ planId, months, currency, line, onClose }: Props) {
  const today = useToday();
  const [draft, setDraft] = useState<Record<Key, string>>(() => ({
    name: line?.name ?? '',
    channel: line?.channel ?? BUDGET_CHANNELS[0],
    team: line?.team ?? 'marketing',
    // A new line goes in the current month (or the first month still to come), not one already closed.
    month: line?.month ?? months.find((m) => m >= today.toISOString().slice(0, 7)) ?? months.at(-1)!,
    planned: formatForInput(line?.planned ?? null),
    committed: formatForInput(line?.committed ?? null),
    actual: formatForInput(line?.actual ?? null),
    expectedMqls: formatForInput(line?.expectedMqls ?? null),
    expectedPipeline: formatForInput(line?.expectedPipeline ?? null),
    notes: line?.notes ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: Key, v: string) => setDraft((d) => ({ ...d, [k]: v }));

  const submit = async () => {
    const local: Partial<Record<Key, string>> = {};
    const amounts: Record<string, number> = {};
    for (const k of AMOUNTS) {
      const read = parseMoney(draft[k], LABELS[k], { decimal: decimalMark() });
      if (!read.ok) local[k] = read.error;
      else amounts[k] = read.value ?? 0;
    }
    const mqls = parseNumber(draft.expectedMqls, LABELS.expectedMqls, { decimal: decimalMark() });
    if (!mqls.ok) local.expectedMqls = mqls.error;
    if (Object.keys(local).length) return setErrors(local);
    const fields = { name: draft.name, channel: draft.channel, team: draft.team as Team, month: draft.month, notes: draft.notes, ...amounts, expectedMqls: mqls.ok ? (mqls.value ?? 0) : 0 };
    setBusy(true);
    const result = line ? await updateLine(line, fields) : await createLine(planId, { planned: 0, ...fields });
    setBusy(false);
    if (result.ok) return onClose();
    const split = formErrors(result.error, line ? 'patch' : 'line', LABELS);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog title={line ? `Edit budget line: ${line.name}` : 'New budget line'} open onClose={onClose} onSubmit={() => void submit()} busy={busy} submitLabel={line ? 'Save line' : 'Add line'}>
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      <Field label={LABELS.name} error={errors.name}>
        <input value={draft.name} autoFocus onChange={(e) => set('name', e.target.value)} placeholder="E.g. LinkedIn ads, Q1" />
      </Field>
      <div className="form-grid">
        <Field label={LABELS.channel} error={errors.channel} hint="Pick one or type your own">
          <input value={draft.channel} list="budget-channels" onChange={(e) => set('channel', e.target.value)} />
        </Field>
        <datalist id="budget-channels">
          {BUDGET_CHANNELS.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label={LABELS.team} error={errors.team}>
          <select value={draft.team} onChange={(e) => set('team', e.target.value)}>
            {TEAMS.map((t) => (
              <option key={t} value={t}>
                {TEAM_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={LABELS.month} error={errors.month}>
          <select value={draft.month} onChange={(e) => set('month', e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {periodLabel(m)}
              </option>
            ))}
          </select>
        </Field>
        {AMOUNTS.map((k) => (
          <Field key={k} label={`${LABELS[k]} (${currency})`} error={errors[k]}>
            <input value={draft[k]} inputMode="decimal" onChange={(e) => set(k, e.target.value)} />
          </Field>
        ))}
        <Field label={LABELS.expectedMqls} error={errors.expectedMqls}>
          <input value={draft.expectedMqls} inputMode="numeric" onChange={(e) => set('expectedMqls', e.target.value)} />
        </Field>
      </div>
      <Field label={LABELS.notes} error={errors.notes}>
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
    </Dialog>
  );
}
