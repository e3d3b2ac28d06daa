import type { TargetAssumptions } from '../planning/funnel';

/** A saved set of target assumptions; the primary one drives the dashboard and SLA templates. */
export interface TargetScenario {
  id: string;
  planId: string;
  name: string;
  isPrimary: boolean;
  assumptions: TargetAssumptions;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
