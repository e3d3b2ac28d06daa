import { formatInputInUnit } from '../../../../shared/format';
import { DEFAULT_ASSUMPTIONS } from '../../../../shared/planning/funnel';
import { Field } from '../../ui/Field';
import { defaultLabel, FOLLOW_UP_FIELDS, FUNNEL_FIELDS, type AssumptionField, type AssumptionKey, type Draft } from './assumptionFields';

interface Props {
  draft: Draft;
  values: Partial<Record<AssumptionKey, number>>;
  errors: Partial<Record<AssumptionKey, string>>;
  onChange(draft: Draft): void;
}

/** The CRO's inputs. Defaults are labelled as defaults: starting points, not truths. */
export function AssumptionsForm({ draft, values, errors, onChange }: Props) {
  const field = (f: AssumptionField) => (
    <Field
      key={f.key}
      label={f.label}
      error={errors[f.key]}
      hint={`${f.hint} · default ${defaultLabel(f)}`}
      suffix={
        <>
          {f.suffix && <span aria-hidden>{f.suffix}</span>}
          {!errors[f.key] && values[f.key] === DEFAULT_ASSUMPTIONS[f.key] && <span className="default-badge">default</span>}
        </>
      }
    >
      <input
        value={draft[f.key]}
        inputMode="decimal"
        onChange={(e) => onChange({ ...draft, [f.key]: e.target.value })}
        // Leaving a field that reads shows it as stored ("2.4m" becomes 2,400,000), so what is on screen is what counts.
        onBlur={() => {
          const shown = formatInputInUnit(values[f.key], f.kind);
          if (!errors[f.key] && values[f.key] !== undefined && shown !== draft[f.key]) onChange({ ...draft, [f.key]: shown });
        }}
      />
    </Field>
  );
  return (
    <div className="assumptions">
      {FUNNEL_FIELDS.map(field)}
      <fieldset className="assumption-group">
        <legend>Follow-up commitment</legend>
        <p className="muted small">The SLAs that follow the plan take these as their targets.</p>
        {FOLLOW_UP_FIELDS.map(field)}
      </fieldset>
    </div>
  );
}
