import { describe, expect, it } from 'vitest';
import { elapsedFraction, fiscalQuarterOf, hasStarted, isInPlan, isoDay, monthsOfQuarter, nextFiscalQuarter, parsePeriod, periodLabel, planPeriods, planRange, quarterOf, shiftMonth, weekKey } from '../../shared/planning/periods';

describe('periods', () => {
  it('labels years below 100 as written, not as 19xx', () => {
    expect(periodLabel('0001-01')).toBe('Jan 1');
    expect(periodLabel('0099-12')).toBe('Dec 99');
    expect(parsePeriod('0000-01')!.start.getUTCFullYear()).toBe(0);
    expect(parsePeriod('2027-01')!.start.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

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

  it('knows where quarters, months and weeks start and end (UTC)', () => {
    const q = parsePeriod('2027-Q2')!;
    expect([q.granularity, q.start.toISOString(), q.end.toISOString()]).toEqual(['quarter', '2027-04-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z']);
    const m = parsePeriod('2027-12')!;
    expect([m.granularity, m.start.toISOString(), m.end.toISOString()]).toEqual(['month', '2027-12-01T00:00:00.000Z', '2028-01-01T00:00:00.000Z']);
    const w = parsePeriod('2027-W01')!;
    expect([w.granularity, w.start.toISOString(), w.end.toISOString()]).toEqual(['week', '2027-01-04T00:00:00.000Z', '2027-01-11T00:00:00.000Z']);
    expect(planRange('FY2027 Q3')).toMatchObject({ start: new Date('2027-07-01T00:00:00Z'), end: new Date('2027-10-01T00:00:00Z') });
    expect(planRange('FY2027')).toMatchObject({ start: new Date('2027-01-01T00:00:00Z'), end: new Date('2028-01-01T00:00:00Z') });
    expect(() => planRange('2027')).toThrow('not a fiscal period: 2027');
    expect(parsePeriod('2027-W00')).toBeNull();
    for (const junk of ['x2027-01', '2027-01x', 'x2027-Q1', '2027-Q1x', 'x2027-W05', '2027-W05x']) expect(parsePeriod(junk), junk).toBeNull();
    expect(periodLabel('junk')).toBe('junk');
    expect(parsePeriod('2027-Q5')).toBeNull();
    expect(parsePeriod('2027-00')).toBeNull();
  });

  it('weeks in a plan are those whose Monday falls in it', () => {
    expect(planPeriods('FY2026 Q4', 'week')[0]).toBe('2026-W41'); // Oct 1 2026 is a Thursday; Monday Oct 5 starts W41
    expect(planPeriods('FY2026 Q4', 'week').at(-1)).toBe('2026-W53'); // Monday Dec 28
    expect(planPeriods('FY2027 Q1', 'week')).toHaveLength(13);
    // FY2028 Q4 ends as 1 Jan 2029, a Monday, begins: that week belongs to the next plan.
    expect(planPeriods('FY2028 Q4', 'week').at(-1)).toBe('2028-W52');
  });

  it('moves between months and quarters', () => {
    expect(shiftMonth('2027-01', -2)).toBe('2026-11');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthsOfQuarter('2027-Q4')).toEqual(['2027-10', '2027-11', '2027-12']);
    expect(['2027-01', '2027-03', '2027-04', '2027-12'].map(quarterOf)).toEqual(['2027-Q1', '2027-Q1', '2027-Q2', '2027-Q4']);
  });

  // One time zone for every "which quarter is it": UTC. A local-time quarter was a day off near midnight.
  it('names the current and the next quarter in UTC', () => {
    expect(fiscalQuarterOf(new Date('2026-12-31T23:30:00Z'))).toBe('FY2026 Q4');
    expect(fiscalQuarterOf(new Date('2027-01-01T00:00:00Z'))).toBe('FY2027 Q1');
    expect(nextFiscalQuarter(new Date('2026-11-23T12:00:00Z'))).toBe('FY2027 Q1');
    expect(nextFiscalQuarter(new Date('2027-01-01T00:30:00Z'))).toBe('FY2027 Q2');
    expect(nextFiscalQuarter(new Date('2027-09-30T23:59:00Z'))).toBe('FY2027 Q4');
  });

  it('says whether a period has started', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(['2026-11', '2026-Q4', '2026-W48', '2026-12', '2027-01', '2026-W49', 'junk'].map((p) => hasStarted(p, now))).toEqual([true, true, true, false, false, false, false]);
    expect(hasStarted('2026-12', new Date('2026-12-01T00:00:00Z'))).toBe(true);
    expect(isoDay(now)).toBe('2026-11-23');
  });
});
