import { COMPARATOR_LABELS } from '../../../../shared/domain/sla';
import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit } from '../../../../shared/format';
import type { ScorecardRow } from '../../../../shared/planning/dashboard';
import { StatusPill } from '../../ui/StatusPill';
import { Sparkline } from './Sparkline';

export function SlaScorecard({ rows, currency, onOpenSlas }: { rows: ScorecardRow[]; currency: string; onOpenSlas(): void }) {
  if (rows.length === 0) {
    return (
      <div className="empty small">
        <p>No SLAs yet. Agree what each team commits to, starting from a template.</p>
        <button type="button" onClick={onOpenSlas}>
          Set up SLAs
        </button>
      </div>
    );
  }
  const show = (r: ScorecardRow, v: number | null) => formatByUnit(v, r.unit, currency);
  return (
    <div className="table-scroll">
      <table className="scorecard">
        <thead>
          <tr>
            <th scope="col">SLA</th>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Target
            </th>
            <th scope="col" className="num">
              Actual
            </th>
            <th scope="col">Status</th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sla.id} data-sla={r.sla.name}>
              <th scope="row">
                {r.sla.name}
                <div className="muted small">
                  {TEAM_LABELS[r.sla.committingTeam]} → {TEAM_LABELS[r.sla.receivingTeam]}
                </div>
                <div className="muted small owner">Owner: {r.sla.owner || '—'}</div>
              </th>
              <td>{r.periodLabel}</td>
              <td className="num">
                {r.sla.kind === 'agreement' ? 'Agreed & reviewed' : `${COMPARATOR_LABELS[r.sla.comparator]} ${show(r, r.evaluation.target)}`}
                {r.evaluation.dueByToday !== null && <div className="muted small">due by today {show(r, r.evaluation.dueByToday)}</div>}
                {r.sla.followsPlan && <div className="muted small">the plan’s figure for {r.periodLabel}</div>}
                {r.planNeeds !== null && (
                  <div className="drift small" role="note">
                    plan needs {show(r, r.planNeeds)} for {r.periodLabel}
                  </div>
                )}
              </td>
              <td className="num">{show(r, r.evaluation.actual)}</td>
              <td>
                <StatusPill status={r.evaluation.status} title={r.evaluation.reason} />
                <div className="muted small reason">{r.evaluation.reason}</div>
              </td>
              <td className="spark-cell">
                <Sparkline history={r.history} target={r.evaluation.target} unit={r.unit} currency={currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
