import { describe, expect, it } from 'vitest';
import { abmCoverage } from '../../shared/planning/abmCoverage';

const summary = {
  count: 33,
  openPipeline: 900,
  byTier: { 1: { count: 30, openPipeline: 600 }, 2: { count: 3, openPipeline: 300 }, 3: { count: 0, openPipeline: 0 } },
};

describe('the accounts board coverage strip', () => {
  it('sets each tier against its size: accounts still to find, or beyond the size', () => {
    const c = abmCoverage(summary, { 1: 25, 2: 75, 3: 200 }, 1800);
    expect(c.tiers).toEqual([
      { tier: 1, count: 30, size: 25, gap: -5, openPipeline: 600 },
      { tier: 2, count: 3, size: 75, gap: 72, openPipeline: 300 },
      { tier: 3, count: 0, size: 200, gap: 200, openPipeline: 0 },
    ]);
  });
  it('sets the open pipeline against what the primary scenario needs', () => {
    expect(abmCoverage(summary, { 1: 25, 2: 75, 3: 200 }, 1800)).toMatchObject({ openPipeline: 900, pipelineNeeded: 1800, pipelineShare: 0.5 });
    expect(abmCoverage(summary, { 1: 25, 2: 75, 3: 200 }, null)).toMatchObject({ pipelineNeeded: null, pipelineShare: null });
    expect(abmCoverage(summary, { 1: 25, 2: 75, 3: 200 }, 0).pipelineShare).toBeNull();
  });
});
