import { describe, expect, it } from 'vitest';
import { alignmentScore } from '../../shared/planning/alignment';

const parts = (over: Partial<Parameters<typeof alignmentScore>[0]> = {}) => ({
  slaStatuses: [],
  pipelineActual: null,
  pipelineExpected: null,
  bookingsActual: null,
  bookingsExpected: null,
  ...over,
});

describe('alignment score', () => {
  it('weighs SLA attainment 40, pipeline on pace 30, bookings on pace 30, and shows its working', () => {
    const s = alignmentScore(parts({ slaStatuses: ['met', 'met', 'at_risk', 'breached'], pipelineActual: 900, pipelineExpected: 1000, bookingsActual: 500, bookingsExpected: 400 }));
    // SLA (2 + 0.5) / 4 = 62.5%; pipeline 90%; bookings capped at 100% -> (40 × 62.5 + 30 × 90 + 30 × 100) / 100 = 82
    expect(s.score).toBe(82);
    expect(s.components.map((c) => [c.key, c.label, c.percent, c.weight])).toEqual([
      ['sla', 'SLA attainment', 62.5, 40],
      ['pipeline', 'Pipeline created on pace', 90, 30],
      ['bookings', 'Bookings on pace', 100, 30],
    ]);
    expect(s.formula).toBe('(40 × 62.5 + 30 × 90 + 30 × 100) / 100 = 82');
    // New-user finding: "0.67" hid a third; a tenth of a percent keeps the shown terms adding up.
    expect(alignmentScore(parts({ slaStatuses: ['met', 'met', 'breached'], pipelineActual: 919, pipelineExpected: 1000 })).formula).toBe('(40 × 66.7 + 30 × 91.9) / 70 = 77 (1 part without data left out, weights rescaled)');
    expect(s.components.map((c) => c.explanation)).toEqual([
      '2 met + ½ × 1 at risk, of 4 SLAs with data = 63%',
      'Pipeline created vs pipeline planned by today = 90% (capped at 100%)',
      'Bookings vs bookings due by today = 100% (capped at 100%)',
    ]);
  });

  it('nothing planned is nothing to measure', () => {
    expect(alignmentScore(parts({ pipelineActual: 50, pipelineExpected: 0 })).components[1]!.percent).toBeNull();
  });

  it('never counts below zero', () => {
    const s = alignmentScore(parts({ pipelineActual: -50, pipelineExpected: 100 }));
    expect(s.components[1]!.percent).toBe(0);
  });

  it('leaves out parts without data (no data is not zero) and rescales the weights', () => {
    const s = alignmentScore(parts({ slaStatuses: ['met', 'no_data'], pipelineExpected: 1000, bookingsActual: 100, bookingsExpected: 0 }));
    expect(s.score).toBe(100);
    expect(s.components.map((c) => c.percent)).toEqual([100, null, null]);
    expect(s.components.map((c) => c.explanation)).toEqual([
      '1 met + ½ × 0 at risk, of 1 SLA with data = 100%',
      'No pipeline snapshot, or no pipeline planned yet.',
      'No bookings snapshot, or no bookings due yet.',
    ]);
    expect(s.formula).toBe('(40 × 100) / 40 = 100 (2 parts without data left out, weights rescaled)');
    const one = alignmentScore(parts({ slaStatuses: ['met'], pipelineActual: 1, pipelineExpected: 2 }));
    expect(one.formula).toBe('(40 × 100 + 30 × 50) / 70 = 79 (1 part without data left out, weights rescaled)');
  });

  it('has no score, rather than NaN, when nothing can be measured', () => {
    const s = alignmentScore(parts({ slaStatuses: ['no_data'] }));
    expect(s).toMatchObject({ score: null, weakest: null, tone: 'none', formula: 'Not enough data yet: enter KPI snapshots to get a score.' });
    expect(s.components[0]!.explanation).toBe('No SLA has data yet in the period it is judged in: the one in progress, or the month chosen.');
  });

  // A new plan with a lead-scoring agreement and no actuals showed 100/100 in green.
  it('agreements count in attainment only beside a measured SLA: agreement is not alignment', () => {
    const alone = alignmentScore(parts({ slaStatuses: ['no_data'], agreementStatuses: ['met'] }));
    expect(alone).toMatchObject({ score: null, weakest: null, tone: 'none' });
    expect(alone.components[0]).toMatchObject({ percent: null, explanation: 'Only agreements have a status: they count once a measured SLA has data.' });
    expect(alone.formula).toMatch(/^Only agreements have a status so far/);
    expect(alignmentScore(parts({})).formula).toBe('Not enough data yet: enter KPI snapshots to get a score.');
    // With one measured SLA, the agreement counts beside it.
    const both = alignmentScore(parts({ slaStatuses: ['breached'], agreementStatuses: ['met'] }));
    expect([both.score, both.components[0]!.percent, both.components[0]!.explanation]).toEqual([50, 50, '1 met + ½ × 0 at risk, of 2 SLAs with data = 50%']);
    // An agreement without a status is not counted beside a measured SLA either.
    expect(alignmentScore(parts({ slaStatuses: ['met'], agreementStatuses: ['no_data'] })).components[0]!.explanation).toBe('1 met + ½ × 0 at risk, of 1 SLA with data = 100%');
    // Nothing planned yet is no data, not 100%.
    expect(alignmentScore(parts({ pipelineActual: 5, pipelineExpected: 0 })).components[1]!.percent).toBeNull();
    // Beside pipeline or bookings alone, a met agreement does not lift the score.
    expect(alignmentScore(parts({ agreementStatuses: ['met'], pipelineActual: 50, pipelineExpected: 100 })).score).toBe(50);
    expect(alignmentScore(parts({ agreementStatuses: ['met'], bookingsActual: 50, bookingsExpected: 100 })).score).toBe(50);
  });

  // The headline can't look healthy while the plan is failing: 92 in green with bookings far behind misled.
  it('names the weakest part and colours the headline by the worse of the score and that part', () => {
    const failing = alignmentScore(parts({ slaStatuses: ['met', 'met', 'met', 'met'], pipelineActual: 100, pipelineExpected: 100, bookingsActual: 77, bookingsExpected: 100 }));
    expect(failing.score).toBe(93);
    expect(failing.weakest).toMatchObject({ key: 'bookings', percent: 77 });
    expect(failing.tone).toBe('fair');
    const poor = alignmentScore(parts({ slaStatuses: ['met'], pipelineActual: 100, pipelineExpected: 100, bookingsActual: 50, bookingsExpected: 100 }));
    expect(poor).toMatchObject({ score: 85, tone: 'poor' });
    const good = alignmentScore(parts({ slaStatuses: ['met'], pipelineActual: 80, pipelineExpected: 100, bookingsActual: 100, bookingsExpected: 100 }));
    expect(good).toMatchObject({ tone: 'good', weakest: { key: 'pipeline' } });
    const fairScore = alignmentScore(parts({ slaStatuses: ['at_risk'], pipelineActual: 60, pipelineExpected: 100 }));
    expect(fairScore).toMatchObject({ score: 54, tone: 'poor' });
    expect(alignmentScore(parts({ slaStatuses: ['met', 'at_risk', 'at_risk', 'at_risk', 'at_risk'] }))).toMatchObject({ score: 60, tone: 'fair' });
    expect(alignmentScore(parts({ slaStatuses: ['met', 'at_risk', 'at_risk', 'at_risk', 'breached'] }))).toMatchObject({ score: 50, tone: 'poor' });
  });

  it('on a tie, the first weakest part is named', () => {
    const s = alignmentScore(parts({ slaStatuses: ['at_risk'], pipelineActual: 50, pipelineExpected: 100 }));
    expect(s.weakest!.key).toBe('sla');
  });
});
