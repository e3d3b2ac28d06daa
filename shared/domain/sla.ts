import type { Granularity } from '../planning/periods';
import type { PlanFigure } from '../planning/planFigures';
import type { Team } from './team';

export const COMPARATORS = ['atLeast', 'atMost'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABELS: Record<Comparator, string> = { atLeast: 'at least', atMost: 'at most' };

/** A metric SLA is measured from KPI snapshots; an agreement SLA is a documented definition kept under review. */
export type SlaKind = 'metric' | 'agreement';

export interface SlaFields {
  name: string;
  kind: SlaKind;
  committingTeam: Team;
  receivingTeam: Team;
  /** For metric SLAs: a metric key from the catalogue. */
  metric: string | null;
  target: number | null;
  comparator: Comparator;
  period: Granularity;
  /** How far short of target (in % of target) still counts as "at risk" rather than "breached". */
  warningBand: number;
  owner: string;
  notes: string;
  /** For agreement SLAs: the agreed definition (e.g. the lead-scoring criteria). */
  definition: string;
  /** For agreement SLAs: when both teams review the definition again (YYYY-MM-DD). */
  reviewDate: string | null;
  templateKey: string | null;
  /** The planner's number this target comes from, if any ("MQLs the plan needs"). */
  planFigure: PlanFigure | null;
  /**
   * With a plan figure: true, the target follows the primary scenario (each period judged against the
   * plan's figure for it); false, the SLA keeps its own target and shows where the plan now differs.
   */
  followsPlan: boolean;
}

export interface Sla extends SlaFields {
  id: string;
  planId: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export type SlaStatus = 'met' | 'at_risk' | 'breached' | 'no_data';
export const SLA_STATUS_LABELS: Record<SlaStatus, string> = { met: 'Met', at_risk: 'At risk', breached: 'Breached', no_data: 'No data' };
