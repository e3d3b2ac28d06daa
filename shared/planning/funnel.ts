// Reverse funnel: from the bookings target back to the MQLs marketing must deliver.
import { shiftMonth } from './periods';

/** Rates and shares are percentages (25 = 25%), as users type them. */
export interface TargetAssumptions {
  /** New bookings the plan period must close. */
  bookingsTarget: number;
  avgDealSize: number;
  winRate: number;
  sqlToOppRate: number;
  mqlToSqlRate: number;
  salesCycleDays: number;
  /** Share of pipeline marketing sources; sales sources the rest. */
  marketingSourcedShare: number;
  /** The follow-up both teams plan on: sales contacts an MQL within this many hours… */
  followUpHours: number;
  /** …and follows up this share of MQLs. Not funnel math: the SLAs that follow the plan take them. */
  followUpCoverage: number;
}

/** Editable starting points (DOMAIN.md "typical planning numbers"), labelled as defaults in the UI. */
export const DEFAULT_ASSUMPTIONS: TargetAssumptions = {
  bookingsTarget: 1_500_000,
  avgDealSize: 30_000,
  winRate: 25,
  sqlToOppRate: 50,
  mqlToSqlRate: 25,
  salesCycleDays: 60,
  marketingSourcedShare: 60,
  followUpHours: 24,
  followUpCoverage: 95,
};

export interface SourceSplit {
  opportunities: number;
  sqls: number;
  pipeline: number;
}

export interface FunnelStep {
  /** Month key, or "total". */
  period: string;
  bookings: number;
  deals: number;
  opportunities: number;
  pipeline: number;
  sqls: number;
  mqls: number;
  marketing: SourceSplit;
  sales: SourceSplit;
  /** The month by which this pipeline must exist, given the sales cycle. */
  createPipelineBy: string | null;
}

export interface FunnelPlan {
  months: FunnelStep[];
  total: FunnelStep;
  /** Pipeline needed / bookings target (about 1 / win rate); null when there is no target. */
  coverage: number | null;
}

// 4.0000000001 from float error is 4, not 5; and never -0 (which would show as "-0").
const ceil = (x: number) => Math.max(0, Math.ceil(x - 1e-9));

interface Counts {
  deals: number;
  opportunities: number;
  mOpps: number;
  sOpps: number;
  mSqls: number;
  sSqls: number;
  mqls: number;
}

/** Whole numbers needed to close `bookings`; every step rounds up, so nothing is planned short. */
function countsFor(bookings: number, a: TargetAssumptions): Counts {
  const deals = ceil(bookings / a.avgDealSize);
  const opportunities = ceil(deals / (a.winRate / 100));
  const mOpps = Math.round(opportunities * (a.marketingSourcedShare / 100));
  const sOpps = opportunities - mOpps;
  const mSqls = ceil(mOpps / (a.sqlToOppRate / 100));
  const sSqls = ceil(sOpps / (a.sqlToOppRate / 100));
  return { deals, opportunities, mOpps, sOpps, mSqls, sSqls, mqls: ceil(mSqls / (a.mqlToSqlRate / 100)) };
}

function step(period: string, bookings: number, c: Counts, dealSize: number, createBy: string | null): FunnelStep {
  return {
    period,
    bookings,
    deals: c.deals,
    opportunities: c.opportunities,
    pipeline: c.opportunities * dealSize,
    sqls: c.mSqls + c.sSqls,
    mqls: c.mqls,
    marketing: { opportunities: c.mOpps, sqls: c.mSqls, pipeline: c.mOpps * dealSize },
    sales: { opportunities: c.sOpps, sqls: c.sSqls, pipeline: c.sOpps * dealSize },
    createPipelineBy: createBy,
  };
}

const minus = (a: Counts, b: Counts): Counts => ({
  deals: a.deals - b.deals,
  opportunities: a.opportunities - b.opportunities,
  mOpps: a.mOpps - b.mOpps,
  sOpps: a.sOpps - b.sOpps,
  mSqls: a.mSqls - b.mSqls,
  sSqls: a.sSqls - b.sSqls,
  mqls: a.mqls - b.mqls,
});

/** Whole months between creating an opportunity and closing it: how far create-by dates lead. */
export const cycleMonthsOf = (a: Pick<TargetAssumptions, 'salesCycleDays'>) => Math.ceil(a.salesCycleDays / 30.44);

/**
 * The plan per month and in total. Bookings are spread evenly over the months; each month gets what the
 * cumulative target needs minus what earlier months already cover, so months add up exactly to the
 * total and every month-end is on track. Assumes validated input (rates in (0, 100], deal size > 0).
 */
export function reverseFunnel(a: TargetAssumptions, months: readonly string[]): FunnelPlan {
  const cycleMonths = cycleMonthsOf(a);
  const perMonth = a.bookingsTarget / Math.max(1, months.length);
  let previous = countsFor(0, a);
  const steps = months.map((month, i) => {
    const cumulative = countsFor(i === months.length - 1 ? a.bookingsTarget : perMonth * (i + 1), a);
    const s = step(month, perMonth, minus(cumulative, previous), a.avgDealSize, shiftMonth(month, -cycleMonths));
    previous = cumulative;
    return s;
  });
  const total = step('total', a.bookingsTarget, countsFor(a.bookingsTarget, a), a.avgDealSize, months[0] ? shiftMonth(months[0], -cycleMonths) : null);
  return { months: steps, total, coverage: a.bookingsTarget > 0 ? total.pipeline / a.bookingsTarget : null };
}
