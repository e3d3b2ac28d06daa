import { useState } from 'react';
import type { KpiSnapshot } from '../../../../shared/domain/kpi';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit, parseAmount } from '../../../../shared/format';
import { parsePeriod, periodLabel } from '../../../../shared/planning/periods';
import { useAppStore } from '../../store';

type Editing = { id: string; field: 'value' | 'note'; text: string; error: string | null };

/** Stored snapshots, newest period first. Value and note edit in place: Enter saves, Escape cancels. */
export function SnapshotTable({ snapshots, metrics, currency }: { snapshots: KpiSnapshot[]; metrics: MetricDef[]; currency: string }) {
  const { updateSnapshot, deleteSnapshot } = useAppStore.getState();
  const [editing, setEditing] = useState<Editing | null>(null);
  const metricOf = (key: string) => metrics.find((m) => m.key === key);
  // Newest first by when the period starts; a month before the weeks inside it.
  const startOf = (p: string) => parsePeriod(p)?.start.getTime() ?? 0;
  const rank = { quarter: 0, month: 1, week: 2 };
  const rankOf = (p: string) => rank[parsePeriod(p)?.granularity ?? 'week'];
  const rows = [...snapshots].sort(
    (a, b) => startOf(b.period) - startOf(a.period) || rankOf(a.period) - rankOf(b.period) || a.metric.localeCompare(b.metric) || a.team.localeCompare(b.team),
  );

  const commit = async () => {
    if (!editing) return;
    let patch: { value?: number; note?: string } = { note: editing.text };
    if (editing.field === 'value') {
      const parsed = parseAmount(editing.text.replace(/%$/, ''));
      if (!parsed.ok || parsed.value === null) return setEditing({ ...editing, error: `Value ${parsed.ok ? 'is required' : parsed.error}` });
      patch = { value: parsed.value };
    }
    const result = await updateSnapshot(editing.id, patch);
    if (result.ok) setEditing(null);
    else setEditing({ ...editing, error: result.error.details?.issues?.[0] ? `Value ${result.error.details.issues[0].message}` : result.error.message });
  };

  const editor = (s: KpiSnapshot, field: 'value' | 'note') =>
    editing?.id === s.id && editing.field === field ? (
      <div className="cell-inline">
        <input
          autoFocus
          aria-label={field === 'value' ? 'Value' : 'Note'}
          value={editing.text}
          aria-invalid={editing.error ? true : undefined}
          onChange={(e) => setEditing({ ...editing, text: e.target.value, error: null })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') setEditing(null);
          }}
          onBlur={() => void commit()}
        />
        {editing.error && <div className="field-error" role="alert">{editing.error}</div>}
      </div>
    ) : (
      <button type="button" className="cell-button" onClick={() => setEditing({ id: s.id, field, text: field === 'value' ? String(s.value) : s.note, error: null })} aria-label={`Edit ${field} of ${metricOf(s.metric)?.label ?? s.metric}, ${periodLabel(s.period)}`}>
        {field === 'value' ? formatByUnit(s.value, metricOf(s.metric)?.unit ?? 'count', currency) : s.note || <span className="muted">—</span>}
      </button>
    );

  if (!rows.length) return <div className="empty small">No snapshots yet. Type one above, paste rows from a spreadsheet, or import a CSV.</div>;
  return (
    <table className="scorecard snapshots" aria-label="KPI snapshots">
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Metric</th>
          <th scope="col">Team</th>
          <th scope="col" className="num">Value</th>
          <th scope="col">Note</th>
          <th scope="col"><span className="sr-only">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id} data-snapshot={`${s.metric}|${s.period}|${s.team}`}>
            <td>{periodLabel(s.period)}</td>
            <th scope="row">{metricOf(s.metric)?.label ?? s.metric}</th>
            <td>{TEAM_LABELS[s.team]}</td>
            <td className="num">{editor(s, 'value')}</td>
            <td>{editor(s, 'note')}</td>
            <td className="actions">
              <button type="button" className="danger-quiet" onClick={() => void deleteSnapshot(s.id)} aria-label={`Delete ${metricOf(s.metric)?.label ?? s.metric}, ${periodLabel(s.period)}, ${TEAM_LABELS[s.team]}`}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
