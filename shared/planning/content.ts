// What the content board flags and what its heatmap counts. Pure, so the board, the heatmap's tooltips
// and any export read the same rule.
import type { Account } from '../domain/account';
import { FUNNEL_STAGES, type ContentItem, type FunnelStage } from '../domain/content';

/** A request that has sat in "requested" this long is stale: sales asked, nobody answered. */
export const STALE_AFTER_DAYS = 14;
const DAY = 86_400_000;

export type ContentFlag = 'overdue' | 'stale';

/** Overdue: due before today and not yet published (or retired). Stale: requested, unmoved for 14 days. */
export function contentFlags(item: Pick<ContentItem, 'status' | 'dueDate' | 'statusSince'>, now: Date): ContentFlag[] {
  const flags: ContentFlag[] = [];
  const today = now.toISOString().slice(0, 10);
  if (item.dueDate && item.dueDate < today && item.status !== 'published' && item.status !== 'retired') flags.push('overdue');
  if (item.status === 'requested' && now.getTime() - Date.parse(item.statusSince) >= STALE_AFTER_DAYS * DAY) flags.push('stale');
  return flags;
}

export interface Coverage {
  stages: readonly FunnelStage[];
  /** Row labels: personas, or industries of tier-1 and tier-2 accounts. */
  rows: string[];
  /** counts[row][stage]: live items (not retired) for that row and stage; 0 is a gap. */
  counts: number[][];
}

const live = (items: readonly ContentItem[]) => items.filter((i) => i.status !== 'retired');

function grid(rows: string[], items: readonly ContentItem[], matches: (item: ContentItem, row: string) => boolean): Coverage {
  const sorted = [...rows].sort((a, b) => a.localeCompare(b));
  return { stages: FUNNEL_STAGES, rows: sorted, counts: sorted.map((row) => FUNNEL_STAGES.map((stage) => items.filter((i) => i.stage === stage && matches(i, row)).length)) };
}

/** Funnel stage × persona: which buyer gets nothing at which stage. */
export function personaCoverage(items: readonly ContentItem[]): Coverage {
  const current = live(items);
  return grid([...new Set(current.flatMap((i) => i.personas))], current, (i, p) => i.personas.includes(p));
}

/**
 * Funnel stage × industry, for the industries of the tier-1 and tier-2 accounts: the accounts the plan
 * bets on most, and whether content speaks to their industry at each stage. Industries with no such
 * account are left out; an industry of those accounts with no content at all is a row of gaps.
 */
export function industryCoverage(items: readonly ContentItem[], accounts: readonly Pick<Account, 'tier' | 'industry'>[]): Coverage {
  const industries = [...new Set(accounts.filter((a) => a.tier <= 2 && a.industry.trim()).map((a) => a.industry.trim()))];
  return grid(industries, live(items), (i, industry) => i.industries.some((x) => x.toLowerCase() === industry.toLowerCase()));
}
