import { useState } from 'react';
import type { KpiSnapshot } from '../../../../shared/domain/kpi';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit, formatInputInUnit } from '../../../../shared/format';
import { hasStarted, parsePeriod, periodLabel } from '../../../../shared/planning/periods';
import { fieldMessage } from '../../ui/formErrors';
import { useToday } from '../clock/useToday';
import { deleteSnapshot, readValue, updateSnapshot } from './snapshots';

type Editing = { id: string; field: 'value' | 'note'; text: string; error: string | null };

// Newest first by when the period starts; a quarter before the months in it, a month before its weeks.
const RANK = { quarter: 0, month: 1, week: 2 };
const startOf = (p: string) => parsePeriod(p)?.start.getTime() ?? 0;
const rankOf = (p: string) => RANK[parsePeriod(p)?.granularity ?? 'week'];

/** Stored snapshots, newest period first. Value and note edit in place: Enter saves, Escape cancels. */
export function SnapshotTable({ snapshots, metrics, currency }: { snapshots: KpiSnapshot[]; metrics: MetricDef[]; currency: string }) {
  const today = useToday();
  const [editing, setEditing] = useState<Editing | null>(null);
  const metricOf = (key: string) => metrics.find((m) => m.key === key);
  const rows = [...snapshots].sort(
    (a, b) => startOf(b.period) - startOf(a.period) || rankOf(a.period) - rankOf(b.period) || a.metric.localeCompare(b.metric) || a.team.localeCompare(b.team),
  );

  const commit = async (s: KpiSnapshot) => {
    if (!editing) return;
    let patch: { value?: number; note?: string } = { note: editing.text };
    if (editing.field === 'value') {
      const parsed = readValue(editing.text, metricOf(s.metric)?.unit);
      if (!parsed.ok || parsed.value === null) return setEditing({ ...editing, error: parsed.ok ? 'Value is required' : parsed.error });
      patch = { value: parsed.value };
    }
    const result = await updateSnapshot(s, patch);
    if (result.ok) setEditing(null);
    else setEditing({ ...editing, error: fieldMessage(result.error, 'patch', editing.field, editing.field === 'value' ? 'Value' : 'Note') });
  };

  const editor = (s: KpiSnapshot, field: 'value' | 'note') => {
    const what = `${metricOf(s.metric)?.label ?? s.metric}, ${periodLabel(s.period)}, ${TEAM_LABELS[s.team]}`;
    if (editing?.id === s.id && editing.field === field) {
      return (
        <div className="cell-inline">
          <input
            autoFocus
            aria-label={`${field === 'value' ? 'Value' : 'Note'} of ${what}`}
            value={editing.text}
            aria-invalid={editing.error ? true : undefined}
            onChange={(e) => setEditing({ ...editing, text: e.target.value, error: null })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void commit(s);
              if (e.key === 'Escape') setEditing(null);
            }}
            onBlur={() => void commit(s)}
          />
          {editing.error && (
            <div className="field-error" role="alert">
              {editing.error}
            </div>
          )}
        </div>
      );
    }
    const shown = field === 'value' ? formatByUnit(s.value, metricOf(s.metric)?.unit ?? 'count', currency) : s.note || '—';
    return (
      // The accessible name starts with what the button shows, so voice users can say what they see.
      <button
        type="button"
        className="cell-button"
        onClick={() => setEditing({ id: s.id, field, text: field === 'value' ? formatInputInUnit(s.value, metricOf(s.metric)?.unit ?? 'count') : s.note, error: null })}
        aria-label={`${shown}: edit ${field} of ${what}`}
      >
        {field === 'note' && !s.note ? <span className="muted">—</span> : shown}
      </button>
    );
  };

  if (!rows.length) return <div className="empty small">No snapshots yet. Type one above, paste rows from a spreadsheet, or import a CSV.</div>;
  return (
    <table className="scorecard snapshots" aria-label="KPI snapshots">
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Metric</th>
          <th scope="col">Team</th>
          <th scope="col" className="num">
            Value
          </th>
          <th scope="col">Note</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id} data-snapshot={`${s.metric}|${s.period}|${s.team}`}>
            <td>
              {periodLabel(s.period)}
              {!hasStarted(s.period, today) && (
                <span className="badge" title="This period has not started: the value is stored but not counted until it starts.">
                  not started
                </span>
              )}
            </td>
            <th scope="row">{metricOf(s.metric)?.label ?? s.metric}</th>
            <td>{TEAM_LABELS[s.team]}</td>
            <td className="num">{editor(s, 'value')}</td>
            <td>{editor(s, 'note')}</td>
            <td className="actions">
              <button type="button" className="danger-quiet" onClick={() => void deleteSnapshot(s)} aria-label={`Delete ${metricOf(s.metric)?.label ?? s.metric}, ${periodLabel(s.period)}, ${TEAM_LABELS[s.team]}`}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
