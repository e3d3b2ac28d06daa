import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface MetaTable {
  key: string;
  value: string;
}

export interface PlansTable {
  id: string;
  name: string;
  fiscal_period: string;
  currency: string;
  scenario_of: string | null;
  revision: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface AccountsTable {
  id: string;
  plan_id: string;
  name: string;
  domain: string;
  industry: string;
  region: string;
  employees: number | null;
  annual_revenue: number | null;
  tier: number;
  stage: string;
  sales_owner: string;
  marketing_owner: string;
  open_pipeline: number;
  notes: string;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface Database {
  meta: MetaTable;
  plans: PlansTable;
  accounts: AccountsTable;
}

export type PlanRow = Selectable<PlansTable>;
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountRowPatch = Updateable<AccountsTable>;
