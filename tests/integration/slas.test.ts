import { describe, expect, it } from 'vitest';
import { reverseFunnel, DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { SLA_TEMPLATES, templateByKey } from '../../shared/planning/slaTemplates';
import { expectRefused, testPlan } from './helpers';

const plan = () => testPlan();

describe('SLAs through the dispatcher', () => {
  it('every template builds an SLA the core accepts', async () => {
    const { core, planId } = await plan();
    const funnel = reverseFunnel(DEFAULT_ASSUMPTIONS, ['2027-01', '2027-02', '2027-03']);
    for (const t of SLA_TEMPLATES) {
      const sla = await core.must('slas.create', { planId, sla: t.build(funnel, '2027-01-05') });
      expect(sla.templateKey).toBe(t.key);
    }
    expect(await core.must('slas.list', { planId })).toHaveLength(SLA_TEMPLATES.length);
  });

  it('the MQL delivery template takes N from the target planner', () => {
    const funnel = reverseFunnel(DEFAULT_ASSUMPTIONS, ['2027-01', '2027-02', '2027-03']);
    // January needs 500k: 17 deals -> 68 opportunities -> 41 marketing-sourced -> 82 SQLs -> 328 MQLs,
    // the busiest month of the quarter (328, 328, 304).
    expect(funnel.months.map((m) => m.mqls)).toEqual([328, 328, 304]);
    expect(templateByKey('mql_delivery')!.build(funnel, '2027-01-05')).toMatchObject({ metric: 'mqls', target: 328, committingTeam: 'marketing', receivingTeam: 'sales' });
  });

  it('creates, updates and deletes an SLA', async () => {
    const { core, planId } = await plan();
    const sla = await core.must('slas.create', { planId, sla: { name: 'Speed to lead', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'median_follow_up_hours', target: 24, comparator: 'atMost', period: 'week' } });
    expect(sla).toMatchObject({ kind: 'metric', warningBand: 10, owner: '', reviewDate: null });
    const updated = await core.must('slas.update', { id: sla.id, patch: { target: 4, owner: 'Jordan Lee', notes: 'Demo requests' } });
    expect(updated).toMatchObject({ target: 4, owner: 'Jordan Lee', revision: 2 });
    expect(await core.must('slas.delete', { id: sla.id })).toEqual(updated);
    expect(await core.must('slas.list', { planId })).toEqual([]);
  });

  describe('errors leave the store unchanged', () => {
    const good = { name: 'MQLs', committingTeam: 'marketing' as const, receivingTeam: 'sales' as const, metric: 'mqls', target: 300 };
    it.each([
      ['negative target', { target: -1 }, 'sla.target'],
      ['unknown metric', { metric: 'vibes' }, 'sla.metric'],
      ['percent over 100', { metric: 'follow_up_coverage', target: 150 }, 'sla.target'],
      ['metric SLA without a metric', { metric: null }, 'sla.metric'],
      ['metric SLA without a target', { target: null }, 'sla.target'],
      ['same team on both sides', { receivingTeam: 'marketing' }, 'sla.receivingTeam'],
      ['warning band 150%', { warningBand: 150 }, 'sla.warningBand'],
      ['bad review date', { reviewDate: '2027-02-30' }, 'sla.reviewDate'],
      ['unknown period', { period: 'fortnight' }, 'sla.period'],
    ])('%s is VALIDATION on %s', async (_label, change, path) => {
      const { core, planId } = await plan();
      await expectRefused(core, 'slas.create', { planId, sla: { ...good, ...change } }, 'VALIDATION', path);
    });

    it('an update is checked as the SLA it would become', async () => {
      const { core, planId } = await plan();
      const sla = await core.must('slas.create', { planId, sla: good });
      const before = core.snapshot();
      expect(await core.dispatch('slas.update', { id: sla.id, patch: { receivingTeam: 'marketing' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'patch.receivingTeam' }] } } });
      expect(await core.dispatch('slas.update', { id: sla.id, patch: { metric: 'win_rate' } })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'patch.target', message: 'must be at most 100%' }] } } });
      expect(core.snapshot()).toEqual(before);
    });

    it('unknown ids are NOT_FOUND', async () => {
      const { core } = await plan();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(await core.dispatch('slas.create', { planId: missing, sla: good })).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('slas.update', { id: missing, patch: { target: 1 } })).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(await core.dispatch('slas.delete', { id: missing })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });
  });
});

describe('custom metrics', () => {
  it('are added to the plan catalogue and usable in SLAs and snapshots', async () => {
    const { core, planId } = await plan();
    const metric = await core.must('metrics.createCustom', { planId, label: 'Marketer visits to customers', unit: 'count' });
    expect(metric).toMatchObject({ key: 'custom:marketer_visits_to_customers', custom: true, aggregation: 'sum', defaultTeam: 'joint' });
    expect((await core.must('metrics.list', { planId })).map((m) => m.key)).toContain(metric.key);
    await core.must('slas.create', { planId, sla: { name: 'Visits', committingTeam: 'marketing', receivingTeam: 'sales', metric: metric.key, target: 4, period: 'quarter' } });
    await core.must('kpis.save', { planId, snapshots: [{ metric: metric.key, period: '2027-01', team: 'marketing', value: 2 }] });
  });

  it('a clashing name is CONFLICT and changes nothing', async () => {
    const { core, planId } = await plan();
    const before = core.snapshot();
    expect(await core.dispatch('metrics.createCustom', { planId, label: 'mqls', unit: 'count' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'label' } } });
    expect(await core.dispatch('metrics.createCustom', { planId, label: 'X', unit: 'furlongs' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.snapshot()).toEqual(before);
  });
});
