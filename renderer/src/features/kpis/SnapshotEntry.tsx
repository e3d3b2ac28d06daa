import { useState } from 'react';
import type { KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { TEAM_LABELS, TEAMS, type Team } from '../../../../shared/domain/team';
import { periodLabel } from '../../../../shared/planning/periods';
import { formErrors } from '../../ui/formErrors';
import { readValue } from './snapshots';
import type { SaveOutcome } from './useSaveWithReplace';

interface Props {
  metrics: MetricDef[];
  periods: string[];
  defaultPeriod: string;
  onAdd(row: KpiSnapshotFields): Promise<SaveOutcome>;
}

const LABELS = { metric: 'Metric', period: 'Period', team: 'Team', value: 'Value', note: 'Note' };

/** One row to type a snapshot into; Enter adds it and keeps metric and period for the next one. */
export function SnapshotEntry({ metrics, periods, defaultPeriod, onAdd }: Props) {
  const [metric, setMetric] = useState(metrics[0]?.key ?? '');
  const [period, setPeriod] = useState(defaultPeriod);
  const [team, setTeam] = useState<Team | ''>('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const def = metrics.find((m) => m.key === metric);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = readValue(value, def?.unit);
    if (!parsed.ok || parsed.value === null) return setError(parsed.ok ? 'Value is required' : parsed.error);
    const failure = await onAdd({ metric, period, team: team || def?.defaultTeam || 'joint', value: parsed.value, note });
    if (failure === 'kept') return; // the stored value stays; what was typed stays too, to fix or retype
    if (failure) {
      const split = formErrors(failure, 'snapshots.0', LABELS);
      setError(Object.values(split.byField)[0] ?? failure.message);
    } else {
      setValue('');
      setNote('');
      setError(null);
    }
  };

  return (
    <form className="snapshot-entry" onSubmit={submit} aria-label="Add a KPI snapshot">
      <select aria-label="Metric" value={metric} onChange={(e) => setMetric(e.target.value)}>
        {metrics.map((m) => (
          <option key={m.key} value={m.key}>
            {m.label}
          </option>
        ))}
      </select>
      <select aria-label="Period" value={period} onChange={(e) => setPeriod(e.target.value)}>
        {periods.map((p) => (
          <option key={p} value={p}>
            {periodLabel(p)}
          </option>
        ))}
      </select>
      <select aria-label="Team" value={team} onChange={(e) => setTeam(e.target.value as Team | '')}>
        <option value="">Team: metric owner</option>
        {TEAMS.map((t) => (
          <option key={t} value={t}>
            {TEAM_LABELS[t]}
          </option>
        ))}
      </select>
      <input
        aria-label="Value"
        placeholder={def?.unit === 'percent' ? 'Value, e.g. 24%' : 'Value'}
        inputMode="decimal"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'entry-error' : undefined}
      />
      <input aria-label="Note" placeholder="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="primary">
        Add
      </button>
      {error && (
        <div id="entry-error" className="field-error entry-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
