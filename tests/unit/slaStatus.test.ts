import { describe, expect, it } from 'vitest';
import type { Sla } from '../../shared/domain/sla';
import { evaluateSla } from '../../shared/planning/slaStatus';

const sla = (fields: Partial<Sla>) =>
  ({ kind: 'metric', target: 100, comparator: 'atLeast', warningBand: 10, definition: '', reviewDate: null, ...fields }) as Sla;
const ended = { elapsed: 1, aggregation: 'sum' as const, today: '2027-02-01' };

describe('SLA status, at least', () => {
  it.each([
    [120, 'met'],
    [100, 'met'], // exactly on target
    [95, 'at_risk'], // inside the 10% band
    [90, 'at_risk'], // on the band's edge
    [89, 'breached'],
    [0, 'breached'],
  ])('%d against 100 in a finished period is %s', (actual, status) => expect(evaluateSla(sla({}), actual, ended).status).toBe(status));

  it('no data is never "met"', () => {
    expect(evaluateSla(sla({}), null, ended)).toMatchObject({ status: 'no_data', actual: null });
    expect(evaluateSla(sla({}), NaN, ended).status).toBe('no_data');
  });

  it('a period that has not started has no data, whatever was entered', () => {
    expect(evaluateSla(sla({}), 500, { ...ended, elapsed: 0 }).status).toBe('no_data');
  });

  it('while a period runs, volume targets are pro-rated and a shortfall is only at risk', () => {
    const half = { ...ended, elapsed: 0.5 };
    expect(evaluateSla(sla({}), 50, half)).toMatchObject({ status: 'met', effectiveTarget: 50 });
    expect(evaluateSla(sla({}), 46, half).status).toBe('at_risk');
    expect(evaluateSla(sla({}), 5, half)).toMatchObject({ status: 'at_risk', reason: expect.stringMatching(/time left/) });
  });

  it('rates are not pro-rated while the period runs', () => {
    const running = { elapsed: 0.5, aggregation: 'mean' as const, today: '2027-02-01' };
    expect(evaluateSla(sla({ target: 95 }), 60, running)).toMatchObject({ status: 'at_risk', effectiveTarget: 95 });
    expect(evaluateSla(sla({ target: 95 }), 60, { ...running, elapsed: 1 }).status).toBe('breached');
  });
});

describe('SLA status, at most', () => {
  const speed = sla({ comparator: 'atMost', target: 24, warningBand: 25 });
  const mean = { elapsed: 1, aggregation: 'mean' as const, today: '2027-02-01' };
  it.each([
    [4, 'met'],
    [24, 'met'],
    [30, 'at_risk'],
    [31, 'breached'],
  ])('median %d h against at most 24 h is %s', (actual, status) => expect(evaluateSla(speed, actual, mean).status).toBe(status));

  it('an "at most" volume over its band is breached even before the period ends', () => {
    expect(evaluateSla(sla({ comparator: 'atMost', target: 10, warningBand: 0 }), 11, { ...ended, elapsed: 0.3 }).status).toBe('breached');
  });

  it('a target of zero: zero is met, anything more is breached', () => {
    expect(evaluateSla(sla({ comparator: 'atMost', target: 0 }), 0, ended).status).toBe('met');
    expect(evaluateSla(sla({ comparator: 'atMost', target: 0 }), 1, ended).status).toBe('breached');
  });
});

describe('agreement SLAs (lead-scoring definition)', () => {
  const agreement = (fields: Partial<Sla>) => sla({ kind: 'agreement', definition: 'MQL = score ≥ 60', ...fields });
  it('no definition: no data', () => expect(evaluateSla(agreement({ definition: ' ' }), null, ended).status).toBe('no_data'));
  it('no review date: at risk', () => expect(evaluateSla(agreement({}), null, ended).status).toBe('at_risk'));
  it('review overdue: breached', () => expect(evaluateSla(agreement({ reviewDate: '2027-01-15' }), null, ended)).toMatchObject({ status: 'breached', reason: expect.stringMatching(/17 days overdue/) }));
  it('review within two weeks: at risk', () => expect(evaluateSla(agreement({ reviewDate: '2027-02-10' }), null, ended).status).toBe('at_risk'));
  it('review later: met', () => expect(evaluateSla(agreement({ reviewDate: '2027-04-01' }), null, ended).status).toBe('met'));
});
