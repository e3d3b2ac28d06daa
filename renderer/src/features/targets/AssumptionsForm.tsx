import { DEFAULT_ASSUMPTIONS } from '../../../../shared/planning/funnel';
import { Field } from '../../ui/Field';
import { withLabel } from '../../ui/formErrors';
import { ASSUMPTION_FIELDS, defaultLabel, fromDraft, type Draft } from './assumptionFields';

interface Props {
  draft: Draft;
  errors: Record<string, string>;
  onChange(draft: Draft): void;
}

/** The CRO's inputs. Defaults are labelled as defaults: starting points, not truths. */
export function AssumptionsForm({ draft, errors, onChange }: Props) {
  const values = fromDraft(draft);
  return (
    <div className="assumptions">
      {ASSUMPTION_FIELDS.map((f) => {
        const isDefault = values[f.key] === DEFAULT_ASSUMPTIONS[f.key];
        return (
          <Field
            key={f.key}
            label={f.label}
            error={withLabel(f.label, errors[f.key])}
            hint={`${f.hint} · default ${defaultLabel(f)}`}
            suffix={
              <>
                {f.suffix && <span aria-hidden>{f.suffix}</span>}
                {isDefault && <span className="default-badge">default</span>}
              </>
            }
          >
            <input value={draft[f.key]} inputMode="decimal" onChange={(e) => onChange({ ...draft, [f.key]: e.target.value })} />
          </Field>
        );
      })}
    </div>
  );
}
