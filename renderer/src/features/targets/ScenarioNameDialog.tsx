import { useState } from 'react';
import type { AppErrorBody } from '../../../../shared/result';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors } from '../../ui/formErrors';

interface Props {
  title: string;
  submitLabel: string;
  initialName: string;
  intro?: string;
  /** Resolves with the refusal, if any: its message is shown beside the name field. */
  onSubmit(name: string): Promise<AppErrorBody | null>;
  onClose(): void;
}

/** Names a scenario (a new copy, or a rename); mounted per use. A refused name is explained beside the field. */
export function ScenarioNameDialog({ title, submitLabel, initialName, intro, onSubmit, onClose }: Props) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      title={title}
      open
      onClose={onClose}
      busy={busy}
      submitLabel={submitLabel}
      onSubmit={async () => {
        setBusy(true);
        const failure = await onSubmit(name);
        setBusy(false);
        if (!failure) return onClose();
        // The name is at `name` (create) or `patch.name` (rename); a CONFLICT names the field too.
        const split = formErrors(failure, 'patch', { name: 'Scenario name' });
        setError(split.byField.name);
        setGeneral(split.general);
      }}
    >
      {intro && <p className="dialog-text">{intro}</p>}
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      <Field label="Scenario name" error={error}>
        <input value={name} autoFocus onChange={(e) => setName(e.target.value)} placeholder="Stretch: 30% win rate" />
      </Field>
    </Dialog>
  );
}
