import { useMemo } from 'react';
import { FUNNEL_STAGE_LABELS, type FunnelStage } from '../../../../../shared/domain/content';
import type { Coverage } from '../../../../../shared/planning/content';
import { Chart, useChartColors } from '../../../ui/Chart';
import { escapeHtml } from '../../../ui/charts';
import { HEATMAP_GRID as G, heatmapHeight } from './heatmapGrid';

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
      grid: { left: G.left, right: G.right, top: G.top, bottom: G.bottom },
      tooltip: {
        formatter: (p: { data: [number, number, number] }) =>
          `${escapeHtml(coverage.rows[p.data[1]] ?? '')} · ${FUNNEL_STAGE_LABELS[coverage.stages[p.data[0]]!]}: ${p.data[2] === 0 ? 'a gap, no content' : `${p.data[2]} item${p.data[2] > 1 ? 's' : ''}`}`,
      },
      xAxis: { type: 'category' as const, data: coverage.stages.map((s) => FUNNEL_STAGE_LABELS[s]), axisLabel: { color: c.muted, fontSize: 12, interval: 0 } },
      yAxis: { type: 'category' as const, data: coverage.rows, axisLabel: { color: c.text, fontSize: 12, width: G.left - 10, overflow: 'truncate' as const } },
      // Gaps (no content) in a soft red; covered cells in the accent, deeper with more items, so a
      // single item never looks like a blank. The numbers say the same for those who don't see colour.
      visualMap: {
        type: 'piecewise' as const,
        show: false,
        pieces: [
          { value: 0, color: c.danger, colorAlpha: 0.45 },
          { value: 1, color: c.actual, colorAlpha: 0.3 },
          { gte: 2, lte: 3, color: c.actual, colorAlpha: 0.55 },
          { gte: 4, color: c.actual, colorAlpha: 0.85 },
        ],
      },
      series: [{ type: 'heatmap' as const, data, label: { show: true, color: c.text, fontSize: 12 }, itemStyle: { borderColor: c.surface, borderWidth: 2 }, emphasis: { itemStyle: { borderColor: c.text, borderWidth: 1 } } }],
    }),
    [coverage, data, c],
  );
  if (!coverage.rows.length) return <p className="muted small">{title}: nothing to show yet.</p>;
  const gaps = coverage.rows.flatMap((row, r) => coverage.stages.filter((_, s) => coverage.counts[r]![s] === 0).map((s) => `${row} at ${FUNNEL_STAGE_LABELS[s]}`));
  return (
    <Chart
      option={option}
      height={heatmapHeight(coverage.rows.length)}
      label={`${title}. ${gaps.length ? `Gaps: ${gaps.join('; ')}` : 'No gaps'}.`}
      onItemClick={({ data: d }) => {
        const [s, r] = d as [number, number, number];
        onPick(coverage.rows[r]!, coverage.stages[s]!);
      }}
    />
  );
}
