import { useState } from 'react';
import type { MetricUnit } from '../../../../shared/domain/metrics';
import { TEAM_LABELS, TEAMS, type Team } from '../../../../shared/domain/team';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formErrors } from '../../ui/formErrors';
import { createMetric } from './snapshots';

const LABELS = { label: 'Metric name', unit: 'Unit', aggregation: 'Roll-up', defaultTeam: 'Reported by' };

export function CustomMetricDialog({ planId, open, onClose }: { planId: string; open: boolean; onClose(): void }) {
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState<MetricUnit>('count');
  const [aggregation, setAggregation] = useState<'sum' | 'mean'>('sum');
  const [team, setTeam] = useState<Team>('joint');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const close = () => {
    setLabel('');
    setErrors({});
    onClose();
  };
  return (
    <Dialog
      title="Add a custom metric"
      open={open}
      onClose={close}
      submitLabel="Add metric"
      onSubmit={async () => {
        const result = await createMetric(planId, { label, unit, aggregation, defaultTeam: team });
        if (result.ok) return close();
        const split = formErrors(result.error, '', LABELS);
        setErrors(split.general ? { label: split.general } : (split.byField as Record<string, string>));
      }}
    >
      <Field label="Metric name" error={errors.label} hint="E.g. Marketer visits to customers">
        <input value={label} autoFocus onChange={(e) => setLabel(e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label="Unit">
          <select value={unit} onChange={(e) => setUnit(e.target.value as MetricUnit)}>
            <option value="count">Count</option>
            <option value="money">Money</option>
            <option value="percent">Percent</option>
            <option value="hours">Hours</option>
          </select>
        </Field>
        <Field label="Months add up to a quarter by">
          <select value={aggregation} onChange={(e) => setAggregation(e.target.value as 'sum' | 'mean')}>
            <option value="sum">Sum (volumes)</option>
            <option value="mean">Average (rates)</option>
          </select>
        </Field>
        <Field label="Reported by">
          <select value={team} onChange={(e) => setTeam(e.target.value as Team)}>
            {TEAMS.map((t) => <option key={t} value={t}>{TEAM_LABELS[t]}</option>)}
          </select>
        </Field>
      </div>
    </Dialog>
  );
}
