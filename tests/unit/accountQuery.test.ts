import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/domain/account';
import { DEFAULT_QUERY, ownersOf, queryAccounts } from '../../shared/domain/accountQuery';

let n = 0;
const account = (fields: Partial<Account>): Account => ({
  id: `id-${++n}`,
  planId: 'p',
  rank: 'a0',
  name: 'X',
  domain: `x${n}.com`,
  industry: '',
  region: '',
  employees: null,
  annualRevenue: null,
  tier: 3,
  stage: 'target',
  salesOwner: '',
  marketingOwner: '',
  openPipeline: 0,
  notes: '',
  revision: 1,
  createdAt: '',
  updatedAt: '',
  ...fields,
});

const rows = [
  account({ name: 'Globex', tier: 1, stage: 'opportunity', salesOwner: 'Maya', openPipeline: 90_000, industry: 'Energy' }),
  account({ name: 'acme', tier: 2, stage: 'aware', marketingOwner: 'Omar', openPipeline: 5_000 }),
  account({ name: 'Initech', tier: 1, stage: 'customer', salesOwner: 'Jordan', marketingOwner: 'Maya', employees: 50 }),
  account({ name: 'Umbrella', tier: 3, stage: 'target', notes: 'Met at the Berlin event' }),
];

const names = (list: Account[]) => list.map((a) => a.name);

describe('queryAccounts', () => {
  it('sorts by name case-insensitively by default', () => expect(names(queryAccounts(rows, DEFAULT_QUERY))).toEqual(['acme', 'Globex', 'Initech', 'Umbrella']));

  it('sorts numbers numerically, both ways', () => {
    const q = { ...DEFAULT_QUERY, sort: { key: 'openPipeline' as const, dir: 'desc' as const } };
    expect(names(queryAccounts(rows, q))).toEqual(['Globex', 'acme', 'Initech', 'Umbrella']);
  });

  it('sorts stages in funnel order, not alphabetically', () => {
    const q = { ...DEFAULT_QUERY, sort: { key: 'stage' as const, dir: 'asc' as const } };
    expect(names(queryAccounts(rows, q))).toEqual(['Umbrella', 'acme', 'Globex', 'Initech']);
  });

  it('filters by tier, stage and owner on either side', () => {
    expect(names(queryAccounts(rows, { ...DEFAULT_QUERY, tier: 1 }))).toEqual(['Globex', 'Initech']);
    expect(names(queryAccounts(rows, { ...DEFAULT_QUERY, stage: 'aware' }))).toEqual(['acme']);
    expect(names(queryAccounts(rows, { ...DEFAULT_QUERY, owner: 'Maya' }))).toEqual(['Globex', 'Initech']);
  });

  it('searches names, domains, industries and notes', () => {
    expect(names(queryAccounts(rows, { ...DEFAULT_QUERY, search: 'berlin' }))).toEqual(['Umbrella']);
    expect(names(queryAccounts(rows, { ...DEFAULT_QUERY, search: ' ENERGY ' }))).toEqual(['Globex']);
  });

  it('does not reorder its input', () => {
    const copy = [...rows];
    queryAccounts(rows, { ...DEFAULT_QUERY, sort: { key: 'tier', dir: 'desc' } });
    expect(rows).toEqual(copy);
  });

  it('lists owners from both teams once each', () => expect(ownersOf(rows)).toEqual(['Jordan', 'Maya', 'Omar']));
});
