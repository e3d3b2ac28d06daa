import { decimalMark } from '../../../../shared/format';
import type { MetricUnit } from '../../../../shared/domain/metrics';
import { parseMoney, parseNumber, parsePercent, readRate, type Parsed } from '../../../../shared/parse/number';

export const SLA_LABELS = {
  name: 'SLA name',
  kind: 'Kind',
  committingTeam: 'Committing team',
  receivingTeam: 'Receiving team',
  metric: 'Metric',
  target: 'Target',
  comparator: 'Comparator',
  period: 'Period',
  warningBand: 'Warning band',
  owner: 'Owner',
  notes: 'Notes',
  definition: 'Agreed definition',
  reviewDate: 'Next review',
  planFigure: 'Target from the plan',
  followsPlan: 'Follow the target planner',
};
export type SlaField = keyof typeof SLA_LABELS;

const options = () => ({ decimal: decimalMark(), lenient: true });

/** A target in its metric's unit; a rate below 1 is asked about, never guessed. Empty is "no target". */
export function readTarget(text: string, unit: MetricUnit | undefined): Parsed<number | null> {
  if (unit === 'money') return parseMoney(text, SLA_LABELS.target, options());
  if (unit !== 'percent') return parseNumber(text, SLA_LABELS.target, options());
  const p = parsePercent(text, SLA_LABELS.target, options());
  if (!p.ok || p.value === null) return p.ok ? { ok: true, value: null } : p;
  return readRate(p.value, 'ask', SLA_LABELS.target);
}

/** The warning band, a percentage of the target: "7.5", "15%"; never empty. */
export function readWarningBand(text: string): Parsed<number> {
  const p = parsePercent(text, SLA_LABELS.warningBand, options());
  if (!p.ok) return p;
  if (p.value === null) return { ok: false, error: 'Warning band is required: how far off target still counts as at risk (e.g. 10%)' };
  return { ok: true, value: p.value.value };
}
