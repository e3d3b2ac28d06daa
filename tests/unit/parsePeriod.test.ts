import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodText, periodKeyOf } from '../../shared/parse/period';
import { periodLabel, planPeriods } from '../../shared/planning/periods';

describe('period labels', () => {
  it.each([
    ['2027-01', '2027-01'],
    ['2027/1', '2027-01'],
    ['01/2027', '2027-01'],
    ['1-2027', '2027-01'],
    ['Jan 2027', '2027-01'],
    ['jan. 2027', '2027-01'],
    ['January 2027', '2027-01'],
    ['Sept 2027', '2027-09'],
    ['Dec-2027', '2027-12'],
    ['Mar, 2027', '2027-03'],
    ['2027-Q1', '2027-Q1'],
    ['Q1 2027', '2027-Q1'],
    ['q4-2026', '2026-Q4'],
    ['2027 Q2', '2027-Q2'],
    ['FY2027 Q3', '2027-Q3'],
    ['Q3 FY2027', '2027-Q3'],
    ['2027-W05', '2027-W05'],
    ['W05 2027', '2027-W05'],
    ['w5 2027', '2027-W05'],
    ['2027 W5', '2027-W05'],
    ['Week 5, 2027', '2027-W05'],
    ['Week 5 2027', '2027-W05'],
    ['Week 5, 2027 (from Feb 1)', '2027-W05'],
    ['  Jan   2027 ', '2027-01'],
    ['2027Q1', '2027-Q1'],
    ['Q12027', '2027-Q1'],
    ['FY 2027 Q1', '2027-Q1'],
    ['Q1 FY 2027', '2027-Q1'],
    ['2027W05', '2027-W05'],
    ['W5-2027', '2027-W05'],
    ['Week 5, 2027(from Feb 1)', '2027-W05'],
  ])('%j is %s', (raw, key) => expect(periodKeyOf(raw)).toBe(key));

  // Junk before or after a period is not a period: every form is anchored at both ends.
  const junk = ['x2027-01', '2027-01x', 'x01/2027', '01/2027x', 'in Jan 2027', 'Jan 2027 sales', 'xFY2027 Q1', '2027 Q1x', 'xQ1 2027', 'Q1 2027x', 'x2027-W05', '2027-W05x', 'xW05 2027', 'W05 2027x', 'xWeek 5, 2027', 'Week 5, 2027 (from Feb 1)x'];
  it.each(['', 'January', '2027-13', '13/2027', 'Q5 2027', '2027-W54', '2027-W53', 'Ja 2027', 'Janx 2027', 'Week 60, 2027', '2027', 'soon', ...junk])('%j is not a period', (raw) => {
    expect(periodKeyOf(raw)).toBeNull();
  });

  it('W53 exists only in years that have one (2026 starts on a Thursday; 2027 on a Friday)', () => {
    expect(periodKeyOf('W53 2026')).toBe('2026-W53');
    expect(periodKeyOf('W53 2027')).toBeNull();
  });

  it('refuses with a message naming the field; empty is no value', () => {
    expect(parsePeriodText('soon', 'Period')).toEqual({ ok: false, error: 'Period must be a period, like Jan 2027, 2027-01, Q1 2027 or W05 2027' });
    expect(parsePeriodText(' ', 'Period')).toEqual({ ok: true, value: null });
    expect(parsePeriodText('Q1 2027', 'Period')).toEqual({ ok: true, value: '2027-Q1' });
  });

  // Every label the app shows reads back to its key, and so does the key itself.
  it('what the app shows, it reads back', () => {
    const keys = fc.integer({ min: 2020, max: 2040 }).chain((year) =>
      fc.constantFrom(...planPeriods(`FY${year}`, 'month'), ...planPeriods(`FY${year}`, 'quarter'), ...planPeriods(`FY${year}`, 'week')),
    );
    fc.assert(fc.property(keys, (key) => {
      expect(periodKeyOf(periodLabel(key))).toBe(key);
      expect(periodKeyOf(key)).toBe(key);
    }));
  });
});
