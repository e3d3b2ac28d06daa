import { useMemo, useState } from 'react';
import { assumptionsSchema } from '../../../../shared/contract/targets';
import type { TargetScenario } from '../../../../shared/domain/targets';
import type { AppErrorBody } from '../../../../shared/result';
import { DEFAULT_ASSUMPTIONS, reverseFunnel, type TargetAssumptions } from '../../../../shared/planning/funnel';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors, withLabel } from '../../ui/formErrors';
import { ASSUMPTION_FIELDS, fromDraft, toDraft, type Draft } from './assumptionFields';
import { AssumptionsForm } from './AssumptionsForm';
import { FunnelResults } from './FunnelResults';
import { useAutosave, type SaveState } from './useAutosave';

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  invalid: 'Not saved: fix the highlighted fields',
  failed: 'Not saved: see the message',
};

interface Props {
  scenario: TargetScenario;
  months: string[];
  currency: string;
}

/**
 * Edits one scenario: results recompute as the CRO types (the same math the core uses) and valid
 * changes save themselves. What-ifs go in a duplicate, so the original stays comparable.
 */
export function ScenarioEditor({ scenario, months, currency }: Props) {
  const { saveScenario, makePrimary, deleteScenario, notify } = useAppStore.getState();
  const [draft, setDraft] = useState<Draft>(() => toDraft(scenario.assumptions));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [naming, setNaming] = useState(false);
  const [newName, setNewName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const parsed = useMemo(() => assumptionsSchema.safeParse(fromDraft(draft)), [draft]);
  const localErrors = useMemo(() => Object.fromEntries((parsed.success ? [] : parsed.error.issues).map((i) => [String(i.path[0]), i.message])), [parsed]);
  const errors = { ...serverErrors, ...localErrors };
  const plan = useMemo(() => (parsed.success ? reverseFunnel(parsed.data, months) : null), [parsed, months]);
  const dirty = ASSUMPTION_FIELDS.some((f) => fromDraft(draft)[f.key] !== scenario.assumptions[f.key]);
  const saveState = useAutosave(parsed.success ? (parsed.data as TargetAssumptions) : null, dirty, async (assumptions) => {
    const result = await saveScenario({ id: scenario.id, name: scenario.name, assumptions });
    if (!result.ok) showFailure(result.error);
    return result.ok;
  });

  function showFailure(error: AppErrorBody) {
    const split = formErrors(error, 'assumptions', ASSUMPTION_FIELDS.map((f) => f.key));
    setServerErrors(split.byField);
    if (error.details?.field === 'name') setNameError(error.message);
    else if (split.general) notify({ kind: 'error', message: split.general });
  }

  const duplicate = async (name: string) => {
    if (!parsed.success) return false;
    const result = await saveScenario({ name, assumptions: parsed.data as TargetAssumptions });
    if (result.ok) notify({ kind: 'info', message: `Created scenario “${result.value.name}”.` });
    else showFailure(result.error);
    return result.ok;
  };

  const resetToDefaults = () => {
    const previous = draft;
    setDraft(toDraft(DEFAULT_ASSUMPTIONS));
    notify({ kind: 'info', message: `Reset “${scenario.name}” to the defaults.`, action: { label: 'Undo', run: () => setDraft(previous) } });
  };

  return (
    <div className="targets-layout">
      <section className="card" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Assumptions · {scenario.name}</h2>
        <AssumptionsForm draft={draft} errors={errors} onChange={(d) => { setDraft(d); setServerErrors({}); }} />
        <p className={`save-state save-${saveState}`} role="status">
          {SAVE_TEXT[saveState]}
        </p>
        <div className="button-row">
          <button type="button" disabled={!parsed.success} onClick={() => { setNewName(''); setNameError(undefined); setNaming(true); }}>
            Duplicate as new scenario…
          </button>
          <button type="button" onClick={resetToDefaults}>
            Reset to defaults
          </button>
        </div>
        <div className="button-row">
          {!scenario.isPrimary && (
            <button type="button" onClick={() => void makePrimary(scenario.id)} title="The primary scenario drives the dashboard and SLA templates">
              Make primary
            </button>
          )}
          {!scenario.isPrimary && (
            <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
              Delete scenario…
            </button>
          )}
        </div>
      </section>
      <section aria-label="What these targets need">
        {plan ? <FunnelResults plan={plan} currency={currency} /> : <div className="empty">Fix the highlighted assumptions to see what the targets need.</div>}
      </section>
      <Dialog
        title="Duplicate as a new scenario"
        open={naming}
        onClose={() => setNaming(false)}
        submitLabel="Create scenario"
        onSubmit={async () => {
          if (await duplicate(newName)) setNaming(false);
        }}
      >
        <Field label="Scenario name" error={withLabel('Scenario name', nameError)}>
          <input value={newName} autoFocus onChange={(e) => setNewName(e.target.value)} placeholder="Stretch: 30% win rate" />
        </Field>
      </Dialog>
      <Dialog
        title="Delete scenario?"
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        submitLabel="Delete scenario"
        cancelLabel="Keep it"
        danger
        onSubmit={async () => {
          const result = await deleteScenario(scenario.id);
          if (!result.ok) notify({ kind: 'error', message: result.error.message });
          setConfirmDelete(false);
        }}
      >
        <p className="dialog-text">“{scenario.name}” will be deleted. The primary scenario and the plan are not affected.</p>
      </Dialog>
    </div>
  );
}
