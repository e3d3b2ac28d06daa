import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../electron/core/db/migrate';
import { acme, expectRefused, testCore } from './helpers';

async function planWithAcme() {
  const core = await testCore();
  const plan = await core.must('plans.create', { name: 'Plan', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
  const account = await core.must('accounts.create', { planId: plan.id, account: acme });
  return { core, plan, account };
}

describe('accounts through the dispatcher', () => {
  it('creates an account with a normalised domain and defaults', async () => {
    const { account, plan } = await planWithAcme();
    expect(account).toMatchObject({
      planId: plan.id,
      name: 'Acme Corp',
      domain: 'acme.com',
      tier: 1,
      stage: 'engaged',
      industry: '',
      employees: null,
      annualRevenue: null,
      openPipeline: 0,
      revision: 1,
    });
  });

  it('lists, updates (bumping the revision) and deletes', async () => {
    const { core, plan, account } = await planWithAcme();
    const updated = await core.must('accounts.update', { planId: plan.id, id: account.id, patch: { openPipeline: 125000, salesOwner: 'Maya Patel' }, expectedRevision: 1 });
    expect(updated).toMatchObject({ openPipeline: 125000, salesOwner: 'Maya Patel', revision: 2, name: 'Acme Corp' });
    expect(await core.must('accounts.list', { planId: plan.id })).toEqual([updated]);
    expect(await core.must('accounts.delete', { planId: plan.id, id: account.id })).toEqual(updated);
    expect(await core.must('accounts.list', { planId: plan.id })).toEqual([]);
  });

  it('undo brings a deleted account back with its id and its place on the board', async () => {
    const { core, plan, account } = await planWithAcme();
    await core.must('accounts.delete', { planId: plan.id, id: account.id });
    await core.must('history.undo', { planId: plan.id });
    expect(await core.must('accounts.list', { planId: plan.id })).toEqual([{ ...account, revision: 2, updatedAt: expect.any(String) }]);
  });

  it('new accounts go to the end of the board, in the order they came', async () => {
    const { core, plan, account } = await planWithAcme();
    const b = await core.must('accounts.create', { planId: plan.id, account: { name: 'B', domain: 'b.com' } });
    const batch = await core.must('accounts.batch', { planId: plan.id, creates: [{ account: { name: 'C', domain: 'c.com' } }, { account: { name: 'A', domain: 'a.com' } }] });
    const ranks = [account, b, ...batch.created].map((a) => a.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(4);
  });

  it('keeps text like markup exactly as typed (it is data, not HTML)', async () => {
    const { core, plan, account } = await planWithAcme();
    const xss = '<img src=x onerror=alert(1)>';
    const updated = await core.must('accounts.update', { planId: plan.id, id: account.id, patch: { notes: xss, name: 'مرحبا 🚀 Ünïcødé' } });
    expect(updated.notes).toBe(xss);
    expect(updated.name).toBe('مرحبا 🚀 Ünïcødé');
  });

  describe('errors leave the store unchanged', () => {
    it.each([
      ['missing name', { name: '', domain: 'x.com' }, 'account.name'],
      ['bad domain', { name: 'X', domain: 'not a domain' }, 'account.domain'],
      ['javascript: url as domain', { name: 'X', domain: 'javascript:alert(1)' }, 'account.domain'],
      ['tier 4', { name: 'X', domain: 'x.com', tier: 4 }, 'account.tier'],
      ['unknown stage', { name: 'X', domain: 'x.com', stage: 'won' }, 'account.stage'],
      ['negative pipeline', { name: 'X', domain: 'x.com', openPipeline: -1 }, 'account.openPipeline'],
      ['pipeline as string', { name: 'X', domain: 'x.com', openPipeline: '100' }, 'account.openPipeline'],
      ['fractional employees', { name: 'X', domain: 'x.com', employees: 10.5 }, 'account.employees'],
      ['huge notes', { name: 'X', domain: 'x.com', notes: 'n'.repeat(5001) }, 'account.notes'],
      ['__proto__ key', JSON.parse('{"name":"X","domain":"x.com","__proto__":{"admin":true}}'), 'account'],
    ])('create with %s is VALIDATION on %s', async (_label, account, path) => {
      const { core, plan } = await planWithAcme();
      const before = core.snapshot();
      const result = await core.dispatch('accounts.create', { planId: plan.id, account });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.details?.issues?.map((i) => i.path)).toContain(path);
      expect(core.snapshot()).toEqual(before);
    });

    it('a duplicate domain in the same plan is CONFLICT on the domain field, whatever its spelling', async () => {
      const { core, plan } = await planWithAcme();
      const before = core.snapshot();
      const result = await core.dispatch('accounts.create', { planId: plan.id, account: { name: 'Acme again', domain: 'ACME.com/about' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'acme.com is already in this plan as "Acme Corp".', details: { field: 'account.domain' } } });
      expect(core.snapshot()).toEqual(before);
    });

    it('an account may keep its own domain, however it is spelt', async () => {
      const { core, plan, account } = await planWithAcme();
      expect(await core.must('accounts.update', { planId: plan.id, id: account.id, patch: { domain: 'https://WWW.acme.com/' } })).toMatchObject({ domain: 'acme.com', revision: 2 });
    });

    it('the same domain in another plan is fine', async () => {
      const { core } = await planWithAcme();
      const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q2', currency: 'USD' });
      await expect(core.must('accounts.create', { planId: other.id, account: acme })).resolves.toMatchObject({ domain: 'acme.com' });
    });

    it('updating to a domain another account holds is CONFLICT', async () => {
      const { core, plan } = await planWithAcme();
      const globex = await core.must('accounts.create', { planId: plan.id, account: { name: 'Globex', domain: 'globex.com' } });
      const before = core.snapshot();
      const result = await core.dispatch('accounts.update', { planId: plan.id, id: globex.id, patch: { domain: 'www.acme.com' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'patch.domain' } } });
      expect(core.snapshot()).toEqual(before);
    });

    it('a stale revision is CONFLICT; the current one goes through', async () => {
      const { core, plan, account } = await planWithAcme();
      await core.must('accounts.update', { planId: plan.id, id: account.id, patch: { tier: 2 } });
      await core.must('accounts.update', { planId: plan.id, id: account.id, patch: { tier: 1 }, expectedRevision: 2 });
      const before = core.snapshot();
      const result = await core.dispatch('accounts.update', { planId: plan.id, id: account.id, patch: { tier: 3 }, expectedRevision: 2 });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Acme Corp was changed elsewhere since you loaded it. Reload and try again.', details: { field: 'revision' } } });
      expect(core.snapshot()).toEqual(before);
      expect(await core.must('accounts.update', { planId: plan.id, id: account.id, patch: { tier: 3 }, expectedRevision: 3 })).toMatchObject({ tier: 3, revision: 4 });
    });

    it('a write naming another plan is NOT_FOUND: an edit never lands in the wrong plan', async () => {
      const { core, account } = await planWithAcme();
      const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
      await expectRefused(core, 'accounts.update', { planId: other.id, id: account.id, patch: { tier: 2 } }, 'NOT_FOUND');
      await expectRefused(core, 'accounts.delete', { planId: other.id, id: account.id }, 'NOT_FOUND');
      await expectRefused(core, 'accounts.batch', { planId: other.id, deletes: [account.id] }, 'NOT_FOUND');
    });

    it('an empty or invalid patch is VALIDATION', async () => {
      const { core, plan, account } = await planWithAcme();
      const before = core.snapshot();
      expect(await core.dispatch('accounts.update', { planId: plan.id, id: account.id, patch: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const bad = await core.dispatch('accounts.update', { planId: plan.id, id: account.id, patch: { tier: 0, name: '' } });
      expect(bad.ok ? [] : bad.error.details?.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['patch.tier', 'patch.name']));
      expect(core.snapshot()).toEqual(before);
    });

    const missing = '00000000-0000-4000-8000-000000000000';
    it.each([
      ['accounts.list', { planId: missing }],
      ['accounts.create', { planId: missing, account: acme }],
      ['accounts.update', { planId: missing, id: missing, patch: { tier: 2 } }],
      ['accounts.delete', { planId: missing, id: missing }],
      ['accounts.summary', { planId: missing }],
    ] as const)('%s with unknown ids is NOT_FOUND', async (op, input) => {
      const { core } = await planWithAcme();
      const before = core.snapshot();
      expect(await core.dispatch(op, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(core.snapshot()).toEqual(before);
    });

    it('creating over an existing id is CONFLICT', async () => {
      const { core, plan, account } = await planWithAcme();
      const result = await core.dispatch('accounts.batch', { planId: plan.id, creates: [{ id: account.id, account: { name: 'Other', domain: 'other.com' } }] });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `Account ${account.id} already exists.`, details: { field: 'creates.0.id' } } });
    });
  });
});

describe('accounts in batches (a block pasted into the grid, and its undo)', () => {
  it('edits, creates and deletes in one transaction, and answers with every row', async () => {
    const { core, plan, account } = await planWithAcme();
    const gone = await core.must('accounts.create', { planId: plan.id, account: { name: 'Gone', domain: 'gone.com' } });
    const result = await core.must('accounts.batch', {
      planId: plan.id,
      updates: [{ id: account.id, patch: { tier: 2, salesOwner: 'Maya' }, expectedRevision: 1 }],
      creates: [{ account: { name: 'Globex', domain: 'globex.com' } }, { id: gone.id, account: { name: 'Gone again', domain: 'gone.com' } }],
      deletes: [gone.id],
    });
    expect(result.updated).toEqual([expect.objectContaining({ id: account.id, tier: 2, salesOwner: 'Maya', revision: 2 })]);
    expect(result.created.map((a) => [a.name, a.domain])).toEqual([['Globex', 'globex.com'], ['Gone again', 'gone.com']]);
    expect(result.created[1]!.id).toBe(gone.id);
    expect(result.deleted).toEqual([gone]);
    expect((await core.must('accounts.list', { planId: plan.id })).map((a) => a.name)).toEqual(['Acme Corp', 'Globex', 'Gone again']);
  });

  it('is all or nothing: one bad row refuses the batch, naming the row and field', async () => {
    const { core, plan, account } = await planWithAcme();
    const before = core.snapshot();
    const clash = await core.dispatch('accounts.batch', { planId: plan.id, updates: [{ id: account.id, patch: { tier: 3 } }], creates: [{ account: { name: 'New', domain: 'new.com' } }, { account: { name: 'Copy', domain: 'acme.com' } }] });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'creates.1.account.domain' } } });
    expect(core.snapshot()).toEqual(before);
    await expectRefused(core, 'accounts.batch', { planId: plan.id, creates: [{ account: { name: 'A', domain: 'a.com' } }, { account: { name: '', domain: 'b.com' } }] }, 'VALIDATION', 'creates.1.account.name');
    await expectRefused(core, 'accounts.batch', { planId: plan.id, updates: [{ id: account.id, patch: { tier: 2 }, expectedRevision: 7 }] }, 'CONFLICT');
    await expectRefused(core, 'accounts.batch', { planId: plan.id }, 'VALIDATION');
  });
});

describe('account summary', () => {
  it('counts accounts and open pipeline per tier without loading rows', async () => {
    const { core, plan } = await planWithAcme();
    await core.must('accounts.create', { planId: plan.id, account: { name: 'B', domain: 'b.com', tier: 1, openPipeline: 100 } });
    await core.must('accounts.create', { planId: plan.id, account: { name: 'C', domain: 'c.com', tier: 3, openPipeline: 50.5 } });
    expect(await core.must('accounts.summary', { planId: plan.id })).toEqual({
      count: 3,
      openPipeline: 150.5,
      byTier: { 1: { count: 2, openPipeline: 100 }, 2: { count: 0, openPipeline: 0 }, 3: { count: 1, openPipeline: 50.5 } },
    });
  });
});

describe('the dispatcher gate', () => {
  it('rejects unknown ops and non-object input', async () => {
    const core = await testCore();
    expect(await core.dispatch('accounts.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(await core.dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(await core.dispatch('plans.create', 'FY2027')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps the refusal of a hostile input small', async () => {
    const core = await testCore();
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const result = await core.dispatch('plans.create', { name: 'x'.repeat(100_000), fiscalPeriod: 7, ...keys });
    expect(JSON.stringify(result).length).toBeLessThan(2000);
    const issues = !result.ok ? result.error.details!.issues! : [];
    expect(issues.every((i) => i.message.length <= 300)).toBe(true);
    const many = await core.dispatch('kpis.save', { planId: 'p', snapshots: Array.from({ length: 500 }, () => ({})) });
    expect(!many.ok && many.error.details!.issues!.length).toBe(50);
  });

  it('answers app.info with the version, schema, data path and the core\'s clock', async () => {
    const core = await testCore({ context: { now: () => '2026-11-23T12:00:00.000Z' } });
    expect(await core.must('app.info', {})).toMatchObject({ schemaVersion: latestSchemaVersion, dataPath: core.store.path, now: '2026-11-23T12:00:00.000Z' });
  });
});
