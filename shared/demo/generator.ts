import type { AccountFields, Stage, Tier } from '../domain/account';
import { INDUSTRIES, MARKETING_OWNERS, NAME_STEMS, NAME_SUFFIXES, QUALIFIERS, REGIONS, REGION_WEIGHTS, SALES_OWNERS, TLDS_BY_REGION } from './names';
import { seededRandom, type Random } from './random';

export const DEMO_SEED = 2027;
export const DEMO_ACCOUNT_COUNT = 300;
/** The demo plan is the quarter the user is in, so its dashboard shows a quarter in flight. */
export const demoPlanHeader = (fiscalPeriod: string) => ({ name: `${fiscalPeriod} Joint Revenue Plan (demo)`, fiscalPeriod, currency: 'USD' }) as const;

// Stage mix per tier: tier 1 accounts get the most joint attention, so more of them are further along.
const STAGE_WEIGHTS: Record<Tier, number[]> = {
  1: [0.1, 0.15, 0.3, 0.3, 0.15],
  2: [0.25, 0.3, 0.25, 0.12, 0.08],
  3: [0.5, 0.25, 0.15, 0.06, 0.04],
};
const STAGE_ORDER: Stage[] = ['target', 'aware', 'engaged', 'opportunity', 'customer'];

function weighted<T>(rng: Random, items: readonly T[], weights: readonly number[]): T {
  let r = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r <= 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/** ABM tiering as teams do it: about 25 tier 1 and 75 tier 2 in a few hundred, the long tail tier 3. */
export function tierFor(index: number, count: number): Tier {
  const tier1 = Math.max(1, Math.round((count * 25) / 300));
  const tier2 = Math.round((count * 75) / 300);
  return index < tier1 ? 1 : index < tier1 + tier2 ? 2 : 3;
}

const roundTo = (n: number, step: number) => Math.round(n / step) * step;

// Real company lists repeat stems too ("Summit Health", "Summit Health Group"); numbers only as a last resort.
function uniqueName(rng: Random, industry: string, used: Set<string>): string {
  const suffixes = NAME_SUFFIXES[industry]!;
  let name = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    name = `${rng.pick(NAME_STEMS)} ${rng.pick(suffixes)}`;
    if (attempt >= 6) name = `${name} ${rng.pick(QUALIFIERS)}`;
    if (!used.has(name)) break;
  }
  for (let n = 2; used.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
  used.add(name);
  return name;
}

/** Deterministic accounts: the same (count, seed) always gives the same list, names and domains unique. */
export function generateAccounts(count: number, seed = DEMO_SEED): AccountFields[] {
  const rng = seededRandom(seed);
  const usedNames = new Set<string>();
  const out: AccountFields[] = [];
  for (let i = 0; i < count; i++) {
    const industry = rng.pick(INDUSTRIES);
    const region = weighted(rng, REGIONS, REGION_WEIGHTS);
    const name = uniqueName(rng, industry, usedNames);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const domain = `${slug}.${rng.pick(TLDS_BY_REGION[region]!)}`;
    const tier = tierFor(i, count);
    const stage = weighted(rng, STAGE_ORDER, STAGE_WEIGHTS[tier]);
    // Tier 1 skews large: ABM teams pick their biggest-fit accounts first.
    const sizeExp = tier === 1 ? 3.3 + rng.next() * 1.2 : tier === 2 ? 2.7 + rng.next() * 1.3 : 1.7 + rng.next() * 1.8;
    const employees = roundTo(10 ** sizeExp, 10);
    const annualRevenue = roundTo(employees * rng.int(120, 320) * 1000, 100_000);
    const dealSize = tier === 1 ? rng.int(80, 250) * 1000 : tier === 2 ? rng.int(30, 90) * 1000 : rng.int(8, 35) * 1000;
    const openPipeline = stage === 'opportunity' ? dealSize : stage === 'customer' && rng.chance(0.4) ? roundTo(dealSize * 0.4, 1000) : 0;
    out.push({
      name,
      domain,
      industry,
      region,
      employees,
      annualRevenue,
      tier,
      stage,
      salesOwner: rng.pick(SALES_OWNERS),
      marketingOwner: rng.pick(MARKETING_OWNERS),
      openPipeline,
      notes: tier === 1 && stage === 'engaged' ? 'Review at next ABM standup.' : '',
    });
  }
  return out;
}
