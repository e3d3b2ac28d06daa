import { describe, expect, it } from 'vitest';
import { LOCAL_TABLES, TRACKED_TABLES } from '../../electron/core/history/tracked';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { acme, expectRefused, testCore, testPlan } from './helpers';

const globex = { name: 'Globex', domain: 'globex.com', tier: 3 as const, stage: 'target' as const };

describe('the change log', () => {
  it('covers every table of the store: plan data is tracked, the rest is named as local', async () => {
    const core = await testCore();
    const tables = (core.store.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'").all() as { name: string }[]).map((t) => t.name);
    const unclassified = tables.filter((t) => !Object.hasOwn(TRACKED_TABLES, t) && !(LOCAL_TABLES as readonly string[]).includes(t));
    expect(unclassified).toEqual([]);
  });

  it('an edit is one step: undo puts the row back, redo again, each with a newer revision; the labels say what moved', async () => {
    const { core, planId } = await testPlan();
    const account = await core.must('accounts.create', { planId, account: acme });
    await core.must('accounts.update', { planId, id: account.id, patch: { tier: 2, notes: 'CFO signed' } });
    const undone = await core.must('history.undo', { planId });
    expect(undone.changeSet).toMatchObject({ op: 'accounts.update', label: 'Edited Acme Corp: Tier 1 → 2, Notes — → CFO signed', undone: true, rowCount: 1 });
    expect(await core.must('accounts.list', { planId })).toEqual([expect.objectContaining({ tier: 1, notes: '', revision: 3 })]);
    const redone = await core.must('history.redo', { planId });
    expect(redone.changeSet).toMatchObject({ label: 'Edited Acme Corp: Tier 1 → 2, Notes — → CFO signed', undone: false });
    expect(await core.must('accounts.list', { planId })).toEqual([expect.objectContaining({ tier: 2, notes: 'CFO signed', revision: 4 })]);
    // Undo twice more: the edit, then the creation.
    await core.must('history.undo', { planId });
    expect((await core.must('history.undo', { planId })).changeSet).toMatchObject({ label: 'Added account Acme Corp' });
    expect(await core.must('accounts.list', { planId })).toEqual([]);
    // The plan's creation is where its history starts: nothing before it to undo.
    expect(await core.must('history.undo', { planId })).toEqual({ changeSet: null });
    expect((await core.must('plans.list', {})).map((p) => p.id)).toContain(planId);
  });

  it('a batch is one step, rows of every kind together', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('accounts.create', { planId, account: acme });
    const b = await core.must('accounts.create', { planId, account: globex });
    await core.must('accounts.batch', { planId, updates: [{ id: a.id, patch: { tier: 3 } }], creates: [{ account: { name: 'Hooli', domain: 'hooli.com', tier: 1, stage: 'aware' } }], deletes: [b.id] });
    const step = await core.must('history.undo', { planId });
    expect(step.changeSet).toMatchObject({ op: 'accounts.batch', label: 'Deleted 1 account, edited 1 account, added 1 account', rowCount: 3 });
    expect((await core.must('accounts.list', { planId })).map((x) => [x.name, x.tier]).sort()).toEqual([['Acme Corp', 1], ['Globex', 3]]);
  });

  it('a refused write leaves no step; nothing to undo or redo is said, not an error', async () => {
    const { core, planId } = await testPlan();
    const before = (await core.must('history.list', { planId })).length;
    expect((await core.dispatch('accounts.create', { planId, account: { ...acme, tier: 9 } })).ok).toBe(false);
    await core.must('accounts.create', { planId, account: acme });
    expect((await core.dispatch('accounts.create', { planId, account: acme })).ok).toBe(false); // duplicate domain
    expect(await core.must('history.list', { planId })).toHaveLength(before + 1);
    expect(await core.must('history.redo', { planId })).toEqual({ changeSet: null });
  });

  it('a new change clears redo; a toast naming an older step is refused and changes nothing', async () => {
    const { core, planId } = await testPlan();
    const account = await core.must('accounts.create', { planId, account: acme });
    await core.must('accounts.update', { planId, id: account.id, patch: { tier: 2 } });
    await core.must('history.undo', { planId });
    await core.must('accounts.update', { planId, id: account.id, patch: { notes: 'new' } });
    expect(await core.must('history.redo', { planId })).toEqual({ changeSet: null });
    const [latest, older] = await core.must('history.list', { planId });
    const before = core.snapshot();
    expect(await core.dispatch('history.undo', { planId, changeSetId: older!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(core.snapshot()).toEqual(before);
    expect((await core.must('history.undo', { planId, changeSetId: latest!.id })).changeSet?.id).toBe(latest!.id);
  });

  it('a row changed outside the log refuses the step, all or nothing, and the step stays undoable', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('accounts.create', { planId, account: acme });
    const b = await core.must('accounts.create', { planId, account: globex });
    await core.must('accounts.batch', { planId, updates: [{ id: a.id, patch: { tier: 3 } }, { id: b.id, patch: { tier: 1 } }] });
    core.store.sqlite.prepare("update accounts set notes = 'typed elsewhere' where id = ?").run(b.id);
    const before = core.snapshot();
    expect(await core.dispatch('history.undo', { planId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: "Can't undo this: the account Globex was changed since. Nothing was changed." } });
    expect(core.snapshot()).toEqual(before);
    core.store.sqlite.prepare("update accounts set notes = '' where id = ?").run(b.id);
    expect((await core.must('history.undo', { planId })).changeSet).toMatchObject({ op: 'accounts.batch' });
  });

  it('a scenario edit and the SLAs that follow it are one step', async () => {
    const { core, planId } = await testPlan();
    const [base] = await core.must('targets.list', { planId });
    const sla = await core.must('slas.create', {
      planId,
      sla: { name: 'MQL acceptance', kind: 'metric', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'mql_to_sql_rate', target: 25, comparator: 'atLeast', period: 'month', warningBand: 10, planFigure: 'mql_to_sql_rate', followsPlan: true },
    });
    await core.must('targets.update', { planId, id: base!.id, patch: { assumptions: { ...DEFAULT_ASSUMPTIONS, mqlToSqlRate: 30 } } });
    expect((await core.must('slas.list', { planId }))[0]).toMatchObject({ id: sla.id, target: 30 });
    const step = await core.must('history.undo', { planId });
    expect(step.changeSet?.rows.map((r) => r.table).sort()).toEqual(['slas', 'target_scenarios']);
    expect((await core.must('slas.list', { planId }))[0]).toMatchObject({ target: 25 });
    expect((await core.must('targets.list', { planId }))[0]!.assumptions.mqlToSqlRate).toBe(25);
  });

  it('writes sent together are each their own step, with their own rows', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('accounts.create', { planId, account: acme });
    const b = await core.must('accounts.create', { planId, account: globex });
    await Promise.all([core.must('accounts.update', { planId, id: a.id, patch: { tier: 2 } }), core.must('accounts.update', { planId, id: b.id, patch: { tier: 2 } }), core.must('accounts.list', { planId })]);
    const [second, first] = await core.must('history.list', { planId });
    expect([first!.rows.map((r) => r.rowId), second!.rows.map((r) => r.rowId)]).toEqual([[a.id], [b.id]]);
  });

  it('survives closing the store: undo works after a restart', async () => {
    const { core, planId } = await testPlan();
    const account = await core.must('accounts.create', { planId, account: acme });
    await core.must('accounts.update', { planId, id: account.id, patch: { tier: 3 } });
    await core.close();
    const again = await testCore({ dbPath: core.store.path });
    expect((await again.must('history.undo', { planId })).changeSet).toMatchObject({ label: 'Edited Acme Corp: Tier 1 → 3' });
    expect((await again.must('accounts.list', { planId }))[0]!.tier).toBe(1);
  });

  it('each plan has its own log, and a deleted plan takes its log with it', async () => {
    const { core, planId } = await testPlan();
    const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q2', currency: 'EUR' });
    await core.must('accounts.create', { planId, account: acme });
    await core.must('accounts.create', { planId: other.id, account: globex });
    expect((await core.must('history.undo', { planId: other.id })).changeSet).toMatchObject({ label: 'Added account Globex' });
    expect(await core.must('accounts.list', { planId })).toHaveLength(1);
    await core.must('plans.delete', { id: other.id });
    const left = core.store.sqlite.prepare('select count(*) as n from change_sets where plan_id = ?').get(other.id) as { n: number };
    expect(left.n).toBe(0);
  });

  it('lists a plan\'s changes newest first, since a time, with who made them', async () => {
    let clock = Date.parse('2027-01-10T09:00:00Z');
    const core = await testCore({ context: { now: () => new Date((clock += 60_000)).toISOString() } });
    const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    expect(await core.must('app.setIdentity', { youAre: '  Maya Patel ' })).toMatchObject({ youAre: 'Maya Patel' });
    expect((await core.must('app.info', {})).youAre).toBe('Maya Patel');
    await core.must('accounts.create', { planId, account: acme });
    const mark = new Date(clock + 1).toISOString();
    await core.must('accounts.create', { planId, account: globex });
    const since = await core.must('history.list', { planId, since: mark });
    expect(since).toEqual([expect.objectContaining({ label: 'Added account Globex', actor: 'Maya Patel', undone: false })]);
    expect((await core.must('history.list', { planId })).map((s) => s.label)).toEqual(['Added account Globex', 'Added account Acme Corp', 'Created plan P']);
    await expectRefused(core, 'app.setIdentity', { youAre: ' ' }, 'VALIDATION', 'youAre');
  });

  it("lists only a board's own changes when asked, the limit counting those, so \"show more\" pages through them", async () => {
    const core = await testCore();
    const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    const line = { channel: 'Events', team: 'marketing' as const, month: '2027-01', planned: 1000 };
    await core.must('budget.create', { planId, line: { ...line, name: 'First line' } });
    for (const name of ['A', 'B', 'C']) await core.must('content.create', { planId, item: { title: name, type: 'Deck', stage: 'decision' } });
    await core.must('budget.create', { planId, line: { ...line, name: 'Second line' } });
    const budget = await core.must('history.list', { planId, tables: ['budget_lines'], limit: 2 });
    expect(budget.map((s) => s.label)).toEqual(['Added budget line Second line', 'Added budget line First line']);
    const content = await core.must('history.list', { planId, tables: ['content_items', 'content_accounts'], limit: 2 });
    expect(content.map((s) => s.label)).toEqual(['Added content item C', 'Added content item B']);
    await expectRefused(core, 'history.list', { planId, tables: ['change_sets'] }, 'VALIDATION', 'tables.0');
    await expectRefused(core, 'history.list', { planId, tables: [] }, 'VALIDATION', 'tables');
  });
});
