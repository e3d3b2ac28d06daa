import type { KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { TEAMS, type Team } from '../../../../shared/domain/team';
import { parseAmount } from '../../../../shared/format';

/**
 * Rows pasted from a spreadsheet: tab-separated "metric, period, value[, team[, note]]". A header row is
 * skipped. Returns null when the clipboard doesn't look like that, so normal pasting is left alone.
 */
export function parsePastedRows(text: string, metrics: readonly MetricDef[]): { rows: KpiSnapshotFields[]; problems: string[] } | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim());
  if (!lines.length || !lines.every((l) => l.includes('\t'))) return null;
  const rows: KpiSnapshotFields[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const [metricCell = '', period = '', valueCell = '', teamCell = '', note = ''] = line.split('\t').map((c) => c.trim());
    if (i === 0 && /^metric$/i.test(metricCell)) return;
    const metric = metrics.find((m) => m.key.toLowerCase() === metricCell.toLowerCase() || m.label.toLowerCase() === metricCell.toLowerCase());
    const value = parseAmount(valueCell.replace(/%$/, ''));
    const team = (teamCell.toLowerCase() || metric?.defaultTeam || 'joint') as Team;
    if (!metric) problems.push(`Row ${i + 1}: "${metricCell}" is not a metric of this plan`);
    else if (!value.ok || value.value === null) problems.push(`Row ${i + 1}: value "${valueCell}" is not a number`);
    else if (!TEAMS.includes(team)) problems.push(`Row ${i + 1}: team "${teamCell}" must be marketing, sales or joint`);
    else rows.push({ metric: metric.key, period, value: value.value, team, note });
  });
  return { rows, problems };
}
