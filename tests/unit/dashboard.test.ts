import { describe, expect, it } from 'vitest';
import { buildDashboard, pipelineBasisNote } from '../../shared/planning/dashboard';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { card, input, nonFiniteNumbers, sla, snap } from './dashboardFixtures';

describe('dashboard model', () => {
  it('paces targets to today: all of January and half of February are due', () => {
    const d = buildDashboard(input({}));
    expect(card(d, 'mqls')).toMatchObject({ label: 'MQLs', unit: 'count', planned: 960, actual: null, byTeam: null });
    expect(card(d, 'mqls').paced).toBeCloseTo(328 + 328 * (14 / 28), 5);
    expect(d.targets.map((t) => [t.metric, t.planned])).toEqual([['new_bookings', 1_500_000], ['pipeline_created', 6_000_000], ['sqls', 400], ['mqls', 960]]);
    expect(d.elapsedPercent).toBeCloseTo((100 * (31 + 14)) / 90, 5);
    expect(d.selectionLabel).toBe('FY2027 Q1');
  });

  it('rolls months up into the quarter', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 300), snap('mqls', '2027-02', 100)] }));
    expect(card(d, 'mqls').actual).toBe(400);
    expect(d.funnel.map((f) => [f.stage, f.planned, f.actual])).toEqual([['MQLs', 960, 400], ['SQLs', 400, null], ['Opportunities', 200, null], ['Deals won', 50, null]]);
  });

  // Not by input order: the system-of-record team wins wherever its snapshot sits.
  it('prefers the metric owner\'s number, then a joint one, then whoever reported', () => {
    const d = buildDashboard(input({
      snapshots: [snap('mqls', '2027-01', 250, 'sales'), snap('mqls', '2027-01', 300, 'marketing'), snap('sqls', '2027-01', 90, 'marketing'), snap('sqls', '2027-01', 80, 'sales'),
        snap('opportunities', '2027-01', 40, 'marketing'), snap('opportunities', '2027-01', 45, 'joint'), snap('deals_won', '2027-01', 7, 'marketing')],
    }));
    expect(card(d, 'mqls').actual).toBe(300);
    expect(card(d, 'sqls').actual).toBe(80);
    expect(d.funnel.map((f) => f.actual)).toEqual([300, 80, 45, 7]);
  });

  it('a quarter-level snapshot wins over its months', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 300), snap('mqls', '2027-Q1', 900)] }));
    expect(card(d, 'mqls').actual).toBe(900);
  });

  it('rates roll up into a quarter as an average, volumes as a sum', () => {
    const d = buildDashboard(input({
      now: new Date('2027-04-10T00:00:00Z'),
      slas: [sla({ metric: 'win_rate', target: 24, period: 'quarter' }), sla({ metric: 'mqls', target: 900, period: 'quarter' })],
      snapshots: [snap('win_rate', '2027-01', 20, 'sales'), snap('win_rate', '2027-02', 30, 'sales'), snap('win_rate', '2027-03', 31, 'sales'), snap('mqls', '2027-01', 300), snap('mqls', '2027-02', 310), snap('mqls', '2027-03', 320)],
    }));
    expect(d.scorecard.map((r) => [r.period, r.evaluation.actual, r.evaluation.status])).toEqual([['2027-Q1', 27, 'met'], ['2027-Q1', 930, 'met']]);
  });

  it('scores each SLA in the period in progress, with the agreed target and what is due by today', () => {
    const d = buildDashboard(input({ slas: [sla({})], snapshots: [snap('mqls', '2027-01', 200), snap('mqls', '2027-02', 150)] }));
    const row = d.scorecard[0]!;
    expect([row.period, row.periodLabel, row.unit, row.planNeeds]).toEqual(['2027-02', 'Feb 2027', 'count', null]);
    expect(row.evaluation).toMatchObject({ status: 'met', actual: 150, target: 300, dueByToday: 150 });
    expect(row.history).toEqual([
      { period: '2027-01', label: 'Jan 2027', actual: 200, target: 300, status: 'breached' },
      { period: '2027-02', label: 'Feb 2027', actual: 150, target: 300, status: 'met' },
    ]);
  });

  it('counts due by today are whole on the cards and the scorecard, and verdicts read in the unit', () => {
    // 15 Feb 00:00 is 14/28 of February: 300 × 0.5 = 150 exactly; on the 16th, 300 × 15/28 = 160.7 → 161.
    const d = buildDashboard(input({ now: new Date('2027-02-16T00:00:00Z'), slas: [sla({}), sla({ metric: 'new_bookings', target: 1_000_000, committingTeam: 'sales', receivingTeam: 'marketing' })], snapshots: [snap('mqls', '2027-02', 161), snap('new_bookings', '2027-02', 400_000, 'sales')] }));
    expect(d.scorecard[0]!.evaluation).toMatchObject({ status: 'met', dueByToday: 161, reason: '161 against 161 due by today (of 300): met.' });
    expect(d.scorecard[1]!.evaluation.reason).toBe('$400,000 against $535,715 due by today (of $1,000,000): behind, with time left to recover.');
    expect(Number.isInteger(card(d, 'mqls').paced)).toBe(true);
    expect(Number.isInteger(card(d, 'sqls').paced)).toBe(true);
    expect(card(d, 'new_bookings').paced).toBe(767_858); // January's $500,000 + 15/28 of February's = $767,857.14
  });

  it('"at most" SLAs mid-period are judged against the full target, never pro-rated', () => {
    const d = buildDashboard(input({ slas: [sla({ metric: 'median_follow_up_hours', comparator: 'atMost', target: 24, warningBand: 25, period: 'month' })], snapshots: [snap('median_follow_up_hours', '2027-02', 40, 'sales')] }));
    expect(d.scorecard[0]!.evaluation).toMatchObject({ status: 'at_risk', target: 24, dueByToday: null, actual: 40 });
    expect(d.scorecard[0]!.unit).toBe('hours');
  });

  it('an SLA that follows the plan is judged each month against the MQLs the plan needs in that month', () => {
    const d = buildDashboard(input({
      now: new Date('2027-04-02T00:00:00Z'),
      slas: [sla({ target: 328, planFigure: 'mqls', followsPlan: true })],
      snapshots: [snap('mqls', '2027-01', 320), snap('mqls', '2027-02', 330), snap('mqls', '2027-03', 305)],
    }));
    expect(d.scorecard[0]!.history.map((h) => [h.period, h.target, h.status])).toEqual([['2027-01', 328, 'at_risk'], ['2027-02', 328, 'met'], ['2027-03', 304, 'met']]);
    expect(d.scorecard[0]!.planNeeds).toBeNull();
  });

  it('an SLA pinned to its own target says what the plan now needs', () => {
    const d = buildDashboard(input({ assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000 }, slas: [sla({ target: 328, planFigure: 'mqls', followsPlan: false })], snapshots: [snap('mqls', '2027-02', 300)] }));
    const row = d.scorecard[0]!;
    expect(row.evaluation.target).toBe(328);
    expect(row.planNeeds).toBe(card(buildDashboard(input({ assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000 }, selection: '2027-02' })), 'mqls').planned);
  });

  it('a month selection judges that month only', () => {
    const d = buildDashboard(input({ selection: '2027-01', slas: [sla({})], snapshots: [snap('mqls', '2027-01', 200), snap('mqls', '2027-02', 999)] }));
    expect(d.selectionLabel).toBe('Jan 2027');
    expect(d.months).toEqual(['2027-01']);
    expect(d.elapsedPercent).toBe(100);
    expect(card(d, 'mqls')).toMatchObject({ planned: 328, paced: 328, actual: 200 });
    expect(d.scorecard[0]!.period).toBe('2027-01');
    expect(d.scorecard[0]!.evaluation.status).toBe('breached');
  });

  it('a selection outside the plan is refused', () => {
    expect(() => buildDashboard(input({ selection: '2027-04' }))).toThrow('2027-04 is not in FY2027 Q1');
  });

  // A CRO entered "MQLs, Q1 2027, 500" beside Jan 415 and Feb 402: the quarter card switched to 500 unannounced.
  it('a quarter reported on its own and by its months: the quarter view counts its own figure and says they differ', () => {
    const snapshots = [snap('mqls', '2027-01', 415), snap('mqls', '2027-02', 402), snap('mqls', '2027-Q1', 500)];
    const d = buildDashboard(input({ now: new Date('2027-03-10T00:00:00Z'), snapshots }));
    expect(card(d, 'mqls')).toMatchObject({ actual: 500, mismatches: [{ metric: 'mqls', quarter: '2027-Q1', reported: 500, monthsTotal: 817, months: [{ period: '2027-01', value: 415 }, { period: '2027-02', value: 402 }] }] });
    expect(card(d, 'sqls').mismatches).toEqual([]);
    const feb = buildDashboard(input({ now: new Date('2027-03-10T00:00:00Z'), selection: '2027-02', snapshots }));
    expect(card(feb, 'mqls')).toMatchObject({ actual: 402, mismatches: [] });
    const agreeing = buildDashboard(input({ now: new Date('2027-03-10T00:00:00Z'), snapshots: [snap('mqls', '2027-01', 415), snap('mqls', '2027-Q1', 415)] }));
    expect(card(agreeing, 'mqls').mismatches).toEqual([]);
  });

  it('a year counts what its quarters count: a quarter\'s own figure, or its months', () => {
    const d = buildDashboard(input({
      fiscalPeriod: 'FY2027',
      now: new Date('2027-12-31T00:00:00Z'),
      snapshots: [snap('mqls', '2027-Q1', 900), snap('mqls', '2027-04', 300), snap('mqls', '2027-05', 310), snap('mqls', '2027-Q3', 1000), snap('mqls', '2027-07', 1200), snap('mqls', '2027-Q4', 900), snap('mqls', '2027-10', 1)],
    }));
    expect(card(d, 'mqls').actual).toBe(900 + 610 + 1000 + 900);
    // July alone is past Q3's own figure; October's 1 with two months to come is no conflict.
    expect(card(d, 'mqls').mismatches.map((m) => m.quarter)).toEqual(['2027-Q3']);
    expect(d.funnel[0]).toMatchObject({ stage: 'MQLs', actual: 3410 });
  });

  it('a full-year plan adds up its months; a weekly SLA is judged in the week in progress', () => {
    const d = buildDashboard(input({
      fiscalPeriod: 'FY2027',
      now: new Date('2027-05-12T12:00:00Z'),
      slas: [sla({ metric: 'median_follow_up_hours', comparator: 'atMost', target: 24, period: 'week' })],
      snapshots: [snap('new_bookings', '2027-01', 100_000, 'sales'), snap('new_bookings', '2027-04', 50_000, 'sales'), snap('median_follow_up_hours', '2027-W19', 20, 'sales')],
    }));
    expect(d.months).toHaveLength(12);
    expect(card(d, 'new_bookings')).toMatchObject({ planned: 1_500_000, actual: 150_000 });
    expect(d.scorecard[0]).toMatchObject({ period: '2027-W19', evaluation: { status: 'met', actual: 20 } });
    expect(d.scorecard[0]!.history).toHaveLength(19);
  });

  it('a met agreement and a metric SLA without data make no alignment score; a measured SLA does', () => {
    const agreement = sla({ kind: 'agreement', metric: null, target: null, definition: 'score ≥ 60', reviewDate: '2027-06-30' });
    const before = buildDashboard(input({ now: new Date('2026-11-23T00:00:00Z'), slas: [agreement, sla({})] }));
    expect(before.scorecard.map((r) => r.evaluation.status)).toEqual(['met', 'no_data']);
    expect(before.alignment.score).toBeNull();
    const measured = buildDashboard(input({ slas: [agreement, sla({ target: 100 })], snapshots: [snap('mqls', '2027-02', 10)] }));
    expect(measured.alignment.components[0]).toMatchObject({ percent: 75 }); // met agreement + at-risk MQLs
    expect(measured.alignment.score).toBe(75);
  });

  it('an agreement SLA stands outside periods', () => {
    const d = buildDashboard(input({ slas: [sla({ kind: 'agreement', metric: null, target: null, definition: 'score ≥ 60', reviewDate: '2027-02-20' })] }));
    expect(d.scorecard[0]).toMatchObject({ period: null, periodLabel: 'Standing agreement', history: [], evaluation: { status: 'at_risk' } });
  });

  it('the alignment score reads pipeline created and new bookings, not other metrics', () => {
    const d = buildDashboard(input({ slas: [sla({})], snapshots: [snap('mqls', '2027-02', 200), snap('opportunities', '2027-02', 999, 'sales'), snap('upsell_bookings', '2027-02', 9e6, 'sales')] }));
    expect(d.alignment.components.map((c) => c.percent)).toEqual([100, null, null]);
    const withBoth = buildDashboard(input({ snapshots: [snap('pipeline_created', '2027-01', 1_000_000, 'sales'), snap('new_bookings', '2027-01', 250_000, 'sales')] }));
    const due = card(withBoth, 'pipeline_created').paced;
    expect(withBoth.alignment.components[1]!.percent).toBeCloseTo((100 * 1_000_000) / due, 6);
    expect(withBoth.alignment.components[2]!.percent).toBeCloseTo((100 * 250_000) / card(withBoth, 'new_bookings').paced, 6);
  });

  it('before the plan starts, nothing is due and nothing is judged', () => {
    const d = buildDashboard(input({ now: new Date('2026-12-01T00:00:00Z'), slas: [sla({})] }));
    expect(d.elapsedPercent).toBe(0);
    expect(d.targets.every((t) => t.paced === 0)).toBe(true);
    expect(d.scorecard[0]!.evaluation.status).toBe('no_data');
    expect(d.alignment.score).toBeNull();
  });

  it('says how pipeline is paced: as a run rate, with the cycle the create-by dates lead by', () => {
    const d = buildDashboard(input({}));
    expect(d.targets.filter((t) => t.basisNote).map((t) => t.metric)).toEqual(['pipeline_created']);
    expect(pipelineBasisNote({ salesCycleDays: 90 })).toBe(
      "Read as a run rate: each month should create the pipeline one month's bookings need. Pipeline created now closes about 3 months later; the target planner lists the create-by month for each month's bookings.",
    );
    expect(pipelineBasisNote({ salesCycleDays: 20 })).toContain('closes about 1 month later;');
    expect(pipelineBasisNote({ salesCycleDays: 0 })).toContain('Pipeline created now closes within the month;');
  });

  it('says why there is no trend to chart', () => {
    const now = new Date('2027-02-20T12:00:00Z');
    expect(buildDashboard(input({ now })).trendsEmpty).toBe('No KPI snapshots in this plan yet.');
    const weekly = buildDashboard(input({ now, snapshots: [snap('mqls', '2027-W02', 90), snap('mqls', '2027-Q1', 900)] }));
    expect(weekly.trends).toEqual([]);
    expect(weekly.trendsEmpty).toBe('Trends chart monthly figures, and this plan has only weekly or quarterly snapshots so far.');
    const monthly = buildDashboard(input({ now, snapshots: [snap('mqls', '2027-01', 300)] }));
    expect(monthly.trends).toHaveLength(1);
    expect(monthly.trendsEmpty).toBeNull();
  });

  // One rule everywhere: actuals for a period that has not started are left out of every part, with a note.
  it('leaves out actuals for periods that have not started, everywhere, and says so', () => {
    const d = buildDashboard(input({
      now: new Date('2026-11-23T12:00:00Z'),
      slas: [sla({})],
      snapshots: [snap('new_bookings', '2027-01', 610_000, 'sales'), snap('pipeline_created', '2027-01', 2_000_000, 'sales'), snap('mqls', '2027-01', 400), snap('mqls', '2027-W02', 90)],
    }));
    expect(d.targets.map((t) => t.actual)).toEqual([null, null, null, null]);
    expect(d.funnel[0]!.actual).toBeNull();
    expect(d.trends).toEqual([]);
    expect(d.trendsEmpty).toBe('Nothing to chart yet: every snapshot is for a period that has not started.');
    expect(d.scorecard[0]!.evaluation.status).toBe('no_data');
    expect(d.alignment.score).toBeNull();
    expect(d.notCounted).toEqual({ count: 4, periods: ['2027-01', '2027-W02'] });
    const later = buildDashboard(input({ now: new Date('2027-01-20T12:00:00Z'), snapshots: [snap('new_bookings', '2027-01', 610_000, 'sales')] }));
    expect(card(later, 'new_bookings').actual).toBe(610_000);
    expect(later.notCounted).toEqual({ count: 0, periods: [] });
  });


  it('names metrics missing from the catalogue by their key, counted as counts', () => {
    const d = buildDashboard(input({ metrics: [], snapshots: [snap('mqls', '2027-01', 5)] }));
    expect(card(d, 'mqls')).toMatchObject({ label: 'mqls', unit: 'count', actual: 5 });
  });

  it('trends only for metrics reported by month; planned lines for target and funnel metrics', () => {
    const d = buildDashboard(input({ snapshots: [snap('median_follow_up_hours', '2027-W02', 20, 'sales'), snap('opportunities', '2027-01', 60, 'sales'), snap('new_bookings', '2027-01', 1, 'sales')] }));
    expect(d.trends.map((t) => t.metric)).toEqual(['opportunities', 'new_bookings']);
    expect(d.trends[0]!.planned).toEqual([68, 68, 64]);
    expect(d.trends[1]!.planned).toEqual([500_000, 500_000, 500_000]);
    // Rates the plan assumes are a flat planned line; rates it does not plan have none.
    const rates = buildDashboard(input({ snapshots: [snap('win_rate', '2027-01', 22, 'sales'), snap('win_loss_capture_rate', '2027-01', 70, 'sales'), snap('median_follow_up_hours', '2027-01', 30, 'sales')] }));
    expect(rates.trends.map((t) => [t.metric, t.planned])).toEqual([
      ['win_rate', [25, 25, 25]],
      ['median_follow_up_hours', [24, 24, 24]],
      ['win_loss_capture_rate', null],
    ]);
    // $1M over three months is $333,333.33 a month: planned money reads in whole units, adding up to $1M.
    const odd = buildDashboard(input({ assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 1_000_000 }, snapshots: [snap('new_bookings', '2027-01', 1, 'sales')] }));
    expect(odd.trends[0]!.planned).toEqual([333_333, 333_334, 333_333]);
  });

  it('lists the periods not counted yet in order', () => {
    const d = buildDashboard(input({ now: new Date('2026-12-01T00:00:00Z'), snapshots: [snap('mqls', '2027-03', 1), snap('mqls', '2027-01', 1), snap('sqls', '2027-03', 1, 'sales')] }));
    expect(d.notCounted).toEqual({ count: 3, periods: ['2027-01', '2027-03'] });
  });

  it('a weekly SLA in a month that has not started is judged in that month\'s first week, as not started', () => {
    const d = buildDashboard(input({ selection: '2027-03', slas: [sla({ period: 'week' })], snapshots: [snap('mqls', '2027-W06', 90)] }));
    expect(d.scorecard[0]).toMatchObject({ period: '2027-W09', evaluation: { status: 'no_data', reason: 'The period has not started.' } });
  });

  it('a period that starts this very instant is the current one', () => {
    const d = buildDashboard(input({ now: new Date('2027-02-01T00:00:00Z'), slas: [sla({})] }));
    expect(d.scorecard[0]!.period).toBe('2027-02');
    expect(d.scorecard[0]!.history.map((h) => h.period)).toEqual(['2027-01', '2027-02']);
  });

  it('trend series cover every plan month, with gaps as null, never NaN', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-02', 150), snap('profit_margin', '2027-01', 40, 'joint')] }));
    const mqls = d.trends.find((t) => t.metric === 'mqls')!;
    expect(mqls.points).toEqual([{ period: '2027-01', value: null }, { period: '2027-02', value: 150 }, { period: '2027-03', value: null }]);
    expect(mqls.planned).toEqual([328, 328, 304]);
    expect(d.trends.find((t) => t.metric === 'profit_margin')!.planned).toBeNull();
    expect(d.trends.map((t) => t.metric)).toEqual(['mqls', 'profit_margin']);
    expect(nonFiniteNumbers(d)).toEqual([]);
  });
});

describe('actuals', () => {
  it('a metric outside the catalogue: first reporter wins, months add up, a bad period has none', async () => {
    const { createActuals } = await import('../../shared/planning/actuals');
    const a = createActuals([snap('custom:x', '2027-01', 5, 'sales'), snap('custom:x', '2027-01', 7), snap('custom:x', '2027-02', 1, 'sales')], []);
    expect(a.direct('custom:x', '2027-01')).toEqual({ value: 5, source: 'sales' });
    expect(a.forPeriod('custom:x', '2027-Q1')).toEqual({ value: 6, source: 'rollup' });
    expect(a.forPeriod('custom:x', 'junk')).toBeNull();
    expect(a.reports('custom:y', '2027-01')).toEqual([]);
  });
});
