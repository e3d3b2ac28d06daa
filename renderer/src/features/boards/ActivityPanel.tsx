import { useState } from 'react';
import type { ChangeSetInfo } from '../../../../shared/contract/history';
import { countOf } from '../../../../shared/format';
import { rowSummary } from '../../../../shared/history/describe';
import { useOp } from '../../api/cache';
import { useToday } from '../clock/useToday';
import { byDay, isoDay, timeOfDay, weekBefore } from './activityDays';
import { Identity } from './Identity';

/** Entries fetched at a time: "Show more" asks for the next as many. */
const PAGE = 20;
/** history.list answers at most this many. */
const MOST = 500;
/** Rows of one change set listed under it; the label counts them all. */
const ROWS = 5;
const LINK_TABLES = ['content_accounts'];

interface Props {
  planId: string;
  /** The tables this board shows: only changes that touched them are listed. */
  tables: readonly string[];
}

/**
 * "Changes since…", the ABM standup's view of a board: who changed what, from what to what, and when,
 * by day, newest first. Read from the same change log that undo walks, so it is exactly what happened;
 * every write and every undo marks it stale, so it follows the board. A week back by default.
 */
export function ActivityPanel({ planId, tables }: Props) {
  const today = useToday();
  // Until the user picks a day, a week before today as the core sees it: the clock may sync after mount.
  const [picked, setSince] = useState<string | null>(null);
  const since = picked ?? weekBefore(today);
  const [wanted, setWanted] = useState(PAGE);
  // One more than shown: whether there is more to show.
  const query = useOp('history.list', { planId, since: `${since}T00:00:00.000Z`, limit: Math.min(wanted + 1, MOST), tables: [...tables] }, { keepPrevious: true });
  const sets = query.data ?? [];
  const shown = sets.slice(0, wanted);
  const more = sets.length > wanted && wanted < MOST;
  return (
    <details className="card activity">
      <summary>
        <h2>Changes since {since}</h2>
        <span className="muted small">{shown.length ? `${shown.length}${more ? '+' : ''} change${shown.length > 1 || more ? 's' : ''}` : 'none'}</span>
      </summary>
      <Identity />
      <label className="inline-field">
        <span>Since</span>
        <input
          type="date"
          value={since}
          max={isoDay(today)}
          onChange={(e) => {
            if (!e.target.value) return;
            setSince(e.target.value);
            setWanted(PAGE);
          }}
        />
      </label>
      {shown.length === 0 ? (
        <p className="muted small">{query.isPending ? 'Loading…' : 'Nothing changed on this board since then.'}</p>
      ) : (
        byDay(shown, today).map((day) => (
          <section key={day.day} className="activity-day" aria-label={day.heading}>
            <h3>{day.heading}</h3>
            <ol className="activity-list">
              {day.entries.map((s) => (
                <Entry key={s.id} set={s} tables={tables} />
              ))}
            </ol>
          </section>
        ))
      )}
      {more && (
        <button type="button" onClick={() => setWanted((n) => Math.min(n + PAGE, MOST))} disabled={query.isFetching}>
          Show more
        </button>
      )}
    </details>
  );
}

function Entry({ set, tables }: { set: ChangeSetInfo; tables: readonly string[] }) {
  // Links between rows (an item's accounts) are counted in the label; by name they would say nothing.
  const rows = set.rows.filter((r) => tables.includes(r.table) && !LINK_TABLES.includes(r.table));
  // A one-row change says it all in its label; more rows are listed, each with its from → to.
  const detail = rows.length > 1 || (rows.length === 1 && rows[0]!.kind === 'edited' && rows[0]!.fields.length > 2) ? rows.slice(0, ROWS) : [];
  return (
    <li className={set.undone ? 'undone' : undefined}>
      <div>
        <strong>{set.label}</strong>
        {set.undone && <span className="badge">undone</span>}
      </div>
      <div className="muted small">
        {set.actor || 'Someone on this device'} · <time dateTime={set.at}>{timeOfDay(set.at)}</time>
      </div>
      {detail.length > 0 && (
        <ul className="small">
          {detail.map((r) => (
            <li key={`${r.table}:${r.rowId}`}>
              {r.name}: {rowSummary(r)}
            </li>
          ))}
          {rows.length > detail.length && <li className="muted">and {countOf(rows.length - detail.length + set.rowCount - set.rows.length, 'more')}</li>}
        </ul>
      )}
    </li>
  );
}
