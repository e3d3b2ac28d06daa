import { useMemo } from 'react';
import type { TargetScenario } from '../../../../shared/domain/targets';
import { formatByUnit, formatMoney, formatNumber, formatPercent } from '../../../../shared/format';
import { reverseFunnel } from '../../../../shared/planning/funnel';
import { Chart, useChartColors } from '../../ui/Chart';
import { escapeHtml } from '../../ui/charts';

const STAGES = [
  { key: 'mqls', label: 'MQLs' },
  { key: 'sqls', label: 'SQLs' },
  { key: 'opportunities', label: 'Opportunities' },
  { key: 'deals', label: 'Deals' },
] as const;

/** Saved scenarios side by side: the assumptions and what each one asks of both teams. */
export function ScenarioCompare({ scenarios, months, currency }: { scenarios: TargetScenario[]; months: string[]; currency: string }) {
  const c = useChartColors();
  const plans = useMemo(() => scenarios.map((s) => ({ scenario: s, plan: reverseFunnel(s.assumptions, months) })), [scenarios, months]);
  const palette = [c.actual, c.plan, c.ok, c.warn, c.danger];
  const option = useMemo(
    () => ({
      grid: { left: 60, right: 20, top: 36, bottom: 30 },
      legend: { top: 0, textStyle: { color: c.text, fontSize: 14 } },
      tooltip: {
        trigger: 'axis' as const,
        axisPointer: { type: 'shadow' as const },
        formatter: (items: { axisValue: string; seriesName: string; value: number }[]) =>
          `<strong>${escapeHtml(items[0]?.axisValue ?? '')}</strong><br/>` + items.map((i) => `${escapeHtml(i.seriesName)}: ${formatNumber(i.value)}`).join('<br/>'),
      },
      xAxis: { type: 'category' as const, data: STAGES.map((s) => s.label), axisLabel: { color: c.text, fontSize: 14, interval: 0 } },
      yAxis: { type: 'value' as const, axisLabel: { color: c.muted }, splitLine: { lineStyle: { color: c.grid } } },
      series: plans.map(({ scenario, plan }, i) => ({
        name: scenario.name,
        type: 'bar' as const,
        data: STAGES.map((s) => plan.total[s.key]),
        itemStyle: { color: palette[i % palette.length] },
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- palette derives from c
    [plans, c],
  );
  const rows: { label: string; value: (p: (typeof plans)[number]) => string }[] = [
    { label: 'Bookings target', value: ({ scenario }) => formatMoney(scenario.assumptions.bookingsTarget, currency, true) },
    { label: 'Average deal size', value: ({ scenario }) => formatMoney(scenario.assumptions.avgDealSize, currency) },
    { label: 'Win rate', value: ({ scenario }) => formatPercent(scenario.assumptions.winRate) },
    { label: 'SQL → opportunity', value: ({ scenario }) => formatPercent(scenario.assumptions.sqlToOppRate) },
    { label: 'MQL → SQL', value: ({ scenario }) => formatPercent(scenario.assumptions.mqlToSqlRate) },
    { label: 'Marketing-sourced', value: ({ scenario }) => formatPercent(scenario.assumptions.marketingSourcedShare) },
    { label: 'Follow-up within', value: ({ scenario }) => formatByUnit(scenario.assumptions.followUpHours, 'hours') },
    { label: 'MQLs followed up', value: ({ scenario }) => formatPercent(scenario.assumptions.followUpCoverage) },
    { label: 'Deals', value: ({ plan }) => formatNumber(plan.total.deals) },
    { label: 'Pipeline needed', value: ({ plan }) => formatMoney(plan.total.pipeline, currency, true) },
    { label: 'SQLs', value: ({ plan }) => formatNumber(plan.total.sqls) },
    { label: 'MQLs', value: ({ plan }) => formatNumber(plan.total.mqls) },
  ];
  if (scenarios.length < 2) return <p className="muted">Duplicate a scenario to compare assumptions side by side.</p>;
  return (
    <div className="compare">
      <table className="scorecard" aria-label="Scenario comparison">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {plans.map(({ scenario }) => (
              <th scope="col" key={scenario.id} className="num">
                {scenario.name}
                {scenario.isPrimary && <span className="badge">primary</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {plans.map((p) => (
                <td key={p.scenario.id} className="num">
                  {r.value(p)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Chart option={option} height={280} label="Scenarios compared: MQLs, SQLs, opportunities and deals each needs" />
    </div>
  );
}
