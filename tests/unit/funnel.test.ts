import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptionsSchema } from '../../shared/contract/targets';
import { DEFAULT_ASSUMPTIONS, reverseFunnel, type TargetAssumptions } from '../../shared/planning/funnel';

const Q1 = ['2027-01', '2027-02', '2027-03'];

describe('reverse funnel', () => {
  it('works the defaults back from bookings to MQLs', () => {
    const plan = reverseFunnel(DEFAULT_ASSUMPTIONS, Q1);
    // 1.5M / 30k = 50 deals; / 25% win = 200 opps; 60% marketing = 120 opps -> 240 SQLs -> 960 MQLs.
    expect(plan.total).toMatchObject({ bookings: 1_500_000, deals: 50, opportunities: 200, pipeline: 6_000_000, sqls: 400, mqls: 960 });
    expect(plan.total.marketing).toEqual({ opportunities: 120, sqls: 240, pipeline: 3_600_000 });
    expect(plan.total.sales).toEqual({ opportunities: 80, sqls: 160, pipeline: 2_400_000 });
    expect(plan.coverage).toBe(4);
  });

  it('splits the quarter into months that add up exactly', () => {
    const plan = reverseFunnel({ ...DEFAULT_ASSUMPTIONS, bookingsTarget: 1_000_000 }, Q1);
    for (const key of ['deals', 'opportunities', 'sqls', 'mqls', 'pipeline'] as const) {
      expect(plan.months.reduce((s, m) => s + m[key], 0), key).toBe(plan.total[key]);
    }
    expect(plan.months.map((m) => m.period)).toEqual(Q1);
  });

  it('splits every month by who sources the pipeline, and the splits add up', () => {
    const plan = reverseFunnel({ ...DEFAULT_ASSUMPTIONS, bookingsTarget: 1_000_000, marketingSourcedShare: 70 }, Q1);
    // Cumulative: 12, 23, 34 deals -> 48, 92, 136 opps -> marketing round(70%) 34, 64, 95; months take the differences.
    expect(plan.months.map((m) => [m.marketing.opportunities, m.sales.opportunities, m.marketing.sqls, m.sales.sqls, m.mqls])).toEqual([
      [34, 14, 68, 28, 272],
      [30, 14, 60, 28, 240],
      [31, 13, 62, 26, 248],
    ]);
    for (const m of plan.months) {
      expect(m.marketing.opportunities + m.sales.opportunities).toBe(m.opportunities);
      expect(m.marketing.sqls + m.sales.sqls).toBe(m.sqls);
      expect(m.marketing.pipeline + m.sales.pipeline).toBe(m.pipeline);
      expect(m.pipeline).toBe(m.opportunities * 30_000);
      expect(m.bookings).toBeCloseTo(1_000_000 / 3, 6);
    }
    expect(plan.total.marketing.pipeline).toBe(plan.total.marketing.opportunities * 30_000);
  });

  it('says when pipeline must exist, from the sales cycle', () => {
    const plan = reverseFunnel({ ...DEFAULT_ASSUMPTIONS, salesCycleDays: 90 }, Q1);
    expect(plan.months.map((m) => m.createPipelineBy)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(reverseFunnel({ ...DEFAULT_ASSUMPTIONS, salesCycleDays: 0 }, Q1).months[0]!.createPipelineBy).toBe('2027-01');
    expect(reverseFunnel({ ...DEFAULT_ASSUMPTIONS, salesCycleDays: 90 }, Q1).total.createPipelineBy).toBe('2026-10');
    expect(reverseFunnel(DEFAULT_ASSUMPTIONS, []).total.createPipelineBy).toBeNull();
  });

  it('plans nothing, and no NaN, for a zero target', () => {
    const plan = reverseFunnel({ ...DEFAULT_ASSUMPTIONS, bookingsTarget: 0 }, Q1);
    expect(plan.total).toMatchObject({ deals: 0, opportunities: 0, sqls: 0, mqls: 0, pipeline: 0 });
    expect(plan.coverage).toBeNull();
  });

  it('is exact at whole-number boundaries (no extra deal from float error)', () => {
    expect(reverseFunnel({ ...DEFAULT_ASSUMPTIONS, bookingsTarget: 0.3 * 3, avgDealSize: 0.3 }, Q1).total.deals).toBe(3);
  });
});

const assumptions = fc.record<TargetAssumptions>({
  bookingsTarget: fc.integer({ min: 0, max: 50_000_000 }),
  avgDealSize: fc.integer({ min: 1_000, max: 2_000_000 }),
  winRate: fc.double({ min: 1, max: 100, noNaN: true }),
  sqlToOppRate: fc.double({ min: 1, max: 100, noNaN: true }),
  mqlToSqlRate: fc.double({ min: 1, max: 100, noNaN: true }),
  salesCycleDays: fc.integer({ min: 0, max: 365 }),
  marketingSourcedShare: fc.double({ min: 0, max: 100, noNaN: true }),
  followUpHours: fc.double({ min: 0.5, max: 720, noNaN: true }),
  followUpCoverage: fc.double({ min: 0, max: 100, noNaN: true }),
});
const months = fc.constantFrom(Q1, ['2027-01'], Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`));

describe('reverse funnel properties', () => {
  it('rounding up never plans fewer deals than the target needs', () => {
    fc.assert(fc.property(assumptions, months, (a, m) => reverseFunnel(a, m).total.deals * a.avgDealSize >= a.bookingsTarget));
  });

  it('raising the win rate never raises the MQLs (or SQLs, opportunities) needed', () => {
    fc.assert(
      fc.property(assumptions, fc.double({ min: 0, max: 50, noNaN: true }), months, (a, raise, m) => {
        const before = reverseFunnel(a, m).total;
        const after = reverseFunnel({ ...a, winRate: Math.min(100, a.winRate + raise) }, m).total;
        return after.mqls <= before.mqls && after.sqls <= before.sqls && after.opportunities <= before.opportunities;
      }),
    );
  });

  it('better MQL→SQL conversion never needs more MQLs', () => {
    fc.assert(
      fc.property(assumptions, fc.double({ min: 0, max: 50, noNaN: true }), months, (a, raise, m) => {
        return reverseFunnel({ ...a, mqlToSqlRate: Math.min(100, a.mqlToSqlRate + raise) }, m).total.mqls <= reverseFunnel(a, m).total.mqls;
      }),
    );
  });

  it('months are never negative and always add up to the total; every number is finite', () => {
    fc.assert(
      fc.property(assumptions, months, (a, m) => {
        const plan = reverseFunnel(a, m);
        return (['deals', 'opportunities', 'sqls', 'mqls', 'pipeline'] as const).every(
          (k) => plan.months.every((s) => s[k] >= 0 && Number.isFinite(s[k])) && plan.months.reduce((s, x) => s + x[k], 0) === plan.total[k],
        );
      }),
    );
  });

  it('sourced pipeline splits add up to the whole', () => {
    fc.assert(
      fc.property(assumptions, months, (a, m) => {
        const t = reverseFunnel(a, m).total;
        return t.marketing.opportunities + t.sales.opportunities === t.opportunities && t.marketing.sqls + t.sales.sqls === t.sqls;
      }),
    );
  });

  it('every assumption the contract accepts, extremes included, plans finite numbers', () => {
    const contractBounds = fc.record<TargetAssumptions>({
      bookingsTarget: fc.constantFrom(0, 1, 1e12),
      avgDealSize: fc.constantFrom(1, 1.5, 1e10),
      winRate: fc.constantFrom(0.1, 100),
      sqlToOppRate: fc.constantFrom(0.1, 100),
      mqlToSqlRate: fc.constantFrom(0.1, 100),
      salesCycleDays: fc.constantFrom(0, 730),
      marketingSourcedShare: fc.constantFrom(0, 100),
      followUpHours: fc.constantFrom(0.001, 720),
      followUpCoverage: fc.constantFrom(0, 100),
    });
    fc.assert(
      fc.property(contractBounds, months, (a, m) => {
        expect(assumptionsSchema.safeParse(a).success).toBe(true);
        const plan = reverseFunnel(a, m);
        return [plan.total, ...plan.months].every((s) => [s.deals, s.opportunities, s.sqls, s.mqls, s.pipeline].every(Number.isFinite));
      }),
    );
  });
});
