import { describe, expect, it } from 'vitest';
import { elapsedFraction, isInPlan, parsePeriod, periodLabel, planPeriods, planRange, weekKey } from '../../shared/planning/periods';

describe('periods', () => {
  it('lists a quarter plan and a year plan', () => {
    expect(planRange('FY2026 Q4').months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(planRange('FY2027').months).toHaveLength(12);
    expect(planPeriods('FY2027', 'quarter')).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
  });

  it('knows ISO weeks, including week 53 only where it exists', () => {
    expect(weekKey(new Date(Date.UTC(2027, 0, 1)))).toBe('2026-W53');
    expect(parsePeriod('2026-W53')).not.toBeNull();
    expect(parsePeriod('2027-W53')).toBeNull();
    expect(planPeriods('FY2027 Q1', 'week')[0]).toBe('2027-W01');
  });

  it('tells which periods are in a plan', () => {
    expect(isInPlan('2027-02', 'FY2027 Q1')).toBe(true);
    expect(isInPlan('2027-Q1', 'FY2027 Q1')).toBe(true);
    expect(isInPlan('2027-04', 'FY2027 Q1')).toBe(false);
    expect(isInPlan('2027-13', 'FY2027 Q1')).toBe(false);
    expect(isInPlan('Jan 2027', 'FY2027 Q1')).toBe(false);
  });

  it('measures elapsed time within [0, 1]', () => {
    const jan = parsePeriod('2027-01')!;
    expect(elapsedFraction(jan, new Date(Date.UTC(2026, 11, 1)))).toBe(0);
    expect(elapsedFraction(jan, new Date(Date.UTC(2027, 0, 16, 12)))).toBeCloseTo(0.5, 2);
    expect(elapsedFraction(jan, new Date(Date.UTC(2027, 5, 1)))).toBe(1);
  });

  it('labels periods for people', () => {
    expect(periodLabel('2027-01')).toBe('Jan 2027');
    expect(periodLabel('2027-Q2')).toBe('Q2 2027');
    expect(periodLabel('2027-W03')).toBe('Week 3, 2027 (from Jan 18)');
  });
});
