import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit } from '../../../../shared/format';
import type { TeamDifference } from '../../../../shared/planning/teamViews';

/** Where sales and marketing count the same thing differently: both numbers, and the gap to talk about. */
export function TeamDifferences({ differences, total, currency }: { differences: TeamDifference[]; total: number; currency: string }) {
  return (
    <section className="card" aria-labelledby="differences-title">
      <h2 id="differences-title">Where the teams’ numbers differ</h2>
      <p className="muted small">
        The dashboard counts the system-of-record team’s figure (MQLs: marketing; SQLs, bookings: sales). The gap is worth a conversation.
        {total > differences.length && ` Showing the ${differences.length} largest of ${total.toLocaleString('en-US')} differences (by gap relative to the figure).`}
      </p>
      <div className="table-scroll">
        <table className="scorecard compact">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Period</th>
              <th scope="col">Reported</th>
              <th scope="col" className="num">
                Gap
              </th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={`${d.metric}|${d.period}`} data-difference={`${d.metric}|${d.period}`}>
                <th scope="row">{d.label}</th>
                <td>{d.periodLabel}</td>
                <td>{d.values.map((v) => `${TEAM_LABELS[v.team]} ${formatByUnit(v.value, d.unit, currency)}`).join(' · ')}</td>
                <td className="num">{formatByUnit(d.gap, d.unit, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
