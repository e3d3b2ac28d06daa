import type { Account, Tier } from '../../../../../shared/domain/account';

export type ColumnsBy = 'stage' | 'tier';
export const LANE_FIELDS = { salesOwner: 'Sales owner', marketingOwner: 'Marketing owner', region: 'Region' } as const;
export type LaneField = keyof typeof LANE_FIELDS;

export interface AccountBoardFilters {
  search: string;
  tier: Tier | null;
  columnsBy: ColumnsBy;
  lanesBy: LaneField | null;
}

/** As kept on the device: plain strings ('' for none), checked again when read back. */
export const STORED_DEFAULTS = { search: '', tier: '', columnsBy: 'stage', lanesBy: '' };
export type StoredBoardFilters = typeof STORED_DEFAULTS;

export function fromStored(s: StoredBoardFilters): AccountBoardFilters {
  const tier = Number(s.tier);
  return {
    search: s.search,
    tier: tier === 1 || tier === 2 || tier === 3 ? tier : null,
    columnsBy: s.columnsBy === 'tier' ? 'tier' : 'stage',
    lanesBy: Object.hasOwn(LANE_FIELDS, s.lanesBy) ? (s.lanesBy as LaneField) : null,
  };
}

export const toStored = (f: Partial<AccountBoardFilters>): Partial<StoredBoardFilters> =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v === null ? '' : String(v)]));

/** The board's cards after its search (name, domain, either owner, region, industry) and tier filter. */
export function filterBoardAccounts(accounts: readonly Account[], f: AccountBoardFilters): readonly Account[] {
  const q = f.search.trim().toLowerCase();
  if (!q && f.tier === null) return accounts;
  return accounts.filter(
    (a) =>
      (f.tier === null || a.tier === f.tier) &&
      (!q || [a.name, a.domain, a.salesOwner, a.marketingOwner, a.region, a.industry].some((v) => v.toLowerCase().includes(q))),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** One lane per value of the field among the cards shown, named in order; the unassigned lane last. */
export function laneHeadings(accounts: readonly Account[], field: LaneField): { id: string; title: string }[] {
  const values = new Set(accounts.map((a) => a[field]));
  const named = [...values].filter((v) => v !== '').sort(collator.compare);
  const lanes = named.map((v) => ({ id: v, title: v }));
  if (values.has('')) lanes.push({ id: '', title: field === 'region' ? 'No region' : 'No one' });
  return lanes;
}
