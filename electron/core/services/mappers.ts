import type { Account, AccountFields, Stage, Tier } from '../../../shared/domain/account';
import type { Currency, Plan, PlanSummary } from '../../../shared/domain/plan';
import type { AccountRow, NewAccountRow, PlanRow } from '../db/schema';
import type { PlanWithCount } from '../repositories/plans.repo';

// Rows never leave the core: services hand out domain objects from shared/.
export const toPlan = (row: PlanRow): Plan => ({
  id: row.id,
  name: row.name,
  fiscalPeriod: row.fiscal_period,
  currency: row.currency as Currency,
  scenarioOf: row.scenario_of,
  budgetCap: row.budget_cap,
  tierSizes: { 1: row.tier1_size, 2: row.tier2_size, 3: row.tier3_size },
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toPlanSummary = (row: PlanWithCount): PlanSummary => ({ ...toPlan(row), accountCount: Number(row.account_count) });

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  planId: row.plan_id,
  name: row.name,
  domain: row.domain,
  industry: row.industry,
  region: row.region,
  employees: row.employees,
  annualRevenue: row.annual_revenue,
  tier: row.tier as Tier,
  stage: row.stage as Stage,
  salesOwner: row.sales_owner,
  marketingOwner: row.marketing_owner,
  openPipeline: row.open_pipeline,
  notes: row.notes,
  rank: row.rank,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const COLUMN_OF: Record<keyof AccountFields, keyof AccountRow> = {
  name: 'name',
  domain: 'domain',
  industry: 'industry',
  region: 'region',
  employees: 'employees',
  annualRevenue: 'annual_revenue',
  tier: 'tier',
  stage: 'stage',
  salesOwner: 'sales_owner',
  marketingOwner: 'marketing_owner',
  openPipeline: 'open_pipeline',
  notes: 'notes',
};

/** Domain field names to column names, for the fields present; unknown keys are dropped. */
export function renameKeys<F extends object>(fields: Partial<F>, columnOf: Record<keyof F, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && Object.hasOwn(columnOf, key)) out[columnOf[key as keyof F]] = value;
  }
  return out;
}

export const toAccountColumns = (fields: Partial<AccountFields>) => renameKeys<AccountFields>(fields, COLUMN_OF) as Partial<AccountRow>;

export const toNewAccountRow = (id: string, planId: string, fields: AccountFields, now: string, rank: string): NewAccountRow =>
  ({ ...toAccountColumns(fields), id, plan_id: planId, rank, created_at: now, updated_at: now }) as NewAccountRow;
