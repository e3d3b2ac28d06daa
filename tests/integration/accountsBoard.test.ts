import { describe, expect, it } from 'vitest';
import { expectRefused, testPlan } from './helpers';

async function boardOf(names: string[]) {
  const { core, planId } = await testPlan();
  const ids: Record<string, string> = {};
  for (const name of names) ids[name] = (await core.must('accounts.create', { planId, account: { name, domain: `${name.toLowerCase()}.com` } })).id;
  const column = async (stage: string) =>
    (await core.must('accounts.list', { planId }))
      .filter((a) => a.stage === stage)
      .sort((a, b) => (a.rank < b.rank ? -1 : 1))
      .map((a) => a.name);
  return { core, planId, ids, column };
}

describe('the accounts board', () => {
  it('moves cards into another column between two of its cards, writing only the moved ones', async () => {
    const { core, planId, ids, column } = await boardOf(['A', 'B', 'C', 'D', 'E']);
    await core.must('accounts.move', { planId, cards: [{ id: ids.D! }, { id: ids.E! }], to: { stage: 'engaged' }, place: { after: null, before: null } });
    expect(await column('engaged')).toEqual(['D', 'E']);
    const before = core.snapshot().accounts as { id: string; rank: string }[];
    const moved = await core.must('accounts.move', { planId, cards: [{ id: ids.A!, expectedRevision: 1 }, { id: ids.B! }], to: { stage: 'engaged' }, place: { after: ids.D!, before: ids.E! } });
    expect(moved.map((a) => [a.name, a.stage])).toEqual([['A', 'engaged'], ['B', 'engaged']]);
    expect(await column('engaged')).toEqual(['D', 'A', 'B', 'E']);
    expect(await column('target')).toEqual(['C']);
    const after = core.snapshot().accounts as { id: string; rank: string }[];
    const changed = after.filter((row) => before.find((b) => b.id === row.id)!.rank !== row.rank).map((r) => r.id);
    expect(changed.sort()).toEqual([ids.A!, ids.B!].sort());
  });

  it('a move is one undo step, and a tier column works the same way', async () => {
    const { core, planId, ids } = await boardOf(['A', 'B']);
    await core.must('accounts.move', { planId, cards: [{ id: ids.A! }, { id: ids.B! }], to: { tier: 1, stage: 'aware' }, place: { after: null, before: null } });
    const step = await core.must('history.undo', { planId });
    expect(step.changeSet).toMatchObject({ op: 'accounts.move', label: 'Edited 2 accounts' });
    expect((await core.must('accounts.list', { planId })).map((a) => [a.tier, a.stage])).toEqual([[3, 'target'], [3, 'target']]);
  });

  it('refuses, changing nothing: a column that does not exist, a card of another plan, a card changed elsewhere, stale neighbours', async () => {
    const { core, planId, ids } = await boardOf(['A', 'B', 'C']);
    const other = await testPlan();
    const stranger = await other.core.must('accounts.create', { planId: other.planId, account: { name: 'X', domain: 'x.com' } });
    const move = (over: object) => ({ planId, cards: [{ id: ids.A! }], to: { stage: 'engaged' }, place: { after: null, before: null }, ...over });
    await expectRefused(core, 'accounts.move', move({ to: { stage: 'won' } }), 'VALIDATION', 'to.stage');
    await expectRefused(core, 'accounts.move', move({ to: { tier: 4 } }), 'VALIDATION', 'to.tier');
    await expectRefused(core, 'accounts.move', move({ cards: [{ id: stranger.id }] }), 'VALIDATION', 'cards.0.id');
    await expectRefused(core, 'accounts.move', move({ cards: [{ id: ids.A! }, { id: ids.A! }] }), 'VALIDATION', 'cards');
    await expectRefused(core, 'accounts.move', move({ cards: [{ id: ids.B! }, { id: ids.A!, expectedRevision: 7 }] }), 'CONFLICT');
    await expectRefused(core, 'accounts.move', move({ place: { after: ids.A!, before: null } }), 'VALIDATION', 'place.after');
    await expectRefused(core, 'accounts.move', move({ place: { after: ids.C!, before: ids.B! } }), 'CONFLICT');
    await expectRefused(core, 'accounts.move', move({ cards: [] }), 'VALIDATION', 'cards');
  });

  it('a move into another swimlane hands the cards to that owner or region, in the same step', async () => {
    const { core, planId, ids } = await boardOf(['A', 'B']);
    const moved = await core.must('accounts.move', { planId, cards: [{ id: ids.A! }], to: { stage: 'aware', salesOwner: 'Dana', marketingOwner: 'Lee', region: 'EMEA' }, place: { after: null, before: null } });
    expect(moved.map((a) => [a.stage, a.salesOwner, a.marketingOwner, a.region])).toEqual([['aware', 'Dana', 'Lee', 'EMEA']]);
    await core.must('history.undo', { planId });
    expect((await core.must('accounts.list', { planId })).find((a) => a.id === ids.A)).toMatchObject({ stage: 'target', salesOwner: '', region: '' });
    await expectRefused(core, 'accounts.move', { planId, cards: [{ id: ids.B! }], to: { salesOwner: 'x'.repeat(101) }, place: { after: null, before: null } }, 'VALIDATION', 'to.salesOwner');
  });

  it('tells each card its latest change (not a reorder key) and how many content items link to it', async () => {
    const { core, planId, ids } = await boardOf(['A', 'B', 'C']);
    await core.must('app.setIdentity', { youAre: 'Dana' });
    await core.must('accounts.move', { planId, cards: [{ id: ids.A! }], to: { stage: 'engaged' }, place: { after: null, before: null } });
    await core.must('accounts.move', { planId, cards: [{ id: ids.B! }], to: {}, place: { after: ids.C!, before: null } });
    await core.must('accounts.update', { planId, id: ids.C!, patch: { tier: 1, region: 'EMEA' } });
    await core.must('content.create', { planId, item: { title: 'Case study', type: 'case study', stage: 'decision', accountIds: [ids.A!] } });
    await core.must('content.create', { planId, item: { title: 'Deck', type: 'deck', stage: 'decision', accountIds: [ids.A!, ids.C!] } });
    const info = await core.must('accounts.boardInfo', { planId });
    expect(info.latest[ids.A!]).toMatchObject({ actor: 'Dana', text: 'Stage target → engaged' });
    expect(info.latest[ids.B!]?.text).toBe('Reordered');
    expect(info.latest[ids.C!]?.text).toBe('Region — → EMEA and 1 more');
    expect(info.contentLinks).toEqual({ [ids.A!]: 2, [ids.C!]: 1 });
    // An undone change is no longer the card's news; the change before it is.
    await core.must('history.undo', { planId });
    await core.must('history.undo', { planId });
    await core.must('history.undo', { planId });
    expect((await core.must('accounts.boardInfo', { planId })).latest[ids.C!]?.text).toBe('Added');
    await core.must('accounts.delete', { planId, id: ids.A! });
    expect((await core.must('accounts.boardInfo', { planId })).latest[ids.A!]).toBeUndefined();
  });

  it('leaves a plan copy\'s own rows out of its cards\' activity, and refuses an unknown plan', async () => {
    const { core, planId } = await boardOf(['A']);
    const copy = await core.must('plans.duplicate', { id: planId, name: 'Copy' });
    expect((await core.must('accounts.boardInfo', { planId: copy.id })).latest).toEqual({});
    await expectRefused(core, 'accounts.boardInfo', { planId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND');
  });

  it('places cards at the top, at the end, or refuses a neighbour from another plan of the same store or a place between a card and itself', async () => {
    const { core, planId, ids, column } = await boardOf(['A', 'B', 'C', 'D']);
    const to = { stage: 'engaged' } as const;
    await core.must('accounts.move', { planId, cards: [{ id: ids.A! }, { id: ids.B! }], to, place: { after: null, before: null } });
    // No neighbours: after every card of the plan, so at the end of the column.
    await core.must('accounts.move', { planId, cards: [{ id: ids.C! }], to, place: { after: null, before: null } });
    expect(await column('engaged')).toEqual(['A', 'B', 'C']);
    // Before the first card: the top.
    await core.must('accounts.move', { planId, cards: [{ id: ids.D! }], to, place: { after: null, before: ids.A! } });
    expect(await column('engaged')).toEqual(['D', 'A', 'B', 'C']);

    const other = await core.must('plans.create', { name: 'Other plan', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
    const stranger = await core.must('accounts.create', { planId: other.id, account: { name: 'X', domain: 'x.com' } });
    const move = (over: object) => ({ planId, cards: [{ id: ids.A! }], to, place: { after: null, before: null }, ...over });
    await expectRefused(core, 'accounts.move', move({ cards: [{ id: stranger.id }] }), 'VALIDATION', 'cards.0.id');
    await expectRefused(core, 'accounts.move', move({ place: { after: stranger.id, before: null } }), 'VALIDATION', 'place.after');
    await expectRefused(core, 'accounts.move', move({ place: { after: null, before: stranger.id } }), 'VALIDATION', 'place.before');
    await expectRefused(core, 'accounts.move', move({ cards: [{ id: ids.D! }], place: { after: ids.B!, before: ids.B! } }), 'VALIDATION', 'place');
    const stale = await core.call('accounts.move', move({ cards: [{ id: ids.D!, expectedRevision: 1 }] }));
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'cards.0.expectedRevision' } } });
    expect(await column('engaged')).toEqual(['D', 'A', 'B', 'C']);
  });

  it('never gives a moved card the key of another card: a column end, a top, two moves into one slot, a drop between tied cards', async () => {
    const { core, planId, ids } = await boardOf(['A', 'B', 'C', 'D', 'E', 'F']);
    const ranks = async () => (await core.must('accounts.list', { planId })).map((a) => a.rank);
    const unique = async () => expect(new Set(await ranks()).size).toBe((await ranks()).length);
    // A and B go to "engaged"; the end of that column sits before C..F in key order, so "after B" must
    // not take C's key, and "before A" at the top must not take a key below A that another card holds.
    await core.must('accounts.move', { planId, cards: [{ id: ids.C! }, { id: ids.D! }], to: { stage: 'engaged' }, place: { after: null, before: null } });
    await core.must('accounts.move', { planId, cards: [{ id: ids.E! }], to: { stage: 'engaged' }, place: { after: ids.D!, before: null } });
    await core.must('accounts.move', { planId, cards: [{ id: ids.A! }], to: { stage: 'engaged' }, place: { after: null, before: ids.C! } });
    await unique();
    // Two movers who saw the same slot both land in it, side by side.
    await core.must('accounts.move', { planId, cards: [{ id: ids.B! }], to: { stage: 'engaged' }, place: { after: ids.C!, before: ids.D! } });
    await core.must('accounts.move', { planId, cards: [{ id: ids.F! }], to: { stage: 'engaged' }, place: { after: ids.C!, before: ids.D! } });
    await unique();
    const order = (await core.must('accounts.list', { planId })).filter((a) => a.stage === 'engaged').sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((a) => a.name);
    expect(order).toEqual(['A', 'C', 'F', 'B', 'D', 'E']);
    // Two cards tied by an older store: a drop between them lands, it is not refused as a race.
    core.store.sqlite.prepare('update accounts set rank = ? where id in (?, ?)').run('a5', ids.C!, ids.D!);
    const moved = await core.must('accounts.move', { planId, cards: [{ id: ids.E! }], to: { stage: 'engaged' }, place: { after: ids.C!, before: ids.D! } });
    expect(moved[0]!.rank > 'a5').toBe(true);
  });
});
