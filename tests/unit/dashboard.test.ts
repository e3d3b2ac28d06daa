import { describe, expect, it } from 'vitest';
import type { KpiSnapshot } from '../../shared/domain/kpi';
import { STANDARD_METRICS } from '../../shared/domain/metrics';
import type { Sla } from '../../shared/domain/sla';
import { buildDashboard } from '../../shared/planning/dashboard';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';

let n = 0;
const snap = (metric: string, period: string, value: number, team: KpiSnapshot['team'] = 'marketing'): KpiSnapshot => ({
  id: `s${++n}`, planId: 'p', metric, period, team, value, note: '', revision: 1, createdAt: '', updatedAt: '',
});
const sla = (fields: Partial<Sla>): Sla => ({
  id: `sla${++n}`, planId: 'p', name: 'MQLs', kind: 'metric', committingTeam: 'marketing', receivingTeam: 'sales', metric: 'mqls', target: 300,
  comparator: 'atLeast', period: 'month', warningBand: 10, owner: 'Hannah', notes: '', definition: '', reviewDate: null, templateKey: null,
  revision: 1, createdAt: '', updatedAt: '', ...fields,
});
const input = (over: Partial<Parameters<typeof buildDashboard>[0]>) => ({
  fiscalPeriod: 'FY2027 Q1', assumptions: DEFAULT_ASSUMPTIONS, slas: [], snapshots: [], metrics: STANDARD_METRICS, selection: 'all', now: new Date('2027-02-15T00:00:00Z'), ...over,
});

/** Paths of every NaN or ±Infinity in a value (JSON.stringify would hide them as null). */
function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}

describe('dashboard model', () => {
  it('paces targets to today: all of January and half of February are due', () => {
    const d = buildDashboard(input({}));
    const mqls = d.targets.find((t) => t.metric === 'mqls')!;
    expect(mqls.planned).toBe(960);
    expect(mqls.paced).toBeCloseTo(328 + 328 * (14 / 28), 5);
    expect(mqls.actual).toBeNull();
  });

  it('rolls months up into the quarter, and prefers the metric owner\'s number when both teams report', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 300), snap('mqls', '2027-01', 250, 'sales'), snap('mqls', '2027-02', 100)] }));
    expect(d.targets.find((t) => t.metric === 'mqls')!.actual).toBe(400);
    expect(d.funnel[0]).toEqual({ stage: 'MQLs', planned: 960, actual: 400 });
  });

  it('a quarter-level snapshot wins over its months', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-01', 300), snap('mqls', '2027-Q1', 900)] }));
    expect(d.targets.find((t) => t.metric === 'mqls')!.actual).toBe(900);
  });

  it('scores each SLA in the period in progress and keeps the history of earlier ones', () => {
    const d = buildDashboard(input({ slas: [sla({})], snapshots: [snap('mqls', '2027-01', 200), snap('mqls', '2027-02', 150)] }));
    const row = d.scorecard[0]!;
    expect(row.period).toBe('2027-02');
    expect(row.evaluation).toMatchObject({ status: 'met', actual: 150, effectiveTarget: 150 });
    expect(row.history.map((h) => [h.period, h.status])).toEqual([['2027-01', 'breached'], ['2027-02', 'met']]);
  });

  it('a month selection judges that month only', () => {
    const d = buildDashboard(input({ selection: '2027-01', slas: [sla({})], snapshots: [snap('mqls', '2027-01', 200)] }));
    expect(d.selectionLabel).toBe('Jan 2027');
    expect(d.elapsed).toBe(1);
    expect(d.scorecard[0]!.evaluation.status).toBe('breached');
  });

  it('before the plan starts, nothing is due and nothing is judged', () => {
    const d = buildDashboard(input({ now: new Date('2026-12-01T00:00:00Z'), slas: [sla({})] }));
    expect(d.elapsed).toBe(0);
    expect(d.targets.every((t) => t.paced === 0)).toBe(true);
    expect(d.scorecard[0]!.evaluation.status).toBe('no_data');
    expect(d.alignment.score).toBeNull();
  });

  it('trend series cover every plan month, with gaps as null, never NaN', () => {
    const d = buildDashboard(input({ snapshots: [snap('mqls', '2027-02', 150)] }));
    const mqls = d.trends.find((t) => t.metric === 'mqls')!;
    expect(mqls.points).toEqual([{ period: '2027-01', value: null }, { period: '2027-02', value: 150 }, { period: '2027-03', value: null }]);
    expect(mqls.planned).toEqual([328, 328, 304]);
    expect(nonFiniteNumbers(d)).toEqual([]);
  });
});
