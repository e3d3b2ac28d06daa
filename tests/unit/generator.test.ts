import { describe, expect, it } from 'vitest';
import { accountInputSchema } from '../../shared/contract/accounts';
import { generateAccounts, tierFor } from '../../shared/demo/generator';

describe('demo-data generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateAccounts(50, 7)).toEqual(generateAccounts(50, 7));
    expect(generateAccounts(50, 7)).not.toEqual(generateAccounts(50, 8));
  });

  it('tiers a few hundred accounts as ABM teams do: 25 / 75 / the rest', () => {
    const tiers = generateAccounts(300).map((a) => a.tier);
    expect([1, 2, 3].map((t) => tiers.filter((x) => x === t).length)).toEqual([25, 75, 200]);
    expect(tierFor(0, 1)).toBe(1);
  });

  it('makes unique names and domains at any size, all valid account input', () => {
    const accounts = generateAccounts(10_000, 3);
    expect(new Set(accounts.map((a) => a.name)).size).toBe(10_000);
    expect(new Set(accounts.map((a) => a.domain)).size).toBe(10_000);
    for (const a of accounts.slice(0, 500)) expect(accountInputSchema.parse(a)).toEqual(a);
  });
});
