// Where the joint budget goes: its lines grouped by channel, owning team or month, for the budget
// board's charts. Each group adds its lines up with `spendOf`, as the totals do, so the groups of a
// chart always add up to the board's Planned, Committed and Actual.
import type { BudgetLine } from '../domain/budget';
import { spendOf } from './budget';

export type BudgetGrouping = 'channel' | 'team' | 'month';

export interface BudgetGroup {
  /** The channel's name, the team or the month key, as the lines hold it. */
  key: string;
  lineCount: number;
  planned: number;
  committed: number;
  actual: number;
}

/**
 * The lines grouped by one field. With `keys` (the plan's months, the teams), every key gets a group in
 * that order, empty ones too, so a month without lines shows as a gap rather than vanishing. Channels
 * are a plan's own words: they come largest planned first, then by name, and only those in use.
 */
export function budgetBy(lines: readonly BudgetLine[], by: BudgetGrouping, keys?: readonly string[]): BudgetGroup[] {
  const groups = new Map<string, BudgetLine[]>((keys ?? []).map((k) => [k, []]));
  for (const line of lines) {
    const key = line[by];
    // With fixed keys, a line outside them (none should be: the core refuses them) is left out, not added as a stray group.
    if (keys && !groups.has(key)) continue;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const out = [...groups].map(([key, members]) => ({ key, lineCount: members.length, ...spendOf(members) }));
  return keys ? out : out.sort((a, b) => b.planned - a.planned || a.key.localeCompare(b.key));
}
