import type { Account } from '../domain/account';

export type DemoAccountRef = Pick<Account, 'id' | 'name' | 'tier' | 'industry'>;

/**
 * The tier-1 industry the demo content leaves without a single piece: the second-largest among the
 * tier-1 accounts, a gap big enough to matter and not the obvious one. None with fewer than three
 * tier-1 industries, where a gap would leave too little to cover.
 */
export function demoGapIndustry(accounts: readonly DemoAccountRef[]): string | null {
  const tier1 = countBy(accounts.filter((a) => a.tier === 1));
  return tier1.size >= 3 ? ranked(tier1, new Map())[1]! : null;
}

/** The industries demo content speaks to: those of tier-1 and tier-2 accounts, biggest tier-1 presence first, the gap left out. */
export function coverageIndustries(accounts: readonly DemoAccountRef[]): string[] {
  const gap = demoGapIndustry(accounts);
  const tier1 = countBy(accounts.filter((a) => a.tier === 1));
  const top = countBy(accounts.filter((a) => a.tier <= 2));
  return ranked(top, tier1).filter((i) => i !== gap);
}

function countBy(accounts: readonly DemoAccountRef[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of accounts) if (a.industry) out.set(a.industry, (out.get(a.industry) ?? 0) + 1);
  return out;
}

/** Keys of `counts` by `first` count, then their own count, then name: the same order on every machine. */
function ranked(counts: Map<string, number>, first: Map<string, number>): string[] {
  const [by, then] = first.size ? [first, counts] : [counts, counts];
  return [...counts.keys()].sort((a, b) => (by.get(b) ?? 0) - (by.get(a) ?? 0) || (then.get(b) ?? 0) - (then.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}
