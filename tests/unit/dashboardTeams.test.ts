import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../shared/planning/dashboard';
import { MAX_DIFFERENCES } from '../../shared/planning/teamViews';
import { card, input, snap } from './dashboardFixtures';

describe('both teams\' numbers on the dashboard', () => {
  // Seed 002's point: the two teams see the same funnel differently; the dashboard shows both and the gap.
  it('shows both teams\' numbers and the gap where they differ', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 392), snap('mqls', '2027-01', 371, 'sales'), snap('sqls', '2027-01', 80, 'sales'), snap('sqls', '2027-01', 80, 'marketing'), snap('mqls', '2027-02', 100)] }));
    expect(card(d, 'mqls').actual).toBe(492);
    // Sales reported January only: the teams are compared over the months both reported.
    expect(card(d, 'mqls').byTeam).toEqual({ months: ['2027-01'], values: [{ team: 'marketing', value: 392 }, { team: 'sales', value: 371 }], gap: 21 });
    expect(card(d, 'sqls').byTeam).toBeNull(); // the same number from both: nothing to show
    const both = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 392), snap('mqls', '2027-01', 371, 'sales'), snap('mqls', '2027-02', 100), snap('mqls', '2027-02', 90, 'sales')] }));
    expect(card(both, 'mqls').byTeam).toEqual({ months: ['2027-01', '2027-02'], values: [{ team: 'marketing', value: 492 }, { team: 'sales', value: 461 }], gap: 31 });
    expect(d.differences).toEqual([{ metric: 'mqls', label: 'MQLs', unit: 'count', period: '2027-01', periodLabel: 'Jan 2027', values: [{ team: 'marketing', value: 392 }, { team: 'sales', value: 371 }], gap: 21 }]);
    const feb = buildDashboard(input({ selection: '2027-02', snapshots: [snap('mqls', '2027-01', 392), snap('mqls', '2027-01', 371, 'sales')] }));
    expect(feb.differences).toEqual([]);
  });

  it('differences cover the weeks and quarters of the selection too', () => {
    const d = buildDashboard(input({ now: new Date('2027-04-02T00:00:00Z'), snapshots: [snap('median_follow_up_hours', '2027-W03', 20, 'sales'), snap('median_follow_up_hours', '2027-W03', 30, 'marketing'), snap('win_rate', '2027-Q1', 25, 'sales'), snap('win_rate', '2027-Q1', 22, 'joint')] }));
    // Largest relative gap first: 10 of 30 hours (33%) before 3 of 25 points (12%).
    expect(d.differences.map((x) => [x.metric, x.period, x.gap])).toEqual([['median_follow_up_hours', '2027-W03', 10], ['win_rate', '2027-Q1', 3]]);
    expect(d.differencesTotal).toBe(2);
    const jan = buildDashboard(input({ now: new Date('2027-04-02T00:00:00Z'), selection: '2027-02', snapshots: [snap('median_follow_up_hours', '2027-W03', 20, 'sales'), snap('median_follow_up_hours', '2027-W03', 30, 'marketing')] }));
    expect(jan.differences).toEqual([]);
  });

  it('lists only the largest differences, ties in catalogue and period order, and counts them all', () => {
    const months = ['2027-01', '2027-02', '2027-03'];
    const snapshots = months.flatMap((m, i) => [
      snap('mqls', m, 100), snap('mqls', m, 100 - i, 'sales'), // gaps of 0, 1, 2 in 100
      snap('sqls', m, 50, 'sales'), snap('sqls', m, 49, 'marketing'), // 1 in 50 each month
    ]);
    const d = buildDashboard(input({ now: new Date('2027-04-02T00:00:00Z'), snapshots }));
    expect(d.differencesTotal).toBe(5);
    expect(d.differences.map((x) => `${x.metric} ${x.period}`)).toEqual(['mqls 2027-03', 'sqls 2027-01', 'sqls 2027-02', 'sqls 2027-03', 'mqls 2027-02']);
    const many = Array.from({ length: 30 }, (_, i) => [snap('sqls', `2027-W${String(i + 1).padStart(2, '0')}`, 10, 'sales'), snap('sqls', `2027-W${String(i + 1).padStart(2, '0')}`, 11 + i, 'marketing')]).flat();
    const capped = buildDashboard(input({ now: new Date('2027-12-31T00:00:00Z'), fiscalPeriod: 'FY2027', snapshots: many }));
    expect(capped.differencesTotal).toBe(30);
    expect(capped.differences).toHaveLength(MAX_DIFFERENCES);
    expect(capped.differences[0]!.period).toBe('2027-W30');
  });

  it('differences of a month selection leave out the quarter and other months', () => {
    const d = buildDashboard(input({ selection: '2027-01', snapshots: [snap('win_rate', '2027-Q1', 25, 'sales'), snap('win_rate', '2027-Q1', 22, 'joint'), snap('sqls', '2027-02', 10, 'sales'), snap('sqls', '2027-02', 12)] }));
    expect(d.differences).toEqual([]);
  });

  it('lists a team\'s numbers in team order, whichever was entered first', () => {
    const d = buildDashboard(input({ snapshots: [snap('sqls', '2027-01', 80, 'sales'), snap('sqls', '2027-01', 95, 'marketing')] }));
    expect(d.differences[0]!.values.map((v) => v.team)).toEqual(['marketing', 'sales']);
    expect(card(d, 'sqls').byTeam!.values.map((v) => v.team)).toEqual(['marketing', 'sales']);
  });

  it('teams that reported different months are not compared on the card', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 300), snap('mqls', '2027-02', 250, 'sales')] }));
    expect(card(d, 'mqls').byTeam).toBeNull();
  });
});
