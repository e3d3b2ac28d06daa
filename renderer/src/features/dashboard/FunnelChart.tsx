import { useMemo } from 'react';
import type { DashboardModel } from '../../../../shared/planning/dashboard';
import { formatNumber } from '../../../../shared/format';
import { Chart, useChartColors } from '../../ui/Chart';
import { escapeHtml } from '../../ui/charts';

export function FunnelChart({ funnel }: { funnel: DashboardModel['funnel'] }) {
  const c = useChartColors();
  const option = useMemo(
    () => ({
      grid: { left: 110, right: 60, top: 36, bottom: 24 },
      legend: { top: 0, textStyle: { color: c.text, fontSize: 14 }, data: ['Planned', 'Actual'] },
      tooltip: {
        trigger: 'axis' as const,
        axisPointer: { type: 'shadow' as const },
        formatter: (items: { name: string; seriesName: string; value: number | null }[]) =>
          `<strong>${escapeHtml(items[0]?.name ?? '')}</strong><br/>` + items.map((i) => `${escapeHtml(i.seriesName)}: ${formatNumber(i.value)}`).join('<br/>'),
      },
      xAxis: { type: 'value' as const, axisLabel: { color: c.muted, fontSize: 13 }, splitLine: { lineStyle: { color: c.grid } } },
      yAxis: { type: 'category' as const, inverse: true, data: funnel.map((f) => f.stage), axisLabel: { color: c.text, fontSize: 14 } },
      series: [
        { name: 'Planned', type: 'bar' as const, data: funnel.map((f) => f.planned), itemStyle: { color: c.plan }, label: { show: true, position: 'right' as const, color: c.muted, formatter: (p: { value: number }) => formatNumber(p.value) } },
        { name: 'Actual', type: 'bar' as const, data: funnel.map((f) => f.actual), itemStyle: { color: c.actual }, label: { show: true, position: 'right' as const, color: c.text, formatter: (p: { value: number | null }) => formatNumber(p.value) } },
      ],
    }),
    [funnel, c],
  );
  return <Chart option={option} height={260} label={`Funnel, planned against actual: ${funnel.map((f) => `${f.stage} ${formatNumber(f.planned)} planned, ${f.actual === null ? 'no data' : formatNumber(f.actual)} actual`).join('; ')}`} />;
}
