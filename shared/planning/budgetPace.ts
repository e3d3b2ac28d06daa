// The dashboard's budget card: spend against plan and against the cap, paced to today by the same rule
// as the target cards (each month's planned amount spread evenly through that month). It reads the
// board's own math (`budgetTotals`), so the card and the board never show two different "Planned".
import type { BudgetLine } from '../domain/budget';
import { budgetTotals, spendOf } from './budget';
import { elapsedFraction, hasStarted, parsePeriod } from './periods';
import { wholeUp } from './slaStatus';

/** Spend within this share of where it should be by today counts as on pace. */
export const SPEND_TOLERANCE = 0.1;

export type SpendPaceStatus = 'none' | 'on_pace' | 'ahead' | 'behind';
export interface SpendPace {
  /** none: nothing due and nothing spent yet. ahead: spent more than due by today; behind: less. */
  status: SpendPaceStatus;
  /** How far from the due figure, in whole percent of it; null when nothing is due yet. */
  percent: number | null;
}

export interface BudgetCard {
  /** Budget lines in the plan, and in the dashboard's selection. */
  planLineCount: number;
  lineCount: number;
  /** The selection's spend states: for the whole plan, the board's own totals. */
  planned: number;
  committed: number;
  actual: number;
  /** Planned spend of the selected months that have begun by today. */
  plannedStarted: number;
  /** Where actual spend should be by today, in whole currency units (rounded up, as every due-by-today figure). */
  paced: number;
  pace: SpendPace;
  /** The plan's cap, the whole plan's planned spend, and how far that goes past the cap (null without a cap). */
  cap: number | null;
  planPlanned: number;
  overCap: number | null;
}

/** Actual spend against what is due by today. Spending ahead is not "good": money goes out before the plan says. */
export function spendPace(actual: number, paced: number): SpendPace {
  if (paced <= 0) return actual > 0 ? { status: 'ahead', percent: null } : { status: 'none', percent: null };
  const ratio = actual / paced;
  const percent = Math.round(Math.abs(ratio - 1) * 100);
  // Judged on the percent shown, so "10% ahead" never reads "ahead" on one card and "on pace" on another.
  if (percent <= SPEND_TOLERANCE * 100) return { status: 'on_pace', percent };
  return { status: ratio > 1 ? 'ahead' : 'behind', percent };
}

/** The budget card for the months a dashboard selection covers, at `now`. */
export function budgetCard(lines: readonly BudgetLine[], cap: number | null, months: readonly string[], now: Date): BudgetCard {
  const selected = lines.filter((l) => months.includes(l.month));
  const spend = spendOf(selected);
  const plannedIn = (pick: (month: string) => number) => selected.reduce((sum, l) => sum + l.planned * pick(l.month), 0);
  // To the cent first, so a sum's float dust (10,000.000000002) is not rounded up to a whole unit more.
  const paced = Math.max(0, wholeUp(Math.round(plannedIn((m) => elapsedFraction(parsePeriod(m)!, now)) * 100) / 100)); // max: no -0
  const whole = budgetTotals(lines, cap, 0);
  return {
    planLineCount: lines.length,
    lineCount: selected.length,
    ...spend,
    plannedStarted: plannedIn((m) => (hasStarted(m, now) ? 1 : 0)),
    paced,
    pace: spendPace(spend.actual, paced),
    cap,
    planPlanned: whole.planned,
    overCap: whole.overCap,
  };
}
