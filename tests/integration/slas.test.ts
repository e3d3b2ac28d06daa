import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { planBasis } from '../../shared/planning/planFigures';
import { SLA_TEMPLATES, templateByKey } from '../../shared/planning/slaTemplates';
import { expectRefused, testPlan } from './helpers';

const plan = () => testPlan();
const missing = '00000000-0000-4000-8000-000000000000';
const basis = planBasis('FY2027 Q1', DEFAULT_ASSUMPTIONS);

describe('SLAs through the dispatcher', () => {
  it('every template builds an SLA the core accepts', async () => {
    const { core, planId } = await plan();
    for (const t of SLA_TEMPLATES) {
      const sla = await core.must('slas.create', { planId, sla: t.build(basis, '2027-01-05') });
      expect(sla.templateKey).toBe(t.key);
    }
    expect(await core.must('slas.list', { planId })).toHaveLength(SLA_TEMPLATES.length);
  });

  it('an agreement is not measured, so whatever metric it names is not checked; a percentage target may be 100', async () => {
    const { core, planId } = await plan();
    await core.must('slas.create', { planId, sla: { name: 'Scoring', kind: 'agreement', committingTeam: 'joint', receivingTeam: 'joint', metric: 'anything', definition: 'score ≥ 60' } });
    await core.must('slas.create', { planId, sla: { name: 'All followed up', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'follow_up_coverage', target: 100 } });
  });

  it('creates, updates and deletes an SLA', async () => {
    const { core, planId } = await plan();
    const sla = await core.must('slas.create', { planId, sla: { name: 'Speed to lead', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'median_follow_up_hours', target: 24, comparator: 'atMost', period: 'week' } });
    expect(sla).toMatchObject({ kind: 'metric', warningBand: 10, owner: '', reviewDate: null, planFigure: null, followsPlan: false });
    const updated = await core.must('slas.update', { planId, id: sla.id, patch: { target: 4, owner: 'Jordan Lee', notes: 'Demo requests' } });
    expect(updated).toMatchObject({ target: 4, owner: 'Jordan Lee', revision: 2 });
    expect(await core.must('slas.delete', { planId, id: sla.id })).toEqual(updated);
    expect(await core.must('slas.list', { planId })).toEqual([]);
  });

  describe('SLAs linked to the plan', () => {
    const delivery = () => templateByKey('mql_delivery')!.build(basis, '2027-01-05');

    it('one that follows the plan states the plan\'s number, whatever target was sent', async () => {
      const { core, planId } = await plan();
      const sla = await core.must('slas.create', { planId, sla: { ...delivery(), target: 5 } });
      expect(sla).toMatchObject({ target: 328, planFigure: 'mqls', followsPlan: true });
    });

    it('follows the primary scenario when it is edited or another is made primary, in the same write', async () => {
      const { core, planId } = await plan();
      const following = await core.must('slas.create', { planId, sla: delivery() });
      const acceptance = await core.must('slas.create', { planId, sla: templateByKey('mql_acceptance')!.build(basis, '2027-01-05') });
      const pinned = await core.must('slas.create', { planId, sla: { ...delivery(), name: 'Pinned', followsPlan: false, target: 300 } });
      const [base] = await core.must('targets.list', { planId });
      await core.must('targets.update', { planId, id: base!.id, patch: { assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000, mqlToSqlRate: 30 } } });
      const byId = async () => new Map((await core.must('slas.list', { planId })).map((s) => [s.id, s]));
      let slas = await byId();
      expect(slas.get(following.id)).toMatchObject({ target: 367, revision: 2 }) // 2M at 30%: 367, 353, 354 a month;
      expect(slas.get(acceptance.id)).toMatchObject({ target: 30 });
      expect(slas.get(pinned.id)).toMatchObject({ target: 300, revision: 1 });
      // A non-primary scenario's edits change nothing; making it primary does.
      const stretch = await core.must('targets.create', { planId, name: 'Stretch', assumptions: { ...DEFAULT_ASSUMPTIONS, mqlToSqlRate: 20 } });
      expect((await byId()).get(acceptance.id)!.target).toBe(30);
      await core.must('targets.setPrimary', { planId, id: stretch.id });
      slas = await byId();
      expect(slas.get(acceptance.id)!.target).toBe(20);
      expect(slas.get(following.id)!.target).toBe(410);
    });

    it('an edit that leaves the link alone keeps the SLA following the plan', async () => {
      const { core, planId } = await plan();
      const sla = await core.must('slas.create', { planId, sla: delivery() });
      expect(await core.must('slas.update', { planId, id: sla.id, patch: { owner: 'Hannah' } })).toMatchObject({ followsPlan: true, planFigure: 'mqls', target: 328 });
    });

    it('a plan change that leaves an SLA\'s figure alone leaves the SLA alone', async () => {
      const { core, planId } = await plan();
      const sla = await core.must('slas.create', { planId, sla: templateByKey('mql_acceptance')!.build(basis, '2027-01-05') });
      const [base] = await core.must('targets.list', { planId });
      await core.must('targets.update', { planId, id: base!.id, patch: { assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000 } } });
      expect((await core.must('slas.list', { planId }))[0]).toMatchObject({ id: sla.id, target: 25, revision: 1 });
    });

    it('a pinned SLA shows on the dashboard what the plan now needs; one click makes it follow again', async () => {
      const { core, planId } = await plan();
      const pinned = await core.must('slas.create', { planId, sla: { ...delivery(), followsPlan: false, target: 328 } });
      const [base] = await core.must('targets.list', { planId });
      await core.must('targets.update', { planId, id: base!.id, patch: { assumptions: { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_000_000 } } });
      const dashboard = await core.must('dashboard.get', { planId, selection: '2027-01' });
      expect(dashboard.scorecard[0]).toMatchObject({ planNeeds: 440, evaluation: { target: 328 } });
      const following = await core.must('slas.update', { planId, id: pinned.id, patch: { followsPlan: true } });
      expect(following).toMatchObject({ followsPlan: true, target: 440 });
      expect((await core.must('dashboard.get', { planId, selection: '2027-01' })).scorecard[0]).toMatchObject({ planNeeds: null, evaluation: { target: 440 } });
    });

    it('a plan whose numbers no SLA can hold is refused with the SLA named, and nothing changes', async () => {
      const { core, planId } = await plan();
      await core.must('slas.create', { planId, sla: delivery() });
      const pinned = await core.must('slas.create', { planId, sla: { ...delivery(), name: 'Pinned', followsPlan: false, target: 300 } });
      const [base] = await core.must('targets.list', { planId });
      // Every figure is within the contract; together they need 1e21 MQLs.
      const extreme = { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 1e12, avgDealSize: 1, winRate: 0.1, sqlToOppRate: 0.1, mqlToSqlRate: 0.1 };
      await expectRefused(core, 'targets.update', { planId, id: base!.id, patch: { assumptions: extreme } }, 'VALIDATION', 'patch.assumptions');
      const result = await core.dispatch('targets.update', { planId, id: base!.id, patch: { assumptions: extreme } });
      expect(!result.ok && result.error.message).toBe('patch.assumptions: "Marketing delivers MQLs" follows the plan: its target would be 200,000,000,000,400,000,000 (the MQLs the plan needs), more than an SLA target can hold. Check the planner\'s rates and deal size.');
      // A non-primary scenario may hold them; making it primary is refused the same way.
      const wild = await core.must('targets.create', { planId, name: 'Wild', assumptions: extreme });
      await expectRefused(core, 'targets.setPrimary', { planId, id: wild.id }, 'VALIDATION', 'id');
      // Unlinked SLAs are unaffected; linking one to such a plan is refused on the link.
      await core.must('slas.delete', { planId, id: (await core.must('slas.list', { planId })).find((s) => s.followsPlan)!.id });
      await core.must('targets.setPrimary', { planId, id: wild.id });
      await expectRefused(core, 'slas.update', { planId, id: pinned.id, patch: { followsPlan: true } }, 'VALIDATION', 'patch.followsPlan');
      await expectRefused(core, 'slas.create', { planId, sla: delivery() }, 'VALIDATION', 'sla.followsPlan');
      expect(await core.must('slas.update', { planId, id: pinned.id, patch: { owner: 'Sam' } })).toMatchObject({ target: 300, owner: 'Sam' });
    });

    it.each([
      ['a plan figure on another metric', { metric: 'sqls' }, 'sla.planFigure'],
      ['a plan figure on an agreement', { kind: 'agreement', metric: null }, 'sla.planFigure'],
      ['following without a plan figure', { planFigure: null }, 'sla.followsPlan'],
    ] as const)('%s is refused', async (_label, change, path) => {
      const { core, planId } = await plan();
      await expectRefused(core, 'slas.create', { planId, sla: { ...delivery(), ...change } }, 'VALIDATION', path);
    });
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
      ['unknown plan figure', { planFigure: 'vibes' }, 'sla.planFigure'],
    ])('%s is VALIDATION on %s', async (_label, change, path) => {
      const { core, planId } = await plan();
      await expectRefused(core, 'slas.create', { planId, sla: { ...good, ...change } }, 'VALIDATION', path);
    });

    it('an update is checked as the SLA it would become', async () => {
      const { core, planId } = await plan();
      const sla = await core.must('slas.create', { planId, sla: good });
      const before = core.snapshot();
      expect(await core.dispatch('slas.update', { planId, id: sla.id, patch: { receivingTeam: 'marketing' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'patch.receivingTeam' }] } } });
      expect(await core.dispatch('slas.update', { planId, id: sla.id, patch: { metric: 'win_rate' } })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'patch.target', message: 'must be at most 100%' }] } } });
      expect(await core.dispatch('slas.update', { planId, id: sla.id, patch: { metric: 'nope' } })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'patch.metric' }] } } });
      expect(core.snapshot()).toEqual(before);
    });

    it('unknown ids, and an SLA of another plan, are NOT_FOUND', async () => {
      const { core, planId } = await plan();
      await expectRefused(core, 'slas.create', { planId: missing, sla: good }, 'NOT_FOUND');
      await expectRefused(core, 'slas.update', { planId, id: missing, patch: { target: 1 } }, 'NOT_FOUND');
      await expectRefused(core, 'slas.delete', { planId, id: missing }, 'NOT_FOUND');
      await expectRefused(core, 'slas.list', { planId: missing }, 'NOT_FOUND');
      const sla = await core.must('slas.create', { planId, sla: good });
      const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
      await expectRefused(core, 'slas.update', { planId: other.id, id: sla.id, patch: { target: 1 } }, 'NOT_FOUND');
      await expectRefused(core, 'slas.delete', { planId: other.id, id: sla.id }, 'NOT_FOUND');
    });
  });
});

describe('custom metrics', () => {
  it('are added to the plan catalogue and usable in SLAs and snapshots', async () => {
    const { core, planId } = await plan();
    const metric = await core.must('metrics.createCustom', { planId, label: 'Marketer visits to customers', unit: 'count' });
    expect(metric).toMatchObject({ key: 'custom:marketer_visits_to_customers', custom: true, aggregation: 'sum', defaultTeam: 'joint' });
    const listed = await core.must('metrics.list', { planId });
    expect(listed.find((m) => m.key === metric.key)).toEqual(metric);
    expect(listed.find((m) => m.key === 'mqls')!.custom).toBe(false);
    await core.must('slas.create', { planId, sla: { name: 'Visits', committingTeam: 'marketing', receivingTeam: 'sales', metric: metric.key, target: 4, period: 'quarter' } });
    await core.must('kpis.save', { planId, snapshots: [{ metric: metric.key, period: '2027-01', team: 'marketing', value: 2 }] });
  });

  it('a clashing name is CONFLICT and changes nothing', async () => {
    const { core, planId } = await plan();
    const before = core.snapshot();
    expect(await core.dispatch('metrics.createCustom', { planId, label: 'mqls', unit: 'count' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'label' } } });
    await core.must('metrics.createCustom', { planId, label: 'Event MQLs', unit: 'count' });
    // Another spelling with the same key: named as the metric it clashes with.
    expect(await core.dispatch('metrics.createCustom', { planId, label: 'Event-MQLs', unit: 'count' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'A metric called "Event MQLs" already exists.' } });
    const after = core.snapshot();
    expect(after.custom_metrics).toHaveLength(1);
    expect(await core.dispatch('metrics.createCustom', { planId, label: 'X', unit: 'furlongs' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.snapshot()).toEqual(after);
    expect(before.custom_metrics).toHaveLength(0);
  });
});
