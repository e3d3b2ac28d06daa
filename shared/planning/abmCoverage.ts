import type { AccountSummary, Tier } from '../domain/account';
import { TIERS } from '../domain/account';

export interface TierCoverage {
  tier: Tier;
  count: number;
  /** How many accounts the plan wants in the tier. */
  size: number;
  /** Accounts still to find (positive) or beyond the plan's size (negative). */
  gap: number;
  openPipeline: number;
}

export interface AbmCoverage {
  tiers: TierCoverage[];
  openPipeline: number;
  /** The pipeline the primary scenario needs for the plan's period; null without a primary scenario. */
  pipelineNeeded: number | null;
  /** Open pipeline in target accounts as a share of what is needed (1 = covered); null when nothing is needed. */
  pipelineShare: number | null;
}

/** The accounts board's coverage strip: each tier against the plan's tier sizes, pipeline against the plan's need. */
export function abmCoverage(summary: AccountSummary, sizes: Record<Tier, number>, pipelineNeeded: number | null): AbmCoverage {
  const tiers = TIERS.map((tier) => ({ tier, count: summary.byTier[tier].count, size: sizes[tier], gap: sizes[tier] - summary.byTier[tier].count, openPipeline: summary.byTier[tier].openPipeline }));
  return {
    tiers,
    openPipeline: summary.openPipeline,
    pipelineNeeded,
    pipelineShare: pipelineNeeded ? summary.openPipeline / pipelineNeeded : null,
  };
}
