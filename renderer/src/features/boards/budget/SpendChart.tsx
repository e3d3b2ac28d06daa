import { useMemo } from 'react';
import { formatMoney } from '../../../../../shared/format';
import type { BudgetGroup } from '../../../../../shared/planning/budgetBreakdown';
import { Chart, useChartColors } from '../../../ui/Chart';
import { escapeHtml } from '../../../ui/charts';

const STATES = [
  { key: 'planned', label: 'Planned' },
  { key: 'committed', label: 'Committed' },
  { key: 'actual', label: 'Actual' },
] as const;

interface Props {
  /** What the chart shows, e.g. "Budget by channel": the start of its text alternative. */
  title: string;
  groups: BudgetGroup[];
  /** A group's name as people read it; channel names are the plan's own words. */
  nameOf(key: string): string;
  currency: string;
  /** Horizontal bars suit long names (channels); columns suit time (months). */
  horizontal?: boolean;
  height: number;
}

/** Planned, committed and actual side by side for each group of budget lines. */
export function SpendChart({ title, groups, nameOf, currency, horizontal = false, height }: Props) {
  const c = useChartColors();
  const option = useMemo(() => {
    const money = (v: number) => formatMoney(v, currency, true);
    const names = groups.map((g) => nameOf(g.key));
    const category = {
      type: 'category' as const,
      data: names,
      inverse: horizontal, // largest first reads top-down
      axisTick: { show: false },
      // Canvas text: a name can't run as markup here, only in the tooltip below.
      // Every name beside bars; under columns, as many months as fit (a year plan has twelve; the tooltip names each).
      axisLabel: { color: c.text, fontSize: 12, interval: horizontal ? 0 : ('auto' as const), width: horizontal ? 104 : 70, overflow: 'truncate' as const },
    };
    const value = { type: 'value' as const, splitNumber: 3, axisLabel: { color: c.muted, fontSize: 12, formatter: money }, splitLine: { lineStyle: { color: c.grid } } };
    const colour = { planned: c.plan, committed: c.committed, actual: c.actual };
    return {
      grid: { left: horizontal ? 112 : 8, right: 16, top: 30, bottom: horizontal ? 24 : 4, containLabel: !horizontal },
      legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { color: c.text, fontSize: 12 } },
      tooltip: {
        trigger: 'axis' as const,
        axisPointer: { type: 'shadow' as const },
        confine: true,
        // echarts renders this as HTML: the group's name is the plan's own text, so it is escaped.
        formatter: (items: { dataIndex: number; seriesName: string; value: number }[]) => {
          const group = groups[items[0]?.dataIndex ?? -1];
          if (!group) return '';
          const rows = items.map((i) => `${escapeHtml(i.seriesName)}: ${formatMoney(i.value, currency)}`);
          return `<strong>${escapeHtml(nameOf(group.key))}</strong> (${group.lineCount} line${group.lineCount === 1 ? '' : 's'})<br/>${rows.join('<br/>')}`;
        },
      },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: STATES.map((s) => ({ name: s.label, type: 'bar' as const, data: groups.map((g) => g[s.key]), itemStyle: { color: colour[s.key], borderRadius: 2 }, barMaxWidth: 12, barGap: '15%' })),
    };
  }, [groups, nameOf, currency, horizontal, c]);

  const money = (v: number) => formatMoney(v, currency);
  const label = `${title}, planned, committed and actual: ${groups.map((g) => `${nameOf(g.key)} ${money(g.planned)} planned, ${money(g.committed)} committed, ${money(g.actual)} actual`).join('; ')}`;
  return <Chart option={option} height={height} label={label} />;
}
