import { useState } from 'react';
import { splitName, type BudgetLine } from '../../../../../shared/domain/budget';
import { TEAM_LABELS, TEAMS, type Team } from '../../../../../shared/domain/team';
import { decimalMark, formatMoney } from '../../../../../shared/format';
import { periodLabel } from '../../../../../shared/planning/periods';
import { useAppStore } from '../../../store';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { formErrors } from '../../../ui/formErrors';
import { splitLine } from './budget';
import { readSplitAmount } from './splitAmount';

const LABELS = { planned: 'Planned for the new line', name: 'Name of the new line', month: 'Month', team: 'Owning team' };
type Key = keyof typeof LABELS;

interface Props {
  line: BudgetLine;
  months: string[];
  currency: string;
  onClose(): void;
}

/**
 * Splits a budget line in two: part of its planned spend goes to a new line, in the same or another month
 * or team. Committed, actual and the expected MQLs and pipeline follow in the same share (the op's rule),
 * so the board's totals don't move. One step: the toast's Undo, or Ctrl+Z, puts the line back whole.
 */
export function SplitLineDialog({ line, months, currency, onClose }: Props) {
  const [draft, setDraft] = useState<Record<Key, string>>({ planned: '', name: splitName(line.name), month: line.month, team: line.team });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: Key, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const money = (v: number) => formatMoney(v, currency);
  const amount = draft.planned.trim() ? readSplitAmount(draft.planned, line.planned, LABELS.planned, currency, decimalMark()) : null;

  const submit = async () => {
    const read = readSplitAmount(draft.planned, line.planned, LABELS.planned, currency, decimalMark());
    if (!read.ok) return setErrors({ planned: read.error });
    setBusy(true);
    const result = await splitLine(line, { planned: read.value, name: draft.name, month: draft.month, team: draft.team as Team });
    setBusy(false);
    if (!result.ok) {
      const split = formErrors(result.error, '', LABELS);
      setErrors(split.byField);
      return setGeneral(split.general);
    }
    onClose();
    const { offerUndo } = useAppStore.getState();
    await offerUndo(line.planId, `Split ${line.name}: ${money(read.value)} went to ${draft.name.trim() || 'the new line'}.`);
  };

  return (
    <Dialog title={`Split budget line: ${line.name}`} open onClose={onClose} onSubmit={() => void submit()} busy={busy} submitLabel="Split line">
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      <p className="muted">
        {line.name} plans {money(line.planned)}. The new line takes part of it; committed, actual and the expected MQLs and pipeline follow in the same share, so the
        totals stay as they are.
      </p>
      <Field label={`${LABELS.planned} (${currency})`} error={errors.planned} hint={`An amount, like 10k, or a share of ${money(line.planned)}, like 25%`}>
        <input value={draft.planned} autoFocus inputMode="decimal" onChange={(e) => set('planned', e.target.value)} />
      </Field>
      <p className="small split-preview" aria-live="polite" data-testid="split-preview">
        {amount?.ok ? `New line ${money(amount.value)}; ${line.name} keeps ${money(Math.round((line.planned - amount.value) * 100) / 100)}.` : ''}
      </p>
      <Field label={LABELS.name} error={errors.name}>
        <input value={draft.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label={LABELS.month} error={errors.month}>
          <select value={draft.month} onChange={(e) => set('month', e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {periodLabel(m)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={LABELS.team} error={errors.team}>
          <select value={draft.team} onChange={(e) => set('team', e.target.value)}>
            {TEAMS.map((t) => (
              <option key={t} value={t}>
                {TEAM_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </Dialog>
  );
}
