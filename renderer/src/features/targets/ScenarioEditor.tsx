import { useEffect, useMemo, useState } from 'react';
import type { TargetScenario } from '../../../../shared/domain/targets';
import { DEFAULT_ASSUMPTIONS, reverseFunnel } from '../../../../shared/planning/funnel';
import type { AppErrorBody } from '../../../../shared/result';
import { useOp } from '../../api/cache';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { formErrors } from '../../ui/formErrors';
import { ASSUMPTION_FIELDS, ASSUMPTION_LABELS, toDraft, type Draft } from './assumptionFields';
import { AssumptionsForm } from './AssumptionsForm';
import { checkDraft, recallUnsaved, rememberUnsaved } from './checkDraft';
import { FunnelResults } from './FunnelResults';
import { MakePrimaryDialog } from './MakePrimaryDialog';
import { ScenarioNameDialog } from './ScenarioNameDialog';
import { createScenario, deleteScenario, makePrimary, renameScenario, saveAssumptions } from './scenarios';
import { useAutosave, type SaveState } from './useAutosave';

const SAVE_TEXT: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Saving…',
  saving: 'Saving…',
  invalid: 'Other changes saved; the highlighted fields are not: fix them to save them',
  failed: 'Not saved: see the message',
};

interface Props {
  scenario: TargetScenario;
  primary: TargetScenario | undefined;
  months: string[];
  fiscalPeriod: string;
  currency: string;
}

type Dialogs = 'duplicate' | 'rename' | 'primary' | 'delete' | null;

/**
 * Edits one scenario: results recompute as the CRO types (the same math the core uses) and valid
 * changes save themselves, always into this scenario's own plan. What-ifs go in a new scenario.
 */
export function ScenarioEditor({ scenario, primary, months, fiscalPeriod, currency }: Props) {
  const notify = useAppStore((s) => s.notify);
  const offerUndo = useAppStore((s) => s.offerUndo);
  const [draft, setDraft] = useState<Draft>(() => ({ ...toDraft(scenario.assumptions), ...recallUnsaved(scenario.id) }));
  // The stored scenario changed under the editor (undo, redo): show what is stored now, unless it is
  // this editor's own save coming back.
  const [seenRevision, setSeenRevision] = useState(scenario.revision);
  if (scenario.revision !== seenRevision) {
    setSeenRevision(scenario.revision);
    const fromDraft = checkDraft(draft, scenario.assumptions).savable;
    if (ASSUMPTION_FIELDS.some((f) => fromDraft[f.key] !== scenario.assumptions[f.key])) setDraft(toDraft(scenario.assumptions));
  }
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<Dialogs>(null);
  const slas = useOp('slas.list', { planId: scenario.planId }).data ?? [];

  const checked = useMemo(() => checkDraft(draft, scenario.assumptions), [draft, scenario.assumptions]);
  const errors = { ...serverErrors, ...checked.errors };
  const plan = useMemo(() => (checked.assumptions ? reverseFunnel(checked.assumptions, months) : null), [checked.assumptions, months]);
  const dirty = ASSUMPTION_FIELDS.some((f) => checked.savable[f.key] !== scenario.assumptions[f.key]);
  const hasErrors = Object.keys(checked.errors).length > 0;
  // Kept as it is typed, so whatever unmounts the editor (area or plan switch), the text survives.
  useEffect(() => rememberUnsaved(scenario.id, draft, checked.errors), [scenario.id, draft, checked.errors]);
  const showFailure = (error: AppErrorBody) => {
    const split = formErrors(error, 'patch.assumptions', ASSUMPTION_LABELS);
    setServerErrors(split.byField as Record<string, string>);
    if (split.general) notify({ kind: 'error', topic: 'scenario', message: split.general });
  };
  const autosave = useAutosave(checked.savable, dirty, async (assumptions) => {
    const result = await saveAssumptions(scenario, assumptions);
    if (!result.ok) showFailure(result.error);
    return result.ok;
  });
  const saveState: SaveState = hasErrors && autosave === 'saved' ? 'invalid' : autosave;

  // Saved at once, as one step of the plan's history: Ctrl+Z or the toast's Undo brings the values back.
  const resetToDefaults = async () => {
    setDraft(toDraft(DEFAULT_ASSUMPTIONS));
    if (ASSUMPTION_FIELDS.every((f) => scenario.assumptions[f.key] === DEFAULT_ASSUMPTIONS[f.key])) {
      return notify({ kind: 'info', message: `“${scenario.name}” already holds the defaults.` });
    }
    const result = await saveAssumptions(scenario, DEFAULT_ASSUMPTIONS);
    if (!result.ok) return showFailure(result.error);
    await offerUndo(scenario.planId, `Reset “${scenario.name}” to the defaults.`);
  };
  const failureOf = (result: { ok: boolean; error?: AppErrorBody }) => (result.ok ? null : result.error!);

  return (
    <div className="targets-layout">
      <section className="card" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">
          Assumptions · {scenario.name}
          {scenario.isPrimary && <span className="badge">primary</span>}
        </h2>
        <AssumptionsForm
          draft={draft}
          values={checked.savable}
          errors={errors}
          onChange={(d) => {
            setDraft(d);
            setServerErrors({});
          }}
        />
        <p className={`save-state save-${saveState}`} role="status">
          {SAVE_TEXT[saveState]}
        </p>
        <div className="button-row">
          <button type="button" disabled={!checked.assumptions} onClick={() => setDialog('duplicate')}>
            Duplicate as new scenario…
          </button>
          <button type="button" onClick={() => setDialog('rename')}>
            Rename…
          </button>
          <button type="button" onClick={() => void resetToDefaults()}>
            Reset to defaults
          </button>
        </div>
        {!scenario.isPrimary && (
          <div className="button-row">
            <button
              type="button"
              onClick={() => setDialog('primary')}
              disabled={saveState !== 'saved'}
              title={saveState === 'saved' ? 'The primary scenario drives the dashboard and the SLAs that follow the plan' : 'Save or fix the changes first: the primary scenario is what is stored'}
            >
              Make primary…
            </button>
            <button type="button" className="danger-quiet" onClick={() => setDialog('delete')}>
              Delete scenario…
            </button>
          </div>
        )}
      </section>
      <section aria-label="What these targets need">
        {plan ? <FunnelResults plan={plan} planId={scenario.planId} currency={currency} /> : <div className="empty">Fix the highlighted assumptions to see what the targets need.</div>}
      </section>
      {dialog === 'duplicate' && checked.assumptions && (
        <ScenarioNameDialog
          title="Duplicate as a new scenario"
          submitLabel="Create scenario"
          initialName=""
          intro={`A copy of “${scenario.name}” with the values shown. It opens here for editing; “${primary?.name ?? scenario.name}” stays primary until you choose otherwise.`}
          onSubmit={async (name) => {
            const result = await createScenario(scenario.planId, name, checked.assumptions!);
            if (result.ok) notify({ kind: 'info', message: `Created scenario “${result.value.name}”: you are editing it now.` });
            return failureOf(result);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'rename' && (
        <ScenarioNameDialog
          title="Rename scenario"
          submitLabel="Rename"
          initialName={scenario.name}
          onSubmit={async (name) => failureOf(await renameScenario(scenario, name))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'primary' && (
        <MakePrimaryDialog
          scenario={scenario}
          primary={primary}
          fiscalPeriod={fiscalPeriod}
          currency={currency}
          slas={slas}
          onConfirm={async () => failureOf(await makePrimary(scenario))}
          onClose={() => setDialog(null)}
        />
      )}
      <Dialog
        title="Delete scenario?"
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        submitLabel="Delete scenario"
        cancelLabel="Keep it"
        danger
        onSubmit={async () => {
          const result = await deleteScenario(scenario);
          if (!result.ok) notify({ kind: 'error', message: result.error.message });
          setDialog(null);
        }}
      >
        <p className="dialog-text">“{scenario.name}” will be deleted. The primary scenario and the plan are not affected.</p>
      </Dialog>
    </div>
  );
}
