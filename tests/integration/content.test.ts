import { describe, expect, it } from 'vitest';
import { acme, expectRefused, testPlan } from './helpers';

const item = (over: object = {}) => ({ title: 'Acme case study', type: 'Case study', stage: 'decision' as const, ...over });

async function planWithAccounts() {
  const { core, planId } = await testPlan();
  const a = await core.must('accounts.create', { planId, account: acme });
  const b = await core.must('accounts.create', { planId, account: { name: 'Globex', domain: 'globex.com', tier: 2 } });
  return { core, planId, a, b };
}

describe('content items through the dispatcher', () => {
  it('creates items with personas, industries and linked accounts; edits replace the links; undo restores them', async () => {
    const { core, planId, a, b } = await planWithAccounts();
    const created = await core.must('content.create', { planId, item: item({ personas: ['CFO'], industries: ['Manufacturing'], accountIds: [a.id], url: 'https://example.com/acme' }) });
    expect(created).toMatchObject({ status: 'planned', personas: ['CFO'], industries: ['Manufacturing'], accountIds: [a.id], revision: 1 });
    const edited = await core.must('content.update', { planId, id: created.id, patch: { accountIds: [b.id], usageCount: 12 }, expectedRevision: 1 });
    expect(edited).toMatchObject({ accountIds: [b.id], usageCount: 12 });
    expect((await core.must('history.undo', { planId })).changeSet?.rows.map((r) => [r.table, r.kind]).sort()).toEqual([['content_accounts', 'added'], ['content_accounts', 'deleted'], ['content_items', 'edited']]);
    expect((await core.must('content.list', { planId }))[0]).toMatchObject({ accountIds: [a.id], usageCount: 0 });
  });

  it('sales requests content: a card in "requested" with the reason and the accounts it is for', async () => {
    const { core, planId, a } = await planWithAccounts();
    const asked = await core.must('content.request', { planId, request: { title: 'Battlecard vs Initech', type: 'Battlecard', stage: 'decision', reason: 'Lost two deals to Initech', requester: 'Maya Patel', accountIds: [a.id] } });
    expect(asked).toMatchObject({ status: 'requested', reason: 'Lost two deals to Initech', requester: 'Maya Patel', accountIds: [a.id] });
    await expectRefused(core, 'content.request', { planId, request: { title: 'X', type: 'Deck', stage: 'decision', reason: ' ', requester: 'Maya' } }, 'VALIDATION', 'request.reason');
  });

  it('moves items between status columns as one step, restarting the clock on their status', async () => {
    let clock = Date.parse('2027-01-05T09:00:00Z');
    const { core, planId } = await testPlan({ context: { now: () => new Date((clock += 60_000)).toISOString() } });
    const [x, y] = [await core.must('content.create', { planId, item: item({ title: 'X' }) }), await core.must('content.create', { planId, item: item({ title: 'Y', status: 'published' }) })];
    const [moved] = await core.must('content.move', { planId, cards: [{ id: x.id }], to: { status: 'published' }, place: { after: y.id, before: null } });
    expect(moved).toMatchObject({ status: 'published' });
    expect(moved!.statusSince > x.statusSince).toBe(true);
    expect((await core.must('content.list', { planId })).map((i) => i.title)).toEqual(['Y', 'X']);
    // The activity panel and the undo toast read it as the move it was.
    expect((await core.must('history.list', { planId, limit: 1 }))[0]).toMatchObject({ op: 'content.move', label: 'Moved X from Planned to Published', rows: [{ kind: 'moved', name: 'X' }] });
    await expectRefused(core, 'content.move', { planId, cards: [{ id: x.id }], to: { status: 'shipped' }, place: { after: null, before: null } }, 'VALIDATION', 'to.status');
  });

  it('deleting a linked account takes its links with it, and undo brings both back', async () => {
    const { core, planId, a } = await planWithAccounts();
    await core.must('content.create', { planId, item: item({ accountIds: [a.id] }) });
    await core.must('accounts.delete', { planId, id: a.id });
    expect((await core.must('content.list', { planId }))[0]!.accountIds).toEqual([]);
    const step = await core.must('history.undo', { planId });
    expect(step.changeSet?.rows.map((r) => r.table).sort()).toEqual(['accounts', 'content_accounts']);
    expect((await core.must('content.list', { planId }))[0]!.accountIds).toEqual([a.id]);
  });

  it('refuses bad input with the field named, changing nothing', async () => {
    const { core, planId, a } = await planWithAccounts();
    const other = await testPlan();
    const stranger = await other.core.must('accounts.create', { planId: other.planId, account: { name: 'S', domain: 's.com' } });
    const created = await core.must('content.create', { planId, item: item() });
    await expectRefused(core, 'content.create', { planId, item: item({ dueDate: '2026-12-31' }) }, 'VALIDATION', 'item.dueDate');
    await expectRefused(core, 'content.create', { planId, item: item({ dueDate: '2027-02-30' }) }, 'VALIDATION', 'item.dueDate');
    await expectRefused(core, 'content.create', { planId, item: item({ dueDate: '2027-13-45' }) }, 'VALIDATION', 'item.dueDate'); // no date at all, not a crash
    await expectRefused(core, 'content.create', { planId, item: item({ accountIds: [a.id, stranger.id] }) }, 'VALIDATION', 'item.accountIds.1');
    await expectRefused(core, 'content.create', { planId, item: item({ url: 'javascript:alert(1)' }) }, 'VALIDATION', 'item.url');
    await expectRefused(core, 'content.create', { planId, item: item({ stage: 'purchase' }) }, 'VALIDATION', 'item.stage');
    await expectRefused(core, 'content.create', { planId, item: item({ influencedPipeline: -1 }) }, 'VALIDATION', 'item.influencedPipeline');
    await expectRefused(core, 'content.update', { planId, id: created.id, patch: { title: 'Z' }, expectedRevision: 3 }, 'CONFLICT');
    await core.must('accounts.delete', { planId, id: a.id });
    await expectRefused(core, 'content.update', { planId, id: created.id, patch: { accountIds: [a.id] } }, 'VALIDATION', 'patch.accountIds.0');
  });

  it('is copied with its plan, links pointing at the copy\'s own accounts', async () => {
    const { core, planId, a } = await planWithAccounts();
    await core.must('content.create', { planId, item: item({ accountIds: [a.id] }) });
    const copy = await core.must('plans.duplicate', { id: planId, name: 'Copy' });
    const [copied] = await core.must('content.list', { planId: copy.id });
    const copyAcme = (await core.must('accounts.list', { planId: copy.id })).find((x) => x.domain === 'acme.com')!;
    expect(copied!.accountIds).toEqual([copyAcme.id]);
    await core.must('plans.delete', { id: copy.id });
    expect(core.store.sqlite.prepare('select count(*) as n from content_accounts where plan_id = ?').get(copy.id)).toEqual({ n: 0 });
  });
});
