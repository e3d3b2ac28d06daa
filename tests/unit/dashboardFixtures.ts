// Builders shared by the dashboard model's tests.
import type { KpiSnapshot } from '../../shared/domain/kpi';
import { STANDARD_METRICS } from '../../shared/domain/metrics';
import type { Sla } from '../../shared/domain/sla';
import { buildDashboard } from '../../shared/planning/dashboard';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';

let n = 0;
export const snap = (metric: string, period: string, value: number, team: KpiSnapshot['team'] = 'marketing'): KpiSnapshot => ({
  id: `s${++n}`, planId: 'p', metric, period, team, value, note: '', revision: 1, createdAt: '', updatedAt: '',
});
export const sla = (fields: Partial<Sla>): Sla => ({
  id: `sla${++n}`, planId: 'p', name: 'MQLs', kind: 'metric', committingTeam: 'marketing', receivingTeam: 'sales', metric: 'mqls', target: 300,
  comparator: 'atLeast', period: 'month', warningBand: 10, owner: 'Hannah', notes: '', definition: '', reviewDate: null, templateKey: null,
  planFigure: null, followsPlan: false, revision: 1, createdAt: '', updatedAt: '', ...fields,
});
export const input = (over: Partial<Parameters<typeof buildDashboard>[0]>) => ({
  fiscalPeriod: 'FY2027 Q1', assumptions: DEFAULT_ASSUMPTIONS, slas: [], snapshots: [], metrics: STANDARD_METRICS, selection: 'all', now: new Date('2027-02-15T00:00:00Z'), currency: 'USD', budget: { lines: [], cap: null }, ...over,
});
export const card = (d: ReturnType<typeof buildDashboard>, metric: string) => d.targets.find((t) => t.metric === metric)!;

/** Paths of every NaN or ±Infinity in a value (JSON.stringify would hide them as null). */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}
