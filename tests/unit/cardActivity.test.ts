import { describe, expect, it } from 'vitest';
import { cardActivityText } from '../../shared/history/cardActivity';

const row = { id: 'r1', name: 'Acme', stage: 'target', tier: 3, rank: 'a0', revision: 1 };

describe("a card's latest change in a few words", () => {
  it('names an added or deleted row', () => {
    expect(cardActivityText('accounts', 'r1', null, row)).toBe('Added');
    expect(cardActivityText('accounts', 'r1', row, null)).toBe('Deleted');
  });
  it('shows the first changed field, counts the rest, and never the order key', () => {
    expect(cardActivityText('accounts', 'r1', row, { ...row, stage: 'aware', rank: 'a1', revision: 2 })).toBe('Stage target → aware');
    expect(cardActivityText('accounts', 'r1', row, { ...row, stage: 'aware', tier: 1, revision: 2 })).toBe('Stage target → aware and 1 more');
    expect(cardActivityText('accounts', 'r1', row, { ...row, rank: 'a1', revision: 2 })).toBe('Reordered');
    expect(cardActivityText('accounts', 'r1', row, { ...row, revision: 2 })).toBe('Edited');
  });
});
