import { describe, expect, it } from 'vitest';
import { expectRefused, testCore } from './helpers';

describe('plans through the dispatcher', () => {
  it('creates, lists, gets, renames and deletes a plan', async () => {
    const core = await testCore();
    const plan = await core.must('plans.create', { name: 'FY27 Q1 plan', fiscalPeriod: 'fy27 q1', currency: 'EUR' });
    expect(plan).toMatchObject({ name: 'FY27 Q1 plan', fiscalPeriod: 'FY2027 Q1', currency: 'EUR', scenarioOf: null, revision: 1 });

    expect((await core.must('plans.list', {})).map((p) => p.id)).toEqual([plan.id]);
    expect(await core.must('plans.get', { id: plan.id })).toMatchObject({ id: plan.id, accountCount: 0 });

    const renamed = await core.must('plans.rename', { id: plan.id, name: '  Board plan  ' });
    expect(renamed).toMatchObject({ name: 'Board plan', revision: 2 });

    expect(await core.must('plans.delete', { id: plan.id })).toEqual({ id: plan.id });
    expect(await core.must('plans.list', {})).toEqual([]);
  });

  it('duplicates a plan with its accounts as a scenario of the original', async () => {
    const core = await testCore();
    const plan = await core.must('plans.create', { name: 'Base', fiscalPeriod: 'FY2027', currency: 'USD' });
    await core.must('accounts.create', { planId: plan.id, account: { name: 'Acme', domain: 'acme.com' } });
    await core.must('accounts.create', { planId: plan.id, account: { name: 'Globex', domain: 'globex.com' } });

    const copy = await core.must('plans.duplicate', { id: plan.id, name: 'Stretch scenario' });
    expect(copy).toMatchObject({ name: 'Stretch scenario', scenarioOf: plan.id, fiscalPeriod: 'FY2027', accountCount: 2 });
    const copied = await core.must('accounts.list', { planId: copy.id });
    const original = await core.must('accounts.list', { planId: plan.id });
    expect(copied.map((a) => a.domain)).toEqual(original.map((a) => a.domain));
    expect(copied.some((a) => original.some((o) => o.id === a.id))).toBe(false);

    // Editing the scenario leaves the original alone.
    await core.must('accounts.update', { planId: copy.id, id: copied[0]!.id, patch: { tier: 1, notes: 'scenario only' } });
    expect(await core.must('accounts.list', { planId: plan.id })).toEqual(original);
  });

  it('a duplicate copies scenarios, custom metrics, SLAs (with their plan links) and snapshots, under new ids', async () => {
    const core = await testCore();
    const plan = await core.must('plans.create', { name: 'Base', fiscalPeriod: 'FY2027 Q1', currency: 'EUR' });
    const [base] = await core.must('targets.list', { planId: plan.id });
    await core.must('targets.create', { planId: plan.id, name: 'Stretch', assumptions: { ...base!.assumptions, winRate: 30 } });
    const metric = await core.must('metrics.createCustom', { planId: plan.id, label: 'Event MQLs', unit: 'count' });
    await core.must('slas.create', { planId: plan.id, sla: { name: 'MQLs', committingTeam: 'marketing', receivingTeam: 'sales', metric: 'mqls', target: 1, planFigure: 'mqls', followsPlan: true } });
    await core.must('slas.create', { planId: plan.id, sla: { name: 'Events', committingTeam: 'marketing', receivingTeam: 'sales', metric: metric.key, target: 20 } });
    await core.must('kpis.save', { planId: plan.id, snapshots: [{ metric: metric.key, period: '2027-01', team: 'joint', value: 12, note: 'webinar' }, { metric: 'mqls', period: '2027-Q1', team: 'marketing', value: 900 }] });

    const copy = await core.must('plans.duplicate', { id: plan.id, name: 'What-if' });
    expect(copy).toMatchObject({ currency: 'EUR', fiscalPeriod: 'FY2027 Q1' });
    type Row = { id: string; planId: string; createdAt?: string; updatedAt?: string; revision?: number };
    const strip = (rows: readonly Row[]) => rows.map(({ id: _id, planId: _planId, createdAt: _c, updatedAt: _u, revision: _r, ...rest }) => rest);
    for (const op of ['targets.list', 'slas.list', 'kpis.list'] as const) {
      const [mine, theirs]: Row[][] = [await core.must(op, { planId: plan.id }), await core.must(op, { planId: copy.id })];
      expect(strip(theirs!), op).toEqual(strip(mine!));
      expect(theirs!.some((r) => mine!.some((m) => m.id === r.id)), op).toBe(false);
    }
    expect(await core.must('metrics.list', { planId: copy.id })).toEqual(await core.must('metrics.list', { planId: plan.id }));
    expect(core.snapshot().custom_metrics).toHaveLength(2);
  });

  it('renaming or deleting an unknown plan is NOT_FOUND', async () => {
    const core = await testCore();
    const missing = '00000000-0000-4000-8000-000000000000';
    await expectRefused(core, 'plans.rename', { id: missing, name: 'X' }, 'NOT_FOUND');
    await expectRefused(core, 'plans.delete', { id: missing }, 'NOT_FOUND');
    await expectRefused(core, 'plans.get', { id: missing }, 'NOT_FOUND');
    await expectRefused(core, 'plans.duplicate', { id: missing, name: 'X' }, 'NOT_FOUND');
  });

  it('deleting a plan removes its accounts and leaves other plans alone', async () => {
    const core = await testCore();
    const a = await core.must('plans.create', { name: 'A', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    const b = await core.must('plans.create', { name: 'B', fiscalPeriod: 'FY2027 Q2', currency: 'USD' });
    await core.must('accounts.create', { planId: a.id, account: { name: 'Acme', domain: 'acme.com' } });
    await core.must('accounts.create', { planId: b.id, account: { name: 'Acme', domain: 'acme.com' } });
    await core.must('plans.delete', { id: a.id });
    expect(core.snapshot().accounts).toHaveLength(1);
    expect(await core.must('accounts.list', { planId: b.id })).toHaveLength(1);
  });

  it.each([
    ['empty name', { name: '   ', fiscalPeriod: 'FY2027', currency: 'USD' }, 'name'],
    ['bad period', { name: 'X', fiscalPeriod: 'next quarter', currency: 'USD' }, 'fiscalPeriod'],
    ['bad currency', { name: 'X', fiscalPeriod: 'FY2027', currency: 'XXX' }, 'currency'],
    ['number as name', { name: 42, fiscalPeriod: 'FY2027', currency: 'USD' }, 'name'],
    ['unknown key', { name: 'X', fiscalPeriod: 'FY2027', currency: 'USD', owner: 'me' }, ''],
    ['long name', { name: 'x'.repeat(121), fiscalPeriod: 'FY2027', currency: 'USD' }, 'name'],
  ])('rejects plans.create with %s as VALIDATION naming the field, storing nothing', async (_label, input, field) => {
    const core = await testCore();
    const before = core.snapshot();
    const result = await core.dispatch('plans.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.issues?.map((i) => i.path)).toContain(field);
    expect(core.snapshot()).toEqual(before);
  });

  it('says a missing name is required, and a name of the wrong type must be text', async () => {
    const core = await testCore();
    expect(await core.dispatch('plans.create', { fiscalPeriod: 'FY2027', currency: 'USD' })).toMatchObject({ ok: false, error: { message: 'name: Plan name is required' } });
    expect(await core.dispatch('plans.create', { name: 42, fiscalPeriod: 'FY2027', currency: 'USD' })).toMatchObject({ ok: false, error: { message: 'name: must be text' } });
  });

  const missing = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['plans.get', { id: missing }],
    ['plans.rename', { id: missing, name: 'Other' }],
    ['plans.duplicate', { id: missing, name: 'Other' }],
    ['plans.delete', { id: missing }],
  ] as const)('%s on an unknown id is NOT_FOUND and changes nothing', async (op, input) => {
    const core = await testCore();
    await core.must('plans.create', { name: 'Keep', fiscalPeriod: 'FY2027', currency: 'USD' });
    const before = core.snapshot();
    const result = await core.dispatch(op, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.snapshot()).toEqual(before);
  });
});
