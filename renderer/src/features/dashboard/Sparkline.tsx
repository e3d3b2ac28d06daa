import { useMemo } from 'react';
import type { ScorecardRow } from '../../../../shared/planning/dashboard';
import { Chart, useChartColors } from '../../ui/Chart';
import { escapeHtml } from '../../ui/charts';
import { countOf, formatByUnit } from '../../../../shared/format';

/** Actuals over the SLA's periods so far, dots coloured by that period's status. */
export function Sparkline({ history, target, unit, currency }: { history: ScorecardRow['history']; target: number | null; unit: ScorecardRow['unit']; currency: string }) {
  const format = (v: number) => formatByUnit(v, unit, currency);
  const c = useChartColors();
  const colorOf = { met: c.ok, at_risk: c.warn, breached: c.danger, no_data: c.muted };
  const option = useMemo(
    () => ({
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category' as const, show: false, data: history.map((h) => h.label) },
      yAxis: { type: 'value' as const, show: false, scale: true },
      tooltip: {
        trigger: 'axis' as const,
        confine: true,
        formatter: (items: { dataIndex: number }[]) => {
          const h = history[items[0]?.dataIndex ?? 0];
          return h ? `${escapeHtml(h.label)}: ${h.actual === null ? 'no data' : format(h.actual)} (${h.status.replace('_', ' ')})` : '';
        },
      },
      series: [
        {
          type: 'line' as const,
          data: history.map((h) => ({ value: h.actual, itemStyle: { color: colorOf[h.status] } })),
          symbolSize: 6,
          lineStyle: { color: c.muted, width: 1.5 },
          connectNulls: false,
          markLine: target === null ? undefined : { silent: true, symbol: 'none', lineStyle: { color: c.grid, type: 'dashed' as const }, label: { show: false }, data: [{ yAxis: target }] },
        },
      ],
      animation: false,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- colorOf derives from c
    [history, target, c, unit, currency],
  );
  if (history.length === 0) return <span className="muted">—</span>;
  return <Chart option={option} height={34} label={`Trend over ${countOf(history.length, 'period')}: ${history.map((h) => `${h.label} ${h.actual === null ? 'no data' : format(h.actual)} (${h.status.replace('_', ' ')})`).join('; ')}`} className="sparkline" />;
}
