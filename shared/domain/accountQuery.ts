import { STAGES, type Account, type Stage, type Tier } from './account';

export type AccountSortKey = Exclude<keyof Account, 'planId' | 'createdAt' | 'updatedAt' | 'revision' | 'id'>;

export interface AccountQuery {
  search: string;
  tier: Tier | null;
  stage: Stage | null;
  /** Matches either the sales or the marketing owner. */
  owner: string | null;
  sort: { key: AccountSortKey; dir: 'asc' | 'desc' };
}

export const DEFAULT_QUERY: AccountQuery = { search: '', tier: null, stage: null, owner: null, sort: { key: 'name', dir: 'asc' } };

const SEARCHED: (keyof Account)[] = ['name', 'domain', 'industry', 'region', 'salesOwner', 'marketingOwner', 'notes'];
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const stageRank = (s: Stage) => STAGES.indexOf(s);

function compare(a: Account, b: Account, key: AccountSortKey): number {
  const x = a[key];
  const y = b[key];
  if (key === 'stage') return stageRank(x as Stage) - stageRank(y as Stage);
  // Empty values sort last in either direction would surprise less, but a stable "empty is smallest" is
  // what spreadsheets do, and users compare Tandem with their spreadsheet.
  if (x === null || x === '') return y === null || y === '' ? 0 : -1;
  if (y === null || y === '') return 1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return collator.compare(String(x), String(y));
}

/** Filters and sorts without touching the input; ties keep name order so rows never jump. */
export function queryAccounts(accounts: readonly Account[], q: AccountQuery): Account[] {
  const needle = q.search.trim().toLocaleLowerCase();
  const filtered = accounts.filter(
    (a) =>
      (q.tier === null || a.tier === q.tier) &&
      (q.stage === null || a.stage === q.stage) &&
      (q.owner === null || a.salesOwner === q.owner || a.marketingOwner === q.owner) &&
      (!needle || SEARCHED.some((k) => String(a[k]).toLocaleLowerCase().includes(needle))),
  );
  const dir = q.sort.dir === 'asc' ? 1 : -1;
  return filtered.sort((a, b) => dir * compare(a, b, q.sort.key) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** Everyone who owns an account on either side, for the owner filter. */
export function ownersOf(accounts: readonly Account[]): string[] {
  const owners = new Set<string>();
  for (const a of accounts) {
    if (a.salesOwner) owners.add(a.salesOwner);
    if (a.marketingOwner) owners.add(a.marketingOwner);
  }
  return [...owners].sort(collator.compare);
}
