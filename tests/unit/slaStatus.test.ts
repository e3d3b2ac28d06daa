import { describe, expect, it } from 'vitest';
import type { Sla } from '../../shared/domain/sla';
import { evaluateSla } from '../../shared/planning/slaStatus';

const sla = (fields: Partial<Sla>) =>
  ({ kind: 'metric', target: 100, comparator: 'atLeast', warningBand: 10, definition: '', reviewDate: null, ...fields }) as Sla;
const ended = { elapsed: 1, aggregation: 'sum' as const, today: '2027-02-01' };

describe('SLA status, at least', () => {
  it.each([
    [120, 'met', '120 against 100: met.'],
    [100, 'met', '100 against 100: met.'], // exactly on target
    [95, 'at_risk', '95 against 100: short, but within the 10% warning band.'],
    [90, 'at_risk', '90 against 100: short, but within the 10% warning band.'], // on the band's edge
    [89, 'breached', '89 against 100: missed by more than the 10% band.'],
    [0, 'breached', '0 against 100: missed by more than the 10% band.'],
  ])('%d against 100 in a finished period is %s', (actual, status, reason) => {
    expect(evaluateSla(sla({}), actual, ended)).toEqual({ status, target: 100, dueByToday: null, actual, reason });
  });

  it('no data is never "met"', () => {
    expect(evaluateSla(sla({}), null, ended)).toEqual({ status: 'no_data', target: 100, dueByToday: null, actual: null, reason: 'No KPI snapshot for this period yet.' });
    expect(evaluateSla(sla({}), NaN, ended).status).toBe('no_data');
    expect(evaluateSla(sla({ target: null }), 5, ended).status).toBe('no_data');
  });

  it('a period that has not started has no data, whatever was entered', () => {
    expect(evaluateSla(sla({}), 500, { ...ended, elapsed: 0 })).toEqual({ status: 'no_data', target: 100, dueByToday: null, actual: null, reason: 'The period has not started.' });
  });

  it('while a period runs, volume targets are pro-rated ("due by today") and a shortfall is only at risk', () => {
    const half = { ...ended, elapsed: 0.5 };
    expect(evaluateSla(sla({}), 50, half)).toEqual({ status: 'met', target: 100, dueByToday: 50, actual: 50, reason: '50 against 50 due by today (of 100): met.' });
    expect(evaluateSla(sla({}), 46, half).status).toBe('at_risk');
    expect(evaluateSla(sla({}), 5, half)).toMatchObject({ status: 'at_risk', reason: '5 against 50 due by today (of 100): behind, with time left to recover.' });
    expect(evaluateSla(sla({ target: 7 }), 3, { ...ended, elapsed: 0.5 }).reason).toBe('3 against 3.5 due by today (of 7): behind, with time left to recover.');
  });

  it('counts due by today are whole, and the reason reads in the metric\'s unit', () => {
    const counts = { ...ended, elapsed: 0.2243, whole: true };
    // 1000 × 0.2243 = 224.3 MQLs due: 225, so 224 is short and 225 is met.
    expect(evaluateSla(sla({ target: 1000 }), 224, counts)).toMatchObject({ status: 'at_risk', dueByToday: 225, reason: '224 against 225 due by today (of 1000): short, but within the 10% warning band.' });
    expect(evaluateSla(sla({ target: 1000 }), 225, counts).status).toBe('met');
    expect(evaluateSla(sla({ target: 100 }), 50, { ...ended, elapsed: 0.5, whole: true }).dueByToday).toBe(50); // no extra one from float error
    const money = { ...ended, elapsed: 0.5, format: (n: number) => `$${n.toLocaleString('en-US')}` };
    expect(evaluateSla(sla({ target: 3_000_000 }), 1_020_000.5, money).reason).toBe('$1,020,000.5 against $1,500,000 due by today (of $3,000,000): behind, with time left to recover.');
  });

  it('rates are not pro-rated while the period runs', () => {
    const running = { elapsed: 0.5, aggregation: 'mean' as const, today: '2027-02-01' };
    expect(evaluateSla(sla({ target: 95 }), 60, running)).toMatchObject({ status: 'at_risk', target: 95, dueByToday: null, reason: '60 against 95: behind, with time left to recover.' });
    expect(evaluateSla(sla({ target: 95 }), 60, { ...running, elapsed: 1 }).status).toBe('breached');
  });

  it('a negative band counts as none', () => expect(evaluateSla(sla({ warningBand: -20 }), 99, ended).status).toBe('breached'));
});

describe('SLA status, at most', () => {
  const speed = sla({ comparator: 'atMost', target: 24, warningBand: 25 });
  const mean = { elapsed: 1, aggregation: 'mean' as const, today: '2027-02-01' };
  it.each([
    [4, 'met', '4 against 24: met.'],
    [24, 'met', '24 against 24: met.'],
    [30, 'at_risk', '30 against 24: over, but within the 25% warning band.'],
    [31, 'breached', '31 against 24: over by more than the 25% band.'],
  ])('median %d h against at most 24 h is %s', (actual, status, reason) => expect(evaluateSla(speed, actual, mean)).toEqual({ status, target: 24, dueByToday: null, actual, reason }));

  it('mid-period, a rate over its band is at risk: it can still come down', () => {
    expect(evaluateSla(speed, 40, { ...mean, elapsed: 0.4 })).toMatchObject({ status: 'at_risk', reason: '40 against 24: over, with time left to recover.' });
    expect(evaluateSla(speed, 10, { ...mean, elapsed: 0.4 })).toMatchObject({ status: 'met', dueByToday: null });
  });

  it('an "at most" volume over its band is breached even before the period ends: it can only grow', () => {
    expect(evaluateSla(sla({ comparator: 'atMost', target: 10, warningBand: 0 }), 11, { ...ended, elapsed: 0.3 })).toMatchObject({ status: 'breached', dueByToday: null });
  });

  it('a target of zero: zero is met, anything more is breached', () => {
    expect(evaluateSla(sla({ comparator: 'atMost', target: 0 }), 0, ended).status).toBe('met');
    expect(evaluateSla(sla({ comparator: 'atMost', target: 0 }), 1, ended).status).toBe('breached');
  });
});

describe('agreement SLAs (lead-scoring definition)', () => {
  const agreement = (fields: Partial<Sla>) => sla({ kind: 'agreement', definition: 'MQL = score ≥ 60', ...fields });
  const none = { target: null, dueByToday: null, actual: null };
  it('no definition: no data', () => expect(evaluateSla(agreement({ definition: ' ' }), null, ended)).toEqual({ ...none, status: 'no_data', reason: 'No agreed definition is written down yet.' }));
  it('no review date: at risk', () => expect(evaluateSla(agreement({}), null, ended)).toEqual({ ...none, status: 'at_risk', reason: 'Definition agreed, but no review date is set.' }));
  it('review overdue: breached', () => expect(evaluateSla(agreement({ reviewDate: '2027-01-15' }), null, ended)).toEqual({ ...none, status: 'breached', reason: 'Review was due 2027-01-15 and is 17 days overdue.' }));
  it('review a day overdue: breached', () => expect(evaluateSla(agreement({ reviewDate: '2027-01-31' }), null, ended).status).toBe('breached'));
  it('review due today: at risk, not overdue', () => expect(evaluateSla(agreement({ reviewDate: '2027-02-01' }), null, ended)).toEqual({ ...none, status: 'at_risk', reason: 'Review due in 0 days (2027-02-01).' }));
  it('review exactly 14 days out: at risk', () => expect(evaluateSla(agreement({ reviewDate: '2027-02-15' }), null, ended).status).toBe('at_risk'));
  it('review 15 days out: met', () => expect(evaluateSla(agreement({ reviewDate: '2027-02-16' }), null, ended)).toEqual({ ...none, status: 'met', reason: 'Definition agreed; next review 2027-02-16.' }));
  it('an agreement ignores any actual and elapsed time', () => expect(evaluateSla(agreement({ reviewDate: '2027-04-01' }), 5, { ...ended, elapsed: 0 }).status).toBe('met'));
});
