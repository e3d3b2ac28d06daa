import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format';
import type { FunnelPlan } from '../../../../shared/planning/funnel';
import { monthKey, periodLabel } from '../../../../shared/planning/periods';
import { useOp } from '../../api/cache';
import { useToday } from '../clock/useToday';

/** The months whose pipeline should already exist: their create-by month is over. */
function pastDue(plan: FunnelPlan, today: Date) {
  const thisMonth = monthKey(today);
  const months = plan.months.filter((m) => m.createPipelineBy !== null && m.createPipelineBy < thisMonth);
  return { months, pipeline: months.reduce((s, m) => s + m.pipeline, 0) };
}

const span = (months: string[]) => (months.length > 1 ? `${periodLabel(months[0]!)}–${periodLabel(months[months.length - 1]!)}` : periodLabel(months[0]!));

/** What the targets imply, for the plan and per month, split by who sources the pipeline. */
export function FunnelResults({ plan, planId, currency }: { plan: FunnelPlan; planId: string; currency: string }) {
  const today = useToday();
  const accounts = useOp('accounts.summary', { planId }).data;
  const late = pastDue(plan, today);
  const t = plan.total;
  const headline = [
    { label: 'MQLs needed', value: formatNumber(t.mqls), note: 'from marketing-sourced pipeline', testId: 'mqls-needed' },
    { label: 'SQLs needed', value: formatNumber(t.sqls), note: `${formatNumber(t.marketing.sqls)} marketing · ${formatNumber(t.sales.sqls)} sales` },
    { label: 'Opportunities', value: formatNumber(t.opportunities), note: `${formatNumber(t.marketing.opportunities)} marketing · ${formatNumber(t.sales.opportunities)} sales` },
    { label: 'Deals to win', value: formatNumber(t.deals), note: `of ${formatMoney(t.opportunities ? t.pipeline / t.opportunities : null, currency)} each, rounded up` },
    { label: 'Pipeline needed', value: formatMoney(t.pipeline, currency, true), note: plan.coverage === null ? 'no target set' : `${plan.coverage.toFixed(1)}× coverage of the target` },
  ];
  return (
    <div className="funnel-results">
      <div className="headline-numbers">
        {headline.map((h) => (
          <div key={h.label} className="card headline" data-testid={h.testId}>
            <h3>{h.label}</h3>
            <strong>{h.value}</strong>
            <span className="muted small">{h.note}</span>
          </div>
        ))}
      </div>
      {late.months.length > 0 && (
        <p className="late-pipeline" role="note" data-testid="late-pipeline">
          <strong>Create-by dates already past.</strong> The pipeline to close {span(late.months.map((m) => m.period))} ({formatMoney(late.pipeline, currency, true)}) should have
          been created by {span(late.months.map((m) => m.createPipelineBy!))}.{' '}
          {accounts &&
            `Target accounts hold ${formatMoney(accounts.openPipeline, currency, true)} of open pipeline today: ${formatPercent(late.pipeline > 0 ? Math.round((100 * accounts.openPipeline) / late.pipeline) : null)} of it.`}
        </p>
      )}
      <div className="table-scroll">
        <table className="scorecard monthly">
          <caption className="muted small">Per month (bookings spread evenly; each month covers what the plan needs by its end). The dashboard paces pipeline created as a run rate: each month should create one month’s pipeline.</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">Bookings</th>
              <th scope="col" className="num">Deals</th>
              <th scope="col" className="num">
                <abbr title="Opportunities">Opps</abbr>
              </th>
              <th scope="col" className="num">Pipeline</th>
              <th scope="col" className="num">SQLs (mkt/sales)</th>
              <th scope="col" className="num">MQLs</th>
              <th scope="col">Create pipeline by</th>
            </tr>
          </thead>
          <tbody>
            {[...plan.months, t].map((m) => {
              const isLate = late.months.includes(m);
              return (
                <tr key={m.period} className={m.period === 'total' ? 'total-row' : undefined}>
                  <th scope="row">{m.period === 'total' ? 'Total' : periodLabel(m.period)}</th>
                  <td className="num">{formatMoney(m.bookings, currency, true)}</td>
                  <td className="num">{formatNumber(m.deals)}</td>
                  <td className="num">{formatNumber(m.opportunities)}</td>
                  <td className="num">{formatMoney(m.pipeline, currency, true)}</td>
                  <td className="num">
                    {formatNumber(m.sqls)}{' '}
                    <span className="muted">
                      ({formatNumber(m.marketing.sqls)}/{formatNumber(m.sales.sqls)})
                    </span>
                  </td>
                  <td className="num">{formatNumber(m.mqls)}</td>
                  <td className={isLate ? 'late' : undefined}>
                    {m.createPipelineBy ? periodLabel(m.createPipelineBy) : '—'}
                    {isLate && <span className="badge warn">past</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
