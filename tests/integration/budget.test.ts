import { describe, expect, it } from 'vitest';
import { expectRefused, testPlan } from './helpers';

const line = (over: object = {}) => ({ name: 'LinkedIn ads', channel: 'Paid media', team: 'marketing' as const, month: '2027-01', planned: 40_000, ...over });

describe('budget lines through the dispatcher', () => {
  it('creates, edits and deletes lines, each one undo step; new lines go last', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('budget.create', { planId, line: line({ expectedMqls: 200, expectedPipeline: 400_000 }) });
    expect(a).toMatchObject({ planId, name: 'LinkedIn ads', committed: 0, actual: 0, expectedMqls: 200, revision: 1 });
    const b = await core.must('budget.create', { planId, line: line({ name: 'Trade show', channel: 'Events', month: '2027-02' }) });
    expect(a.rank < b.rank).toBe(true);
    // Committed above planned is allowed: a warning on the board, never a silent cap.
    expect(await core.must('budget.update', { planId, id: a.id, patch: { committed: 55_000 }, expectedRevision: 1 })).toMatchObject({ committed: 55_000, planned: 40_000, revision: 2 });
    expect((await core.must('history.undo', { planId })).changeSet).toMatchObject({ label: 'Edited LinkedIn ads: Committed 0 → 55,000' });
    await core.must('budget.delete', { planId, id: b.id });
    expect((await core.must('budget.list', { planId })).map((l) => l.name)).toEqual(['LinkedIn ads']);
    await core.must('history.undo', { planId });
    expect((await core.must('budget.list', { planId })).map((l) => l.name)).toEqual(['LinkedIn ads', 'Trade show']);
  });

  it('moves lines to another month or team, between two lines there, as one step', async () => {
    const { core, planId } = await testPlan();
    const [a, b, c] = [await core.must('budget.create', { planId, line: line({ name: 'A' }) }), await core.must('budget.create', { planId, line: line({ name: 'B', month: '2027-02' }) }), await core.must('budget.create', { planId, line: line({ name: 'C', month: '2027-02' }) })];
    await core.must('budget.move', { planId, cards: [{ id: a!.id, expectedRevision: 1 }], to: { month: '2027-02', team: 'joint' }, place: { after: b!.id, before: c!.id } });
    const feb = (await core.must('budget.list', { planId })).filter((l) => l.month === '2027-02');
    expect(feb.map((l) => [l.name, l.team])).toEqual([['B', 'marketing'], ['A', 'joint'], ['C', 'marketing']]);
  });

  it('splits a line in two, the amounts shared in proportion, the totals kept, the new part beside it', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('budget.create', { planId, line: line({ planned: 30_000, committed: 10_000, actual: 3_333.33, expectedMqls: 101, expectedPipeline: 90_000 }) });
    const z = await core.must('budget.create', { planId, line: line({ name: 'Z' }) });
    const [kept, part] = await core.must('budget.split', { planId, id: a.id, planned: 10_000 });
    expect(part).toMatchObject({ name: 'LinkedIn ads (split)', planned: 10_000, committed: 3_333.33, actual: 1_111.11, expectedMqls: 34, expectedPipeline: 30_000, month: '2027-01' });
    expect(kept).toMatchObject({ planned: 20_000, committed: 6_666.67, actual: 2_222.22, expectedMqls: 67, expectedPipeline: 60_000 });
    expect((await core.must('budget.list', { planId })).map((l) => l.id)).toEqual([a.id, part!.id, z.id]);
    await core.must('history.undo', { planId });
    expect(await core.must('budget.list', { planId })).toEqual([expect.objectContaining({ planned: 30_000, committed: 10_000 }), expect.objectContaining({ name: 'Z' })]);
  });

  it('splits a part into another month and team under its own name, one undo step putting both back', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('budget.create', { planId, line: line({ planned: 40_000, committed: 20_000, expectedMqls: 200 }) });
    const [kept, part] = await core.must('budget.split', { planId, id: a.id, planned: 10_000, name: 'LinkedIn ads, March push', month: '2027-03', team: 'joint' });
    expect(part).toMatchObject({ name: 'LinkedIn ads, March push', month: '2027-03', team: 'joint', planned: 10_000, committed: 5_000, expectedMqls: 50, channel: 'Paid media' });
    expect(kept).toMatchObject({ name: 'LinkedIn ads', month: '2027-01', team: 'marketing', planned: 30_000, committed: 15_000, expectedMqls: 150 });
    expect((await core.must('history.undo', { planId })).changeSet).toBeTruthy();
    expect(await core.must('budget.list', { planId })).toEqual([expect.objectContaining({ id: a.id, planned: 40_000, committed: 20_000, expectedMqls: 200 })]);
  });

  it('the dashboard\'s budget card reads the same lines and cap: its Planned is the board\'s', async () => {
    const { core, planId } = await testPlan({ context: { now: () => '2027-02-15T00:00:00.000Z' } });
    expect((await core.must('dashboard.get', { planId, selection: 'all' })).budget).toMatchObject({ planLineCount: 0, planned: 0, cap: null, overCap: null });
    await core.must('budget.create', { planId, line: line({ planned: 40_000, actual: 30_000 }) });
    await core.must('budget.create', { planId, line: line({ month: '2027-02', planned: 60_000, committed: 10_000 }) });
    await core.must('plans.setBoards', { id: planId, budgetCap: 90_000, tierSizes: { 1: 25, 2: 200, 3: 2000 } });
    const card = (await core.must('dashboard.get', { planId, selection: 'all' })).budget;
    expect(card).toMatchObject({ planLineCount: 2, planned: 100_000, committed: 10_000, actual: 30_000, plannedStarted: 100_000, paced: 70_000, cap: 90_000, overCap: 10_000 });
    expect(card.pace).toEqual({ status: 'behind', percent: 57 });
    expect((await core.must('dashboard.get', { planId, selection: '2027-02' })).budget).toMatchObject({ lineCount: 1, planned: 60_000, planPlanned: 100_000 });
  });

  it('refuses bad input with the field named, changing nothing', async () => {
    const { core, planId } = await testPlan();
    const a = await core.must('budget.create', { planId, line: line() });
    await expectRefused(core, 'budget.create', { planId, line: line({ month: '2027-04' }) }, 'VALIDATION', 'line.month');
    await expectRefused(core, 'budget.create', { planId, line: line({ planned: -1 }) }, 'VALIDATION', 'line.planned');
    await expectRefused(core, 'budget.create', { planId, line: line({ planned: Number.POSITIVE_INFINITY }) }, 'VALIDATION', 'line.planned');
    await expectRefused(core, 'budget.create', { planId, line: line({ team: 'finance' }) }, 'VALIDATION', 'line.team');
    await expectRefused(core, 'budget.create', { planId, line: line({ name: ' ' }) }, 'VALIDATION', 'line.name');
    await expectRefused(core, 'budget.update', { planId, id: a.id, patch: { month: '2026-12' } }, 'VALIDATION', 'patch.month');
    await expectRefused(core, 'budget.update', { planId, id: a.id, patch: { actual: 5 }, expectedRevision: 9 }, 'CONFLICT');
    await expectRefused(core, 'budget.move', { planId, cards: [{ id: a.id }], to: { month: '2027-13' }, place: { after: null, before: null } }, 'VALIDATION', 'to.month');
    await expectRefused(core, 'budget.move', { planId, cards: [{ id: a.id }], to: { month: '2027-05' }, place: { after: null, before: null } }, 'VALIDATION', 'to.month');
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: 40_000 }, 'VALIDATION', 'planned');
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: 0 }, 'VALIDATION', 'planned');
    // Amounts are kept to the cent: a part that rounds to nothing, or leaves nothing, is refused.
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: 0.004 }, 'VALIDATION', 'planned');
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: a.planned - 0.001 }, 'VALIDATION', 'planned');
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: 1_000, month: '2027-04' }, 'VALIDATION', 'month');
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: 1_000, team: 'finance' }, 'VALIDATION', 'team');
    await expectRefused(core, 'budget.split', { planId, id: a.id, planned: 1_000, name: '  ' }, 'VALIDATION', 'name');
    expect(await core.must('budget.list', { planId })).toEqual([expect.objectContaining({ planned: 40_000, revision: 1 })]);
    const other = await core.must('plans.create', { name: 'Other', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    await expectRefused(core, 'budget.delete', { planId: other.id, id: a.id }, 'NOT_FOUND');
  });

  it('the cap and the tier sizes are the plan\'s, copied with it, and the lines go with their plan', async () => {
    const { core, planId } = await testPlan();
    expect(await core.must('plans.setBoards', { id: planId, budgetCap: 250_000, tierSizes: { 1: 25, 2: 75, 3: 200 } })).toMatchObject({ budgetCap: 250_000, tierSizes: { 1: 25, 2: 75, 3: 200 } });
    await core.must('budget.create', { planId, line: line() });
    const copy = await core.must('plans.duplicate', { id: planId, name: 'What if' });
    expect(copy).toMatchObject({ budgetCap: 250_000, tierSizes: { 1: 25, 2: 75, 3: 200 } });
    expect((await core.must('budget.list', { planId: copy.id })).map((l) => l.name)).toEqual(['LinkedIn ads']);
    await core.must('plans.delete', { id: copy.id });
    expect(core.store.sqlite.prepare('select count(*) as n from budget_lines where plan_id = ?').get(copy.id)).toEqual({ n: 0 });
    await expectRefused(core, 'plans.setBoards', { id: planId, budgetCap: -5, tierSizes: { 1: 1, 2: 1, 3: 1 } }, 'VALIDATION', 'budgetCap');
    await expectRefused(core, 'plans.setBoards', { id: planId, budgetCap: null, tierSizes: { 1: 1.5, 2: 1, 3: 1 } }, 'VALIDATION', 'tierSizes.1');
  });

  it("gives a long line's split part a name that can be saved again", async () => {
    const { core, planId } = await testPlan();
    const long = await core.must('budget.create', { planId, line: line({ name: 'x'.repeat(120), planned: 100 }) });
    const [, named] = await core.must('budget.split', { planId, id: long.id, planned: 50 });
    expect(named!.name).toHaveLength(120);
    expect(named!.name.endsWith(' (split)')).toBe(true);
    await core.must('budget.update', { planId, id: named!.id, patch: { name: named!.name } });
  });
});
