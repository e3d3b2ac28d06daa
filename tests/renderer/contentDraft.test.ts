import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../../shared/domain/content';
import { accountError, draftOf, patchOf } from '../../renderer/src/features/boards/content/contentDraft';

const item: ContentItem = {
  id: 'c1', planId: 'p', title: 'CFO deck', type: 'Deck', stage: 'decision', personas: ['CFO'], industries: [], status: 'planned', owner: 'Ana', requester: '', reason: '',
  dueDate: '2026-12-01', url: '', usageCount: 3, influencedPipeline: 1250000, accountIds: ['a1', 'a2'], rank: 'a0', statusSince: 't', revision: 4, createdAt: 't', updatedAt: 't',
};

describe('the content form', () => {
  it('an item opened and saved unchanged sends nothing, whatever order its accounts were picked in', () => {
    const draft = draftOf(item, 'Maya');
    expect(draft).toMatchObject({ personas: 'CFO', usageCount: '3', influencedPipeline: '1,250,000', dueDate: '2026-12-01', requester: '' });
    expect(patchOf(item, draft, ['a2', 'a1'], '.')).toEqual({ patch: {}, errors: {} });
  });

  it('sends only what changed, every field read as the board stores it', () => {
    const draft = { ...draftOf(item, ''), type: 'Podcast', status: 'published', personas: 'CFO,  VP Sales ,', dueDate: '', usageCount: '12', influencedPipeline: '$250k' };
    expect(patchOf(item, draft, ['a1'], '.')).toEqual({
      patch: { type: 'Podcast', status: 'published', personas: ['CFO', 'VP Sales'], dueDate: null, usageCount: 12, influencedPipeline: 250000, accountIds: ['a1'] },
      errors: {},
    });
  });

  it('numbers that do not read are refused beside their fields; the rules are left to the core', () => {
    const draft = { ...draftOf(item, ''), usageCount: 'lots', influencedPipeline: '-5' };
    const { patch, errors } = patchOf(item, draft, item.accountIds, '.');
    expect(errors).toEqual({ usageCount: 'Times sales used it must be a number, like 7.5 or 1,250' });
    expect(patch).toEqual({ influencedPipeline: -5 }); // the core says "must not be negative"
  });

  it('a new item starts empty, requested by whoever this device is', () => {
    expect(draftOf(null, 'Maya Patel')).toMatchObject({ title: '', type: 'Case study', stage: 'decision', status: 'planned', requester: 'Maya Patel', usageCount: '0' });
  });

  it("a refused link names the account at the place the core names", () => {
    const error = { code: 'VALIDATION' as const, message: 'x', details: { issues: [{ path: 'patch.accountIds.1', message: 'is not an account of this plan (deleted, or in another plan)' }] } };
    expect(accountError(error, 'patch', ['a1', 'a2'], (id) => (id === 'a2' ? 'Globex' : '?'))).toBe('For accounts: Globex is not an account of this plan (deleted, or in another plan)');
    expect(accountError({ code: 'VALIDATION', message: 'x' }, 'patch', [], () => '')).toBeUndefined();
  });
});
