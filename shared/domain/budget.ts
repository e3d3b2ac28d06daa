import type { CardMeta } from './record';
import type { Team } from './team';

/** The programmes a joint budget usually holds; a line may also name its own. */
export const BUDGET_CHANNELS = ['Paid media', 'Events', 'Content', 'ABM programmes', 'SDR', 'Sales enablement', 'Martech', 'Agencies'] as const;

export interface BudgetLineFields {
  name: string;
  /** One of BUDGET_CHANNELS, or the plan's own. */
  channel: string;
  team: Team;
  /** The month the money is spent in, e.g. "2027-02": a month of the plan. */
  month: string;
  planned: number;
  committed: number;
  actual: number;
  expectedMqls: number;
  expectedPipeline: number;
  notes: string;
}

export interface BudgetLine extends BudgetLineFields, CardMeta {}

export const BUDGET_LINE_NAME_MAX = 120;

/** The name a split's new part gets unless named: the line's own, marked, and short enough to save again. */
export const splitName = (name: string) => `${name.slice(0, BUDGET_LINE_NAME_MAX - ' (split)'.length).trimEnd()} (split)`;
