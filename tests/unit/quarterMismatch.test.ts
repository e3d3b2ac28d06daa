import { describe, expect, it } from 'vitest';
import { STANDARD_METRICS, metricByKey } from '../../shared/domain/metrics';
import { createActuals } from '../../shared/planning/actuals';
import { describeMismatch, quarterMismatch, quarterOfReport } from '../../shared/planning/quarterMismatch';

const snap = (metric: string, period: string, value: number, team: 'marketing' | 'sales' | 'joint' = 'marketing') => ({ metric, period, value, team, note: '' });
const mqls = metricByKey(STANDARD_METRICS, 'mqls')!;
const rate = metricByKey(STANDARD_METRICS, 'mql_to_sql_rate')!;

describe('a quarter reported twice', () => {
  it('compares the counted figures: each period\'s system-of-record figure, else whoever reported it', () => {
    const actuals = createActuals([snap('mqls', '2027-Q1', 500), snap('mqls', '2027-01', 415), snap('mqls', '2027-03', 85), snap('mqls', '2027-Q1', 10, 'sales'), snap('mqls', '2027-02', 9, 'sales')], STANDARD_METRICS);
    expect(quarterMismatch(actuals, mqls, '2027-Q1')).toEqual({
      metric: 'mqls',
      quarter: '2027-Q1',
      reported: 500,
      months: [{ period: '2027-01', value: 415 }, { period: '2027-02', value: 9 }, { period: '2027-03', value: 85 }],
      monthsTotal: 509,
    });
    expect(quarterMismatch(actuals, mqls, '2027-Q2')).toBeNull();
  });

  it('months still to come are no conflict; months already past the quarter are', () => {
    const of = (...s: ReturnType<typeof snap>[]) => quarterMismatch(createActuals(s, STANDARD_METRICS), mqls, '2027-Q1');
    expect(of(snap('mqls', '2027-Q1', 5))).toBeNull(); // no months
    expect(of(snap('mqls', '2027-Q1', 500), snap('mqls', '2027-01', 415))).toBeNull(); // 415 so far
    expect(of(snap('mqls', '2027-Q1', 500), snap('mqls', '2027-01', 415), snap('mqls', '2027-02', 85))).toBeNull(); // 500 with March to come
    expect(of(snap('mqls', '2027-Q1', 500), snap('mqls', '2027-01', 415), snap('mqls', '2027-02', 86))).toMatchObject({ monthsTotal: 501 });
    expect(of(snap('mqls', '2027-Q1', 500), snap('mqls', '2027-01', 200), snap('mqls', '2027-02', 200), snap('mqls', '2027-03', 99))).toMatchObject({ monthsTotal: 499 });
    expect(of(snap('mqls', '2027-Q1', 500), snap('mqls', '2027-01', 200), snap('mqls', '2027-02', 200), snap('mqls', '2027-03', 100))).toBeNull();
  });

  it('leaves rates alone: a quarter\'s rate is not the sum, nor simply the mean, of its months', () => {
    // A January rate above the quarter's would be "past it" if rates were added up: they are not compared.
    const actuals = createActuals([snap('mql_to_sql_rate', '2027-Q1', 30, 'sales'), snap('mql_to_sql_rate', '2027-01', 40, 'sales')], STANDARD_METRICS);
    expect(quarterMismatch(actuals, rate, '2027-Q1')).toBeNull();
  });

  it('knows which quarter a report belongs to', () => {
    expect([quarterOfReport('2027-02'), quarterOfReport('2027-Q3'), quarterOfReport('2027-W05'), quarterOfReport('soon')]).toEqual(['2027-Q1', '2027-Q3', null, null]);
  });

  it('says what differs, in the unit given', () => {
    const m = { metric: 'mqls', quarter: '2027-Q1', reported: 500, months: [{ period: '2027-01', value: 415 }, { period: '2027-02', value: 402 }], monthsTotal: 817 };
    expect(describeMismatch(m, 'MQLs', String)).toBe("Q1 2027 MQLs: the quarter's own figure is 500, its months add up to 817 (Jan 2027 415 + Feb 2027 402). Quarter views count 500; each month counts its own.");
  });
});
