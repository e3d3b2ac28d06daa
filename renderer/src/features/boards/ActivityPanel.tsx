import { useState } from 'react';
import { Identity } from './Identity';
import { showValue } from '../../../../shared/history/describe';
import { useOp } from '../../api/cache';
import { useToday } from '../clock/useToday';

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

interface Props {
  planId: string;
  /** The tables this board shows: only changes that touched them are listed. */
  tables: readonly string[];
}

/**
 * "Changes since…": who changed what on this board, from what to what, and when, newest first. Read from
 * the same change log that undo walks, so the standup sees exactly what happened. A week back by default.
 */
export function ActivityPanel({ planId, tables }: Props) {
  const today = useToday();
  const [since, setSince] = useState(() => isoDay(new Date(today.getTime() - 7 * DAY)));
  const sets = useOp('history.list', { planId, since: `${since}T00:00:00.000Z`, limit: 200 }).data ?? [];
  const shown = sets.filter((s) => s.rows.some((r) => tables.includes(r.table)));
  return (
    <details className="card activity">
      <summary>
        <h2>Changes since {since}</h2>
        <span className="muted small">{shown.length ? `${shown.length} change${shown.length > 1 ? 's' : ''}` : 'none'}</span>
      </summary>
      <Identity />
      <label className="inline-field">
        <span>Since</span>
        <input type="date" value={since} max={isoDay(today)} onChange={(e) => e.target.value && setSince(e.target.value)} />
      </label>
      {shown.length === 0 ? (
        <p className="muted small">Nothing changed on this board since then.</p>
      ) : (
        <ol className="activity-list">
          {shown.map((s) => (
            <li key={s.id} className={s.undone ? 'undone' : undefined}>
              <div>
                <strong>{s.label}</strong>
                {s.undone && <span className="badge">undone</span>}
              </div>
              <div className="muted small">
                {s.actor || 'Someone on this device'} · {new Date(s.at).toLocaleString()}
              </div>
              {s.rows.some((r) => r.fields.length) && (
                <ul className="small">
                  {s.rows
                    .filter((r) => tables.includes(r.table))
                    .slice(0, 5)
                    .map((r) => (
                      <li key={`${r.table}:${r.rowId}`}>
                        {r.name}: {r.kind === 'edited' ? r.fields.map((f) => `${f.label} ${showValue(f.from)} → ${showValue(f.to)}`).join(', ') : r.kind}
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
