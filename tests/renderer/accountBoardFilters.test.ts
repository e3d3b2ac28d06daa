import { describe, expect, it } from 'vitest';
import { fromStored, STORED_DEFAULTS, toStored } from '../../renderer/src/features/boards/accounts/boardFilters';

describe("the accounts board's kept filters", () => {
  it('round-trip through their stored strings', () => {
    const f = { search: 'acme', tier: 2 as const, columnsBy: 'tier' as const, lanesBy: 'region' as const };
    expect(fromStored({ ...STORED_DEFAULTS, ...toStored(f) })).toEqual(f);
    expect(toStored({ tier: null, lanesBy: null })).toEqual({ tier: '', lanesBy: '' });
  });
  it('fall back to the defaults for anything stored that is not a choice the board offers', () => {
    expect(fromStored({ search: 'x', tier: '7', columnsBy: 'owner', lanesBy: '__proto__' })).toEqual({ search: 'x', tier: null, columnsBy: 'stage', lanesBy: null });
    expect(fromStored(STORED_DEFAULTS)).toEqual({ search: '', tier: null, columnsBy: 'stage', lanesBy: null });
  });
});
