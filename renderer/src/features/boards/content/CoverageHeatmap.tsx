import { useMemo } from 'react';
import { FUNNEL_STAGE_LABELS, type FunnelStage } from '../../../../../shared/domain/content';
import type { Coverage } from '../../../../../shared/planning/content';
import { Chart, useChartColors } from '../../../ui/Chart';
import { escapeHtml } from '../../../ui/charts';

interface Props {
  title: string;
  coverage: Coverage;
  /** A cell clicked: the board shows that row's items at that stage. */
  onPick(row: string, stage: FunnelStage): void;
}

/** Funnel stage × persona (or industry): darker is more content, empty cells are the gaps. */
export function CoverageHeatmap({ title, coverage, onPick }: Props) {
  const c = useChartColors();
  const data = useMemo(() => coverage.rows.flatMap((_, r) => coverage.stages.map((__, s) => [s, r, coverage.counts[r]![s]!])), [coverage]);
  const option = useMemo(
    () => ({
      grid: { left: 130, right: 20, top: 10, bottom: 40 },
      tooltip: {
        formatter: (p: { data: [number, number, number] }) =>
          `${escapeHtml(coverage.rows[p.data[1]] ?? '')} · ${FUNNEL_STAGE_LABELS[coverage.stages[p.data[0]]!]}: ${p.data[2] === 0 ? 'a gap, no content' : `${p.data[2]} item${p.data[2] > 1 ? 's' : ''}`}`,
      },
      xAxis: { type: 'category' as const, data: coverage.stages.map((s) => FUNNEL_STAGE_LABELS[s]), axisLabel: { color: c.muted, fontSize: 13, interval: 0 }, splitArea: { show: true } },
      yAxis: { type: 'category' as const, data: coverage.rows, axisLabel: { color: c.text, fontSize: 13, width: 120, overflow: 'truncate' as const } },
      visualMap: { show: false, min: 0, max: Math.max(1, ...data.map((d) => d[2]!)), inRange: { color: [c.danger, c.surface, c.actual] } },
      // Softened, so the gaps stand out without shouting; a cell's number says the same in words.
      series: [{ type: 'heatmap' as const, data, label: { show: true, color: c.text }, itemStyle: { opacity: 0.7, borderColor: c.surface, borderWidth: 2 }, emphasis: { itemStyle: { borderColor: c.text, borderWidth: 1 } } }],
    }),
    [coverage, data, c],
  );
  if (!coverage.rows.length) return <p className="muted small">{title}: nothing to show yet.</p>;
  const gaps = coverage.rows.flatMap((row, r) => coverage.stages.filter((_, s) => coverage.counts[r]![s] === 0).map((s) => `${row} at ${FUNNEL_STAGE_LABELS[s]}`));
  return (
    <Chart
      option={option}
      height={60 + 34 * coverage.rows.length}
      label={`${title}. ${gaps.length ? `Gaps: ${gaps.join('; ')}` : 'No gaps'}.`}
      onItemClick={({ data: d }) => {
        const [s, r] = d as [number, number, number];
        onPick(coverage.rows[r]!, coverage.stages[s]!);
      }}
    />
  );
}
