import { useState } from 'react';
import { metricByKey, type MetricDef } from '../../../../shared/domain/metrics';
import { COMPARATOR_LABELS, type Sla, type SlaFields } from '../../../../shared/domain/sla';
import { TEAM_LABELS, TEAMS } from '../../../../shared/domain/team';
import { parseAmount } from '../../../../shared/format';
import { templateByKey } from '../../../../shared/planning/slaTemplates';
import { useAppStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors, withLabel } from '../../ui/formErrors';

const FIELDS = ['name', 'kind', 'committingTeam', 'receivingTeam', 'metric', 'target', 'comparator', 'period', 'warningBand', 'owner', 'notes', 'definition', 'reviewDate'] as const;

interface Props {
  /** The SLA being edited, or the fields a new one starts from. */
  initial: { sla?: Sla; fields: SlaFields };
  metrics: MetricDef[];
  onClose(): void;
}

/** Create or edit an SLA; mounted per use so each opening starts fresh. */
export function SlaForm({ initial, metrics, onClose }: Props) {
  const { createSla, updateSla } = useAppStore.getState();
  const [f, setF] = useState<SlaFields>(initial.fields);
  const [targetText, setTargetText] = useState(initial.fields.target === null ? '' : String(initial.fields.target));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const template = f.templateKey ? templateByKey(f.templateKey) : undefined;
  const unit = f.metric ? metricByKey(metrics, f.metric)?.unit : undefined;
  const set = <K extends keyof SlaFields>(key: K, value: SlaFields[K]) => setF({ ...f, [key]: value });

  const submit = async () => {
    const target = parseAmount(targetText.replace(/%\s*$/, ''));
    if (!target.ok) return setErrors({ target: target.error });
    const fields = { ...f, target: target.value };
    setBusy(true);
    const result = initial.sla ? await updateSla(initial.sla.id, fields) : await createSla(fields);
    setBusy(false);
    if (result.ok) return onClose();
    const split = formErrors(result.error, initial.sla ? 'patch' : 'sla', FIELDS);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const err = (key: string, label: string) => withLabel(label, errors[key]);
  return (
    <Dialog title={initial.sla ? `Edit SLA: ${initial.sla.name}` : 'New SLA'} open onClose={onClose} onSubmit={submit} busy={busy} submitLabel={initial.sla ? 'Save SLA' : 'Create SLA'}>
      {template && <p className={`evidence${template.weakEvidence ? ' weak' : ''}`}>{template.evidence}</p>}
      {general && <div className="form-error" role="alert">{general}</div>}
      <Field label="SLA name" error={err('name', 'Name')}>
        <input value={f.name} autoFocus onChange={(e) => set('name', e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label="Committing team" error={err('committingTeam', 'Committing team')}>
          <select value={f.committingTeam} onChange={(e) => set('committingTeam', e.target.value as SlaFields['committingTeam'])}>
            {TEAMS.map((t) => <option key={t} value={t}>{TEAM_LABELS[t]}</option>)}
          </select>
        </Field>
        <Field label="Receiving team" error={err('receivingTeam', 'Receiving team')}>
          <select value={f.receivingTeam} onChange={(e) => set('receivingTeam', e.target.value as SlaFields['receivingTeam'])}>
            {TEAMS.map((t) => <option key={t} value={t}>{TEAM_LABELS[t]}</option>)}
          </select>
        </Field>
        <Field label="Kind" error={err('kind', 'Kind')}>
          <select value={f.kind} onChange={(e) => set('kind', e.target.value as SlaFields['kind'])}>
            <option value="metric">Measured by a KPI</option>
            <option value="agreement">Documented agreement with review date</option>
          </select>
        </Field>
        <Field label="Owner" error={err('owner', 'Owner')}>
          <input value={f.owner} onChange={(e) => set('owner', e.target.value)} placeholder="Who answers for it" />
        </Field>
      </div>
      {f.kind === 'metric' ? (
        <div className="form-grid">
          <Field label="Metric" error={err('metric', 'Metric')}>
            <select value={f.metric ?? ''} onChange={(e) => set('metric', e.target.value || null)}>
              <option value="">Choose a metric…</option>
              {metrics.map((m) => <option key={m.key} value={m.key}>{m.label}</option>)}
            </select>
          </Field>
          <Field label="Comparator" error={err('comparator', 'Comparator')}>
            <select value={f.comparator} onChange={(e) => set('comparator', e.target.value as SlaFields['comparator'])}>
              <option value="atLeast">{COMPARATOR_LABELS.atLeast}</option>
              <option value="atMost">{COMPARATOR_LABELS.atMost}</option>
            </select>
          </Field>
          <Field label={`Target${unit === 'percent' ? ' (%)' : unit === 'hours' ? ' (hours)' : ''}`} error={err('target', 'Target')}>
            <input value={targetText} inputMode="decimal" onChange={(e) => setTargetText(e.target.value)} />
          </Field>
          <Field label="Period" error={err('period', 'Period')}>
            <select value={f.period} onChange={(e) => set('period', e.target.value as SlaFields['period'])}>
              <option value="week">Per week</option>
              <option value="month">Per month</option>
              <option value="quarter">Per quarter</option>
            </select>
          </Field>
          <Field label="Warning band (%)" error={err('warningBand', 'Warning band')} hint="How far off target still counts as at risk">
            <input value={String(f.warningBand)} inputMode="decimal" onChange={(e) => set('warningBand', Number(e.target.value))} />
          </Field>
        </div>
      ) : (
        <>
          <Field label="Agreed definition" error={err('definition', 'Definition')} hint="E.g. the lead-scoring criteria that make a lead an MQL">
            <textarea rows={3} value={f.definition} onChange={(e) => set('definition', e.target.value)} />
          </Field>
          <Field label="Next review" error={err('reviewDate', 'Review date')}>
            <input type="date" value={f.reviewDate ?? ''} onChange={(e) => set('reviewDate', e.target.value || null)} />
          </Field>
        </>
      )}
      <Field label="Notes" error={err('notes', 'Notes')}>
        <textarea rows={2} value={f.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
    </Dialog>
  );
}
