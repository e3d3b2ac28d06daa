import type { ImportPreview } from '../../../../shared/contract/kpis';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit } from '../../../../shared/format';
import { periodLabel } from '../../../../shared/planning/periods';

/** Each row as it will be stored, in display names; a refused row as it was written, with what is wrong. */
export function ImportPreviewTable({ preview, metrics, currency }: { preview: ImportPreview; metrics: MetricDef[]; currency: string }) {
  const metricOf = (key: string) => metrics.find((m) => m.key === key);
  return (
    <div className="preview-scroll">
      <table className="scorecard preview" aria-label="Import preview">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Metric</th>
            <th scope="col">Period</th>
            <th scope="col">Team</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Check</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => {
            const s = r.snapshot;
            const metric = s ? metricOf(s.metric) : undefined;
            return (
              <tr key={r.line} className={r.errors.length ? 'row-error' : r.warnings.length ? 'row-warning' : undefined}>
                <td>{r.line}</td>
                <td>{s ? (metric?.label ?? s.metric) : r.cells.metric}</td>
                <td>{s ? periodLabel(s.period) : r.cells.period}</td>
                <td>{s ? TEAM_LABELS[s.team] : r.cells.team}</td>
                <td className="num">{s ? formatByUnit(s.value, metric?.unit ?? 'count', currency) : r.cells.value}</td>
                <td>{r.errors.length ? r.errors.map((e) => e.message).join('; ') : [r.replaces ? 'OK, replaces the stored value' : 'OK', ...r.warnings].join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
