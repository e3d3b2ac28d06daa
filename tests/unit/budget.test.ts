import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../shared/domain/budget';
import { budgetTotals, fundingCheck, lineWarnings } from '../../shared/planning/budget';

const line = (over: Partial<BudgetLine>): BudgetLine => ({
  id: 'l', planId: 'p', name: 'L', channel: 'Events', team: 'marketing', month: '2027-01', planned: 0, committed: 0, actual: 0, expectedMqls: 0, expectedPipeline: 0, notes: '', rank: 'a0', revision: 1, createdAt: '', updatedAt: '', ...over,
});

describe('budget totals', () => {
  const lines = [line({ planned: 60_000, committed: 50_000, actual: 20_000, expectedMqls: 300, expectedPipeline: 600_000 }), line({ planned: 40_000, committed: 45_000, expectedMqls: 100, expectedPipeline: 100_000 })];

  it('add up the lines, against the cap, with what each MQL, SQL and pipeline dollar costs', () => {
    expect(budgetTotals(lines, 90_000, 25)).toEqual({
      planned: 100_000, committed: 95_000, actual: 20_000, expectedMqls: 400, expectedPipeline: 700_000,
      cap: 90_000, overCap: 10_000, costPerMql: 250, costPerSql: 1_000, pipelineRoi: 7,
    });
    expect(budgetTotals(lines, 150_000, 25).overCap).toBe(0);
    expect(budgetTotals(lines, null, 25).overCap).toBeNull();
  });

  it('have no cost or return to quote when nothing is expected or planned', () => {
    expect(budgetTotals([], null, 25)).toMatchObject({ planned: 0, costPerMql: null, costPerSql: null, pipelineRoi: null });
    expect(budgetTotals([line({ planned: 5_000 })], null, 25)).toMatchObject({ costPerMql: null, costPerSql: null, pipelineRoi: 0 });
  });
});

describe('the funding check', () => {
  it('prices the MQLs the budget does not fund at its own cost per MQL', () => {
    const totals = budgetTotals([line({ planned: 100_000, expectedMqls: 400 })], null, 25);
    expect(fundingCheck(totals, 960)).toEqual({ needed: 960, expected: 400, shortfallMqls: 560, shortfallMoney: 140_000, surplusMqls: 0 });
    expect(fundingCheck(totals, 300)).toEqual({ needed: 300, expected: 400, shortfallMqls: 0, shortfallMoney: 0, surplusMqls: 100 });
    expect(fundingCheck(budgetTotals([], null, 25), 960)).toMatchObject({ shortfallMqls: 960, shortfallMoney: null });
  });
});

describe('a line\'s warnings', () => {
  it('flag spend committed or made beyond the plan, and nothing else', () => {
    expect(lineWarnings({ planned: 10, committed: 12, actual: 11 })).toEqual(['committed_over_planned', 'actual_over_planned']);
    expect(lineWarnings({ planned: 10, committed: 10, actual: 10 })).toEqual([]);
  });
});
