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
});
