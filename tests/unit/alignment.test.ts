import { describe, expect, it } from 'vitest';
import { alignmentScore } from '../../shared/planning/alignment';

describe('alignment score', () => {
  it('weighs SLA attainment 40, pipeline coverage 30, target attainment 30, and shows its working', () => {
    const s = alignmentScore({ slaStatuses: ['met', 'met', 'at_risk', 'breached'], pipelineActual: 900, pipelineExpected: 1000, bookingsActual: 500, bookingsExpected: 400 });
    // SLA (2 + 0.5) / 4 = 0.625; pipeline 0.9; bookings capped at 1 -> 100 * (25 + 27 + 30) / 100 = 82
    expect(s.score).toBe(82);
    expect(s.components.map((c) => c.value)).toEqual([0.625, 0.9, 1]);
    expect(s.formula).toBe('100 × (40 × 0.63 + 30 × 0.90 + 30 × 1.00) / 100 = 82');
    expect(s.components[0]!.explanation).toBe('2 met + ½ × 1 at risk, of 4 SLAs with data = 63%');
  });

  it('leaves out parts without data (no data is not zero) and rescales the weights', () => {
    const s = alignmentScore({ slaStatuses: ['met', 'no_data'], pipelineActual: null, pipelineExpected: 1000, bookingsActual: 100, bookingsExpected: 0 });
    expect(s.score).toBe(100);
    expect(s.formula).toMatch(/2 parts without data left out/);
  });

  it('has no score, rather than NaN, when nothing can be measured', () => {
    const s = alignmentScore({ slaStatuses: ['no_data'], pipelineActual: null, pipelineExpected: null, bookingsActual: null, bookingsExpected: null });
    expect(s.score).toBeNull();
    expect(s.formula).toMatch(/Not enough data/);
  });
});
