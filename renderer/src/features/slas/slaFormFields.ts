import type { MetricUnit } from '../../../../shared/domain/metrics';
import { decimalMark } from '../../../../shared/format';
import type { Parsed } from '../../../../shared/parse/number';
import { readInUnit } from '../../../../shared/parse/units';

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
export const readTarget = (text: string, unit: MetricUnit | undefined): Parsed<number | null> => readInUnit(text, unit ?? 'count', SLA_LABELS.target, options());

/** The warning band, a percentage of the target: "7.5", "15%"; never empty, and "0.1" is asked about like any rate. */
export function readWarningBand(text: string): Parsed<number> {
  const band = readInUnit(text, 'percent', SLA_LABELS.warningBand, options());
  if (!band.ok) return band;
  if (band.value === null) return { ok: false, error: 'Warning band is required: how far off target still counts as at risk (e.g. 10%)' };
  return { ok: true, value: band.value };
}
