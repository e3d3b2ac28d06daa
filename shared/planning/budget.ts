// The joint budget's numbers: what it plans, commits and spends against the cap, what it buys (MQLs and
// pipeline), and whether it funds the MQLs the primary scenario needs. The board, the dashboard card and
// exports all read these, so one figure means one thing everywhere.
import type { BudgetLine } from '../domain/budget';

export interface BudgetTotals {
  planned: number;
  committed: number;
  actual: number;
  expectedMqls: number;
  expectedPipeline: number;
  cap: number | null;
  /** How far planned spend goes past the cap; null without a cap, 0 within it. */
  overCap: number | null;
  /** Planned spend per expected MQL and per expected SQL (at the plan's MQL→SQL rate); null when nothing is expected. */
  costPerMql: number | null;
  costPerSql: number | null;
  /** Expected pipeline per unit of planned spend ("3.2×"); null when nothing is planned. */
  pipelineRoi: number | null;
}

const sum = (lines: readonly BudgetLine[], key: 'planned' | 'committed' | 'actual' | 'expectedMqls' | 'expectedPipeline') => lines.reduce((s, l) => s + l[key], 0);
const per = (money: number, count: number) => (count > 0 ? money / count : null);

/** The three spend states of some lines, added up: every chart, card and total adds them this one way. */
export function spendOf(lines: readonly BudgetLine[]): { planned: number; committed: number; actual: number } {
  return { planned: sum(lines, 'planned'), committed: sum(lines, 'committed'), actual: sum(lines, 'actual') };
}

export function budgetTotals(lines: readonly BudgetLine[], cap: number | null, mqlToSqlRate: number): BudgetTotals {
  const { planned, committed, actual } = spendOf(lines);
  const expectedMqls = sum(lines, 'expectedMqls');
  const expectedPipeline = sum(lines, 'expectedPipeline');
  return {
    planned,
    committed,
    actual,
    expectedMqls,
    expectedPipeline,
    cap,
    overCap: cap === null ? null : Math.max(0, planned - cap),
    costPerMql: per(planned, expectedMqls),
    costPerSql: per(planned, (expectedMqls * mqlToSqlRate) / 100),
    pipelineRoi: planned > 0 ? expectedPipeline / planned : null,
  };
}

export interface FundingCheck {
  /** MQLs the primary scenario needs over the plan. */
  needed: number;
  /** MQLs the budget lines expect to buy. */
  expected: number;
  /** MQLs still unfunded (0 when the budget covers them) and what they cost at the budget's cost per MQL. */
  shortfallMqls: number;
  shortfallMoney: number | null;
  /** MQLs bought beyond the plan's need. */
  surplusMqls: number;
}

/**
 * Does the budget fund the MQLs the target planner says we need? The shortfall is priced at the budget's
 * own cost per expected MQL; with no MQL expected from any line there is no price to quote.
 */
export function fundingCheck(totals: BudgetTotals, mqlsNeeded: number): FundingCheck {
  const shortfallMqls = Math.max(0, mqlsNeeded - totals.expectedMqls);
  return {
    needed: mqlsNeeded,
    expected: totals.expectedMqls,
    shortfallMqls,
    shortfallMoney: shortfallMqls === 0 ? 0 : totals.costPerMql === null ? null : shortfallMqls * totals.costPerMql,
    surplusMqls: Math.max(0, totals.expectedMqls - mqlsNeeded),
  };
}

/** What a line's card flags: spend committed or made beyond what was planned. Allowed, never capped silently. */
export function lineWarnings(line: Pick<BudgetLine, 'planned' | 'committed' | 'actual'>): ('committed_over_planned' | 'actual_over_planned')[] {
  const out: ('committed_over_planned' | 'actual_over_planned')[] = [];
  if (line.committed > line.planned) out.push('committed_over_planned');
  if (line.actual > line.planned) out.push('actual_over_planned');
  return out;
}
