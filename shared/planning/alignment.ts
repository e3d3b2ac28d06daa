import type { SlaStatus } from '../domain/sla';
import { countOf } from '../format';

export type AlignmentTone = 'good' | 'fair' | 'poor' | 'none';

export interface AlignmentComponent {
  key: 'sla' | 'pipeline' | 'bookings';
  label: string;
  /** 0–100, or null when there is nothing to measure yet (then it is left out, not counted as zero). */
  percent: number | null;
  weight: number;
  /** What went into the value, in words and numbers. */
  explanation: string;
}

export interface AlignmentScore {
  /** 0–100, or null when no component has data. */
  score: number | null;
  components: AlignmentComponent[];
  /** The component with data that stands lowest: shown beside the score, so a good average can't hide it. */
  weakest: AlignmentComponent | null;
  /** The colour of the headline: the worse of the score's band and the weakest component's. */
  tone: AlignmentTone;
  /** How the parts add up, e.g. "100 × (40 × 0.75 + 30 × 1.00 …) / 100 = 82". */
  formula: string;
}

export const ALIGNMENT_WEIGHTS = { sla: 40, pipeline: 30, bookings: 30 } as const;
const GOOD = 80;
const FAIR = 60;

const percentOf = (actual: number | null, expected: number | null) =>
  actual === null || expected === null || expected <= 0 ? null : Math.min(100, Math.max(0, (100 * actual) / expected));
const whole = (x: number) => `${Math.round(x)}%`;
const toneOf = (percent: number): AlignmentTone => (percent >= GOOD ? 'good' : percent >= FAIR ? 'fair' : 'poor');
const TONE_RANK: Record<AlignmentTone, number> = { none: 3, good: 2, fair: 1, poor: 0 };

/**
 * Agreement is not alignment (LeadMD and Drift, SMAX): the score rewards kept commitments AND pipeline
 * created on pace AND bookings on pace. SLA attainment counts met SLAs fully and at-risk ones half.
 */
export function alignmentScore(input: {
  /** Measured SLAs' statuses (a metric against a target). */
  slaStatuses: SlaStatus[];
  /** Agreements' statuses (a definition kept under review): they count in attainment only beside a measured SLA with data. */
  agreementStatuses?: SlaStatus[];
  pipelineActual: number | null;
  pipelineExpected: number | null;
  bookingsActual: number | null;
  bookingsExpected: number | null;
}): AlignmentScore {
  const measured = input.slaStatuses.filter((s) => s !== 'no_data');
  const agreements = (input.agreementStatuses ?? []).filter((s) => s !== 'no_data');
  // Agreement is not alignment: a kept definition only counts beside a commitment that is measured.
  const judged = measured.length ? [...measured, ...agreements] : [];
  const met = judged.filter((s) => s === 'met').length;
  const atRisk = judged.filter((s) => s === 'at_risk').length;
  const slaPercent = judged.length ? (100 * (met + atRisk / 2)) / judged.length : null;
  const pipeline = percentOf(input.pipelineActual, input.pipelineExpected);
  const bookings = percentOf(input.bookingsActual, input.bookingsExpected);

  const components: AlignmentComponent[] = [
    {
      key: 'sla',
      label: 'SLA attainment',
      percent: slaPercent,
      weight: ALIGNMENT_WEIGHTS.sla,
      explanation: judged.length
        ? `${met} met + ½ × ${atRisk} at risk, of ${countOf(judged.length, 'SLA with data', 'SLAs with data')} = ${whole(slaPercent!)}`
        : agreements.length
          ? 'Only agreements have a status: they count once a measured SLA has data.'
          : 'No SLA has data yet in the period it is judged in: the one in progress, or the month chosen.',
    },
    {
      key: 'pipeline',
      label: 'Pipeline created on pace',
      percent: pipeline,
      weight: ALIGNMENT_WEIGHTS.pipeline,
      explanation: pipeline === null ? 'No pipeline snapshot, or no pipeline planned yet.' : `Pipeline created vs pipeline planned by today = ${whole(pipeline)} (capped at 100%)`,
    },
    {
      key: 'bookings',
      label: 'Bookings on pace',
      percent: bookings,
      weight: ALIGNMENT_WEIGHTS.bookings,
      explanation: bookings === null ? 'No bookings snapshot, or no bookings due yet.' : `Bookings vs bookings due by today = ${whole(bookings)} (capped at 100%)`,
    },
  ];
  const counted = components.filter((c) => c.percent !== null);
  const weight = counted.reduce((s, c) => s + c.weight, 0);
  if (!weight) {
    const formula = agreements.length
      ? 'Only agreements have a status so far, and agreement is not alignment: the score starts once a measured SLA, pipeline or bookings has an actual.'
      : 'Not enough data yet: enter KPI snapshots to get a score.';
    return { score: null, components, weakest: null, tone: 'none', formula };
  }
  const score = Math.round(counted.reduce((s, c) => s + c.weight * c.percent!, 0) / weight);
  const weakest = counted.reduce((low, c) => (c.percent! < low.percent! ? c : low));
  const tone = [toneOf(score), toneOf(weakest.percent!)].reduce((a, b) => (TONE_RANK[b] < TONE_RANK[a] ? b : a));
  // Each part to a tenth of a percent: the terms shown add up to the score shown, give or take its rounding.
  const terms = counted.map((c) => `${c.weight} × ${Number(c.percent!.toFixed(1))}`).join(' + ');
  const left = components.length - counted.length;
  return {
    score,
    components,
    weakest,
    tone,
    formula: `(${terms}) / ${weight} = ${score}${left ? ` (${countOf(left, 'part')} without data left out, weights rescaled)` : ''}`,
  };
}
