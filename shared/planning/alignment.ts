import type { SlaStatus } from '../domain/sla';

export interface AlignmentComponent {
  key: 'sla' | 'pipeline' | 'bookings';
  label: string;
  /** 0..1, or null when there is nothing to measure yet (then it is left out, not counted as zero). */
  value: number | null;
  weight: number;
  /** What went into the value, in words and numbers. */
  explanation: string;
}

export interface AlignmentScore {
  /** 0..100, or null when no component has data. */
  score: number | null;
  components: AlignmentComponent[];
  /** How the parts add up, e.g. "40% × 0.75 + 30% × 1.00 … = 82". */
  formula: string;
}

export const ALIGNMENT_WEIGHTS = { sla: 40, pipeline: 30, bookings: 30 } as const;

const ratio = (actual: number | null, expected: number | null) =>
  actual === null || expected === null || expected <= 0 ? null : Math.min(1, Math.max(0, actual / expected));
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Agreement is not alignment (LeadMD and Drift, SMAX): the score rewards kept commitments AND a healthy
 * pipeline AND bookings on pace. SLA attainment counts met SLAs fully and at-risk ones half.
 */
export function alignmentScore(input: {
  slaStatuses: SlaStatus[];
  pipelineActual: number | null;
  pipelineExpected: number | null;
  bookingsActual: number | null;
  bookingsExpected: number | null;
}): AlignmentScore {
  const judged = input.slaStatuses.filter((s) => s !== 'no_data');
  const met = judged.filter((s) => s === 'met').length;
  const atRisk = judged.filter((s) => s === 'at_risk').length;
  const slaValue = judged.length ? (met + atRisk / 2) / judged.length : null;
  const pipeline = ratio(input.pipelineActual, input.pipelineExpected);
  const bookings = ratio(input.bookingsActual, input.bookingsExpected);

  const components: AlignmentComponent[] = [
    {
      key: 'sla',
      label: 'SLA attainment',
      value: slaValue,
      weight: ALIGNMENT_WEIGHTS.sla,
      explanation: judged.length
        ? `${met} met + ½ × ${atRisk} at risk, of ${judged.length} SLAs with data = ${pct(slaValue!)}`
        : 'No SLA has data for this period yet.',
    },
    {
      key: 'pipeline',
      label: 'Pipeline coverage',
      value: pipeline,
      weight: ALIGNMENT_WEIGHTS.pipeline,
      explanation: pipeline === null ? 'No pipeline snapshot, or no pipeline planned yet.' : `Pipeline created vs pipeline planned by now = ${pct(pipeline)} (capped at 100%)`,
    },
    {
      key: 'bookings',
      label: 'Target attainment',
      value: bookings,
      weight: ALIGNMENT_WEIGHTS.bookings,
      explanation: bookings === null ? 'No bookings snapshot, or no bookings due yet.' : `Bookings vs bookings due by now = ${pct(bookings)} (capped at 100%)`,
    },
  ];
  const counted = components.filter((c) => c.value !== null);
  const weight = counted.reduce((s, c) => s + c.weight, 0);
  if (!weight) return { score: null, components, formula: 'Not enough data yet: enter KPI snapshots to get a score.' };
  const score = Math.round((100 * counted.reduce((s, c) => s + c.weight * c.value!, 0)) / weight);
  const terms = counted.map((c) => `${c.weight} × ${c.value!.toFixed(2)}`).join(' + ');
  const left = components.length - counted.length;
  return { score, components, formula: `100 × (${terms}) / ${weight} = ${score}${left ? ` (${left} part${left > 1 ? 's' : ''} without data left out, weights rescaled)` : ''}` };
}
