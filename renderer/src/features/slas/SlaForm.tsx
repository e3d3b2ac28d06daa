import { useRef, useState } from 'react';
import { formatForInput, formatInputInUnit } from '../../../../shared/format';
import { metricByKey, type MetricDef } from '../../../../shared/domain/metrics';
import { COMPARATOR_LABELS, type Sla, type SlaFields } from '../../../../shared/domain/sla';
import { TEAM_LABELS, TEAMS } from '../../../../shared/domain/team';
import { PLAN_FIGURE_INFO, PLAN_FIGURES, planFigureHeadline, type PlanBasis } from '../../../../shared/planning/planFigures';
import { templateByKey } from '../../../../shared/planning/slaTemplates';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors } from '../../ui/formErrors';
import { createSla, updateSla } from './slas';
import { readTarget, readWarningBand, SLA_LABELS, type SlaField } from './slaFormFields';

interface Props {
  planId: string;
  /** The SLA being edited, or the fields a new one starts from. */
  initial: { sla?: Sla; fields: SlaFields };
  metrics: MetricDef[];
  /** The primary scenario's numbers, for targets that come from the plan. */
  basis: PlanBasis | null;
  onClose(): void;
}

const figureFor = (metric: string | null) => PLAN_FIGURES.find((f) => PLAN_FIGURE_INFO[f].metric === metric) ?? null;

/** Create or edit an SLA; mounted per use so each opening starts fresh. */
export function SlaForm({ planId, initial, metrics, basis, onClose }: Props) {
  const [f, setF] = useState<SlaFields>(initial.fields);
  const [targetText, setTargetText] = useState(formatInputInUnit(initial.fields.target, (initial.fields.metric && metricByKey(metrics, initial.fields.metric)?.unit) || 'count'));
  const [bandText, setBandText] = useState(formatInputInUnit(initial.fields.warningBand, 'percent'));
  const [errors, setErrors] = useState<Partial<Record<SlaField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameEdited = useRef(false);
  const template = f.templateKey ? templateByKey(f.templateKey) : undefined;
  const unit = f.metric ? metricByKey(metrics, f.metric)?.unit : undefined;
  const set = <K extends keyof SlaFields>(key: K, value: SlaFields[K]) => setF({ ...f, [key]: value });
  const figure = f.kind === 'metric' ? figureFor(f.metric) : null;
  const planValue = figure && basis ? planFigureHeadline(figure, basis, f.period) : null;
  const following = f.followsPlan && f.planFigure !== null;

  // Each typed field is checked when it is left, and again while it is being fixed, so an error shows
  // beside its field before Save and clears as soon as the value reads.
  const check = (field: SlaField, problem: string | null) => setErrors((e) => ({ ...e, [field]: problem ?? undefined }));
  const checkName = (text: string) => check('name', text.trim() ? null : `${SLA_LABELS.name} is required`);
  const checkTarget = (text: string) => {
    const read = readTarget(text, unit);
    check('target', read.ok ? null : read.error);
  };
  const checkBand = (text: string) => {
    const read = readWarningBand(text);
    check('warningBand', read.ok ? null : read.error);
  };

  const submit = async () => {
    const target = following ? { ok: true as const, value: planValue } : readTarget(targetText, unit);
    const band = readWarningBand(bandText);
    const local: Partial<Record<SlaField, string>> = {};
    if (!target.ok) local.target = target.error;
    if (!band.ok) local.warningBand = band.error;
    if (Object.keys(local).length) return setErrors(local);
    const fields = { ...f, target: target.ok ? target.value : null, warningBand: band.ok ? band.value : f.warningBand };
    setBusy(true);
    const result = initial.sla ? await updateSla(initial.sla, fields) : await createSla(planId, fields);
    setBusy(false);
    if (result.ok) return onClose();
    const split = formErrors(result.error, initial.sla ? 'patch' : 'sla', SLA_LABELS);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const changeMetric = (metric: string | null) => {
    // A link to the plan only makes sense for the metric the plan figure measures.
    const linked = figureFor(metric);
    setF({ ...f, metric, planFigure: linked && linked === f.planFigure ? f.planFigure : null, followsPlan: linked && linked === f.planFigure ? f.followsPlan : false });
  };

  return (
    <Dialog title={initial.sla ? `Edit SLA: ${initial.sla.name}` : 'New SLA'} open onClose={onClose} onSubmit={submit} busy={busy} submitLabel={initial.sla ? 'Save SLA' : 'Create SLA'}>
      {template && <p className={`evidence${template.weakEvidence ? ' weak' : ''}`}>{template.evidence}</p>}
      {general && (
        <div className="form-error" role="alert">
          {general}
        </div>
      )}
      <Field label={SLA_LABELS.name} error={errors.name}>
        <input
          value={f.name}
          autoFocus
          // The name field has focus as the form opens: leaving it untouched is not a mistake yet.
          onBlur={(e) => nameEdited.current && checkName(e.target.value)}
          onChange={(e) => {
            nameEdited.current = true;
            set('name', e.target.value);
            if (errors.name) checkName(e.target.value);
          }}
        />
      </Field>
      <div className="form-grid">
        <Field label={SLA_LABELS.committingTeam} error={errors.committingTeam}>
          <select value={f.committingTeam} onChange={(e) => set('committingTeam', e.target.value as SlaFields['committingTeam'])}>
            {TEAMS.map((t) => (
              <option key={t} value={t}>
                {TEAM_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={SLA_LABELS.receivingTeam} error={errors.receivingTeam}>
          <select value={f.receivingTeam} onChange={(e) => set('receivingTeam', e.target.value as SlaFields['receivingTeam'])}>
            {TEAMS.map((t) => (
              <option key={t} value={t}>
                {TEAM_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={SLA_LABELS.kind} error={errors.kind}>
          <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as SlaFields['kind'], ...(e.target.value === 'agreement' ? { planFigure: null, followsPlan: false } : {}) })}>
            <option value="metric">Measured by a KPI</option>
            <option value="agreement">Documented agreement with review date</option>
          </select>
        </Field>
        <Field label={SLA_LABELS.owner} error={errors.owner}>
          <input value={f.owner} onChange={(e) => set('owner', e.target.value)} placeholder="Who answers for it" />
        </Field>
      </div>
      {f.kind === 'metric' ? (
        <>
          <div className="form-grid">
            <Field label={SLA_LABELS.metric} error={errors.metric}>
              <select value={f.metric ?? ''} onChange={(e) => changeMetric(e.target.value || null)}>
                <option value="">Choose a metric…</option>
                {metrics.map((m) => (
                  <option key={m.key} value={m.key}>
                    {m.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={SLA_LABELS.comparator} error={errors.comparator}>
              <select value={f.comparator} onChange={(e) => set('comparator', e.target.value as SlaFields['comparator'])}>
                <option value="atLeast">{COMPARATOR_LABELS.atLeast}</option>
                <option value="atMost">{COMPARATOR_LABELS.atMost}</option>
              </select>
            </Field>
            <Field
              label={`${SLA_LABELS.target}${unit === 'percent' ? ' (%)' : unit === 'hours' ? ' (hours)' : ''}`}
              error={errors.target}
              hint={following ? `From the plan: ${PLAN_FIGURE_INFO[f.planFigure!].label}` : planValue !== null && f.planFigure ? `The plan now needs ${formatForInput(planValue)}` : undefined}
            >
              <input
                value={following ? formatForInput(planValue, false) : targetText}
                disabled={following}
                inputMode="decimal"
                onBlur={(e) => checkTarget(e.target.value)}
                onChange={(e) => {
                  setTargetText(e.target.value);
                  if (errors.target) checkTarget(e.target.value);
                }}
              />
            </Field>
            <Field label={SLA_LABELS.period} error={errors.period}>
              <select value={f.period} onChange={(e) => set('period', e.target.value as SlaFields['period'])}>
                <option value="week">Per week</option>
                <option value="month">Per month</option>
                <option value="quarter">Per quarter</option>
              </select>
            </Field>
            <Field label={`${SLA_LABELS.warningBand} (%)`} error={errors.warningBand} hint="How far off target still counts as at risk">
              <input
                value={bandText}
                inputMode="decimal"
                onBlur={(e) => checkBand(e.target.value)}
                onChange={(e) => {
                  setBandText(e.target.value);
                  if (errors.warningBand) checkBand(e.target.value);
                }}
              />
            </Field>
          </div>
          {figure && (
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={following}
                onChange={(e) => {
                  if (!e.target.checked && planValue !== null) setTargetText(formatForInput(planValue, false));
                  setF({ ...f, planFigure: figure, followsPlan: e.target.checked });
                }}
              />
              <span>
                {SLA_LABELS.followsPlan}: the target is {PLAN_FIGURE_INFO[figure].label}, and moves when the primary scenario changes.
                {f.period === 'month' && figure === 'mqls' && ' Each month is judged against its own planned figure.'}
              </span>
            </label>
          )}
        </>
      ) : (
        <>
          <Field label={SLA_LABELS.definition} error={errors.definition} hint="E.g. the lead-scoring criteria that make a lead an MQL">
            <textarea rows={3} value={f.definition} onChange={(e) => set('definition', e.target.value)} />
          </Field>
          <Field label={SLA_LABELS.reviewDate} error={errors.reviewDate}>
            <input type="date" value={f.reviewDate ?? ''} onChange={(e) => set('reviewDate', e.target.value || null)} />
          </Field>
        </>
      )}
      <Field label={SLA_LABELS.notes} error={errors.notes}>
        <textarea rows={2} value={f.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
    </Dialog>
  );
}
