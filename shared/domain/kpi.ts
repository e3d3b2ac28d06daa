import type { Team } from './team';

export interface KpiSnapshotFields {
  metric: string;
  /** "2027-01", "2027-W03" or "2027-Q1", inside the plan's fiscal period. */
  period: string;
  team: Team;
  value: number;
  note: string;
}

export interface KpiSnapshot extends KpiSnapshotFields {
  id: string;
  planId: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
