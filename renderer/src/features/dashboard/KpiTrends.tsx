import { useMemo, useState } from 'react';
import { formatByUnit } from '../../../../shared/format';
import type { TrendSeries } from '../../../../shared/planning/dashboard';
import { periodLabel } from '../../../../shared/planning/periods';
import { Chart, useChartColors } from '../../ui/Chart';
import { escapeHtml } from '../../ui/charts';

const PREFERRED = ['mqls', 'sqls', 'pipeline_created', 'new_bookings'];

function trendLabel(series: TrendSeries, currency: string): string {
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? 'no data' : formatByUnit(v, series.unit, currency));
  const points = series.points.map((p, i) => `${periodLabel(p.period)} ${fmt(p.value)}${series.planned ? `, planned ${fmt(series.planned[i])}` : ''}`);
  return `${series.label} by month, actual against planned: ${points.join('; ')}`;
}

export function KpiTrends({ trends, empty, currency }: { trends: TrendSeries[]; empty: string | null; currency: string }) {
  const c = useChartColors();
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = trends.find((t) => t.metric === chosen) ?? trends.find((t) => PREFERRED.includes(t.metric)) ?? trends[0];
  const option = useMemo(() => {
    if (!selected) return {};
    const fmt = (v: number | null) => formatByUnit(v, selected.unit, currency);
    return {
      grid: { left: 70, right: 20, top: 36, bottom: 30 },
      legend: { top: 0, textStyle: { color: c.text, fontSize: 14 } },
      tooltip: {
        trigger: 'axis' as const,
        formatter: (items: { axisValue: string; seriesName: string; value: number | null }[]) =>
          `<strong>${escapeHtml(items[0]?.axisValue ?? '')}</strong><br/>` + items.map((i) => `${escapeHtml(i.seriesName)}: ${fmt(i.value)}`).join('<br/>'),
      },
      xAxis: { type: 'category' as const, data: selected.points.map((p) => periodLabel(p.period)), axisLabel: { color: c.muted, fontSize: 13 } },
      yAxis: { type: 'value' as const, axisLabel: { color: c.muted, fontSize: 13, formatter: (v: number) => formatByUnit(v, selected.unit, currency, true) }, splitLine: { lineStyle: { color: c.grid } } },
      series: [
        { name: `${selected.label} (actual)`, type: 'line' as const, data: selected.points.map((p) => p.value), itemStyle: { color: c.actual }, lineStyle: { width: 3 }, symbolSize: 9, connectNulls: false },
        ...(selected.planned ? [{ name: 'Planned', type: 'line' as const, data: selected.planned, itemStyle: { color: c.plan }, lineStyle: { type: 'dashed' as const, width: 2 }, symbolSize: 6 }] : []),
      ],
    };
  }, [selected, c, currency]);

  if (!selected) return <div className="empty small">{empty}</div>;
  return (
    <div>
      <label className="inline-field chart-picker">
        <span>Metric</span>
        <select aria-label="Metric to chart" value={selected.metric} onChange={(e) => setChosen(e.target.value)}>
          {trends.map((t) => (
            <option key={t.metric} value={t.metric}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <Chart option={option} height={260} label={trendLabel(selected, currency)} />
    </div>
  );
}
