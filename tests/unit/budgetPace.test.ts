import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../shared/domain/budget';
import { budgetTotals } from '../../shared/planning/budget';
import { budgetBy } from '../../shared/planning/budgetBreakdown';
import { budgetCard, spendPace } from '../../shared/planning/budgetPace';
import { buildDashboard } from '../../shared/planning/dashboard';
import { input } from './dashboardFixtures';

let n = 0;
const line = (over: Partial<BudgetLine>): BudgetLine => ({
  id: `l${++n}`, planId: 'p', name: 'L', channel: 'Events', team: 'marketing', month: '2027-01', planned: 0, committed: 0, actual: 0, expectedMqls: 0, expectedPipeline: 0, notes: '', rank: 'a0', revision: 1, createdAt: '', updatedAt: '', ...over,
});
// FY2027 Q1 on Feb 15: January is over, February half gone (14 of 28 days), March not begun.
const FEB_15 = new Date('2027-02-15T00:00:00Z');
const MONTHS = ['2027-01', '2027-02', '2027-03'];
const lines = [
  line({ month: '2027-01', channel: 'Paid media', planned: 40_000, committed: 40_000, actual: 38_000 }),
  line({ month: '2027-02', channel: 'Events', team: 'joint', planned: 60_000, committed: 50_000, actual: 20_000 }),
  line({ month: '2027-03', channel: 'Paid media', team: 'sales', planned: 20_000, committed: 5_000 }),
];

describe('spend pace', () => {
  it('is on pace within 10% of what is due by today, ahead or behind beyond it', () => {
    expect(spendPace(100, 100)).toEqual({ status: 'on_pace', percent: 0 });
    expect(spendPace(110, 100)).toEqual({ status: 'on_pace', percent: 10 });
    expect(spendPace(111, 100)).toEqual({ status: 'ahead', percent: 11 });
    expect(spendPace(89, 100)).toEqual({ status: 'behind', percent: 11 });
    expect(spendPace(0, 100)).toEqual({ status: 'behind', percent: 100 });
  });

  it('has no percent before anything is due: money out early is ahead, none is nothing to say', () => {
    expect(spendPace(0, 0)).toEqual({ status: 'none', percent: null });
    expect(spendPace(5, 0)).toEqual({ status: 'ahead', percent: null });
  });
});

describe('the budget card', () => {
  it('paces each month\'s planned spend through that month, as the target cards pace targets', () => {
    const c = budgetCard(lines, 150_000, MONTHS, FEB_15);
    expect(c).toMatchObject({ planLineCount: 3, lineCount: 3, planned: 120_000, committed: 95_000, actual: 58_000, plannedStarted: 100_000, paced: 70_000 });
    expect(c.pace).toEqual({ status: 'behind', percent: 17 });
    expect(c).toMatchObject({ cap: 150_000, planPlanned: 120_000, overCap: 0 });
  });

  it('says the same Planned, Committed and Actual as the board\'s totals, and the same over-cap figure', () => {
    const c = budgetCard(lines, 100_000, MONTHS, FEB_15);
    const board = budgetTotals(lines, 100_000, 25);
    expect([c.planned, c.committed, c.actual, c.overCap]).toEqual([board.planned, board.committed, board.actual, board.overCap]);
    expect(c.overCap).toBe(20_000);
  });

  it('for one month counts that month\'s lines, while the cap stays the whole plan\'s', () => {
    const feb = budgetCard(lines, 100_000, ['2027-02'], FEB_15);
    expect(feb).toMatchObject({ planLineCount: 3, lineCount: 1, planned: 60_000, plannedStarted: 60_000, paced: 30_000, actual: 20_000, planPlanned: 120_000, overCap: 20_000 });
    expect(budgetCard(lines, null, ['2027-03'], FEB_15)).toMatchObject({ planned: 20_000, plannedStarted: 0, paced: 0, pace: { status: 'none' }, cap: null, overCap: null });
  });

  it('rounds what is due by today up to a whole unit, never a unit more from float dust', () => {
    // 1/3 of January's 100 on Jan 11 is 33.33…: due 34. 0.1 + 0.2 planned over whole months is due 1, not 0.30000000000000004 → 2.
    expect(budgetCard([line({ planned: 100 })], null, MONTHS, new Date('2027-01-11T08:00:00Z')).paced).toBe(34);
    expect(budgetCard([line({ planned: 0.1 }), line({ planned: 0.2 })], null, MONTHS, FEB_15).paced).toBe(1);
    expect(budgetCard([line({ planned: 3_333.33 }), line({ planned: 6_666.67 })], null, MONTHS, FEB_15).paced).toBe(10_000);
  });

  it('is empty, not NaN, without lines', () => {
    expect(budgetCard([], 50_000, MONTHS, FEB_15)).toEqual({
      planLineCount: 0, lineCount: 0, planned: 0, committed: 0, actual: 0, plannedStarted: 0, paced: 0, pace: { status: 'none', percent: null }, cap: 50_000, planPlanned: 0, overCap: 0,
    });
  });

  it('is part of the dashboard model for the selection, at the dashboard\'s "today"', () => {
    const all = buildDashboard(input({ budget: { lines, cap: 100_000 } }));
    expect(all.budget).toEqual(budgetCard(lines, 100_000, MONTHS, FEB_15));
    expect(buildDashboard(input({ budget: { lines, cap: 100_000 }, selection: '2027-01' })).budget).toMatchObject({ lineCount: 1, planned: 40_000, paced: 40_000, actual: 38_000 });
    // The budget changes nothing in the alignment score.
    expect(all.alignment).toEqual(buildDashboard(input({})).alignment);
  });
});

describe('the budget grouped for charts', () => {
  it('by channel: largest planned first, then by name, the groups adding up to the totals', () => {
    const groups = budgetBy(lines, 'channel');
    expect(groups).toEqual([
      { key: 'Events', lineCount: 1, planned: 60_000, committed: 50_000, actual: 20_000 },
      { key: 'Paid media', lineCount: 2, planned: 60_000, committed: 45_000, actual: 38_000 },
    ]);
    expect(groups.reduce((s, g) => s + g.committed, 0)).toBe(budgetTotals(lines, null, 25).committed);
    expect(budgetBy([...lines, line({ channel: 'Paid media', planned: 1 }), line({ channel: 'Zines', planned: 70_000 })], 'channel').map((g) => g.key)).toEqual(['Zines', 'Paid media', 'Events']);
  });

  it('by team or month: every key in its order, empty ones included, strays left out', () => {
    expect(budgetBy(lines, 'team', ['marketing', 'sales', 'joint']).map((g) => [g.key, g.planned])).toEqual([['marketing', 40_000], ['sales', 20_000], ['joint', 60_000]]);
    expect(budgetBy([...lines, line({ month: '2027-07', planned: 9 })], 'month', ['2027-01', '2027-02', '2027-03', '2027-04']).map((g) => [g.key, g.planned, g.lineCount])).toEqual([
      ['2027-01', 40_000, 1], ['2027-02', 60_000, 1], ['2027-03', 20_000, 1], ['2027-04', 0, 0],
    ]);
    expect(budgetBy([], 'channel')).toEqual([]);
  });
});
