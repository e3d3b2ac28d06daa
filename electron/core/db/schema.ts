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
  /** Null: no cap set. */
  budget_cap: Generated<number | null>;
  tier1_size: Generated<number>;
  tier2_size: Generated<number>;
  tier3_size: Generated<number>;
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
  rank: Generated<string>;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TargetScenariosTable {
  id: string;
  plan_id: string;
  name: string;
  is_primary: number;
  bookings_target: number;
  avg_deal_size: number;
  win_rate: number;
  sql_to_opp_rate: number;
  mql_to_sql_rate: number;
  sales_cycle_days: number;
  marketing_sourced_share: number;
  follow_up_hours: number;
  follow_up_coverage: number;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CustomMetricsTable {
  id: string;
  plan_id: string;
  key: string;
  label: string;
  unit: string;
  aggregation: string;
  default_team: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface SlasTable {
  id: string;
  plan_id: string;
  name: string;
  kind: string;
  committing_team: string;
  receiving_team: string;
  metric: string | null;
  target: number | null;
  comparator: string;
  period: string;
  warning_band: number;
  owner: string;
  notes: string;
  definition: string;
  review_date: string | null;
  template_key: string | null;
  plan_figure: string | null;
  follows_plan: number;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface KpiSnapshotsTable {
  id: string;
  plan_id: string;
  metric: string;
  period: string;
  team: string;
  value: number;
  note: string;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface BudgetLinesTable {
  id: string;
  plan_id: string;
  name: string;
  channel: string;
  team: string;
  month: string;
  planned: number;
  committed: number;
  actual: number;
  expected_mqls: number;
  expected_pipeline: number;
  notes: string;
  rank: string;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ContentItemsTable {
  id: string;
  plan_id: string;
  title: string;
  type: string;
  stage: string;
  /** JSON arrays of names. */
  personas: string;
  industries: string;
  status: string;
  owner: string;
  requester: string;
  reason: string;
  due_date: string | null;
  url: string;
  usage_count: number;
  influenced_pipeline: number;
  rank: string;
  /** When the item last changed status: requests that sit still for 14 days are flagged. */
  status_since: string;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ContentAccountsTable {
  id: string;
  plan_id: string;
  content_id: string;
  account_id: string;
  created_at: string;
}

export interface ChangeSetsTable {
  id: string;
  seq: number;
  plan_id: string | null;
  op: string;
  actor: Generated<string>;
  created_at: string;
  undone: Generated<number>;
}

export interface ChangesTable {
  id: Generated<number>;
  change_set_id: string;
  plan_id: string | null;
  table_name: string;
  row_id: string;
  /** The row as JSON before the change; null for an insert. */
  before: string | null;
  /** The row as JSON after the change; null for a delete. */
  after: string | null;
}

export interface Database {
  meta: MetaTable;
  plans: PlansTable;
  accounts: AccountsTable;
  target_scenarios: TargetScenariosTable;
  custom_metrics: CustomMetricsTable;
  slas: SlasTable;
  kpi_snapshots: KpiSnapshotsTable;
  budget_lines: BudgetLinesTable;
  content_items: ContentItemsTable;
  content_accounts: ContentAccountsTable;
  change_sets: ChangeSetsTable;
  changes: ChangesTable;
}

export type PlanRow = Selectable<PlansTable>;
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountRowPatch = Updateable<AccountsTable>;
export type TargetScenarioRow = Selectable<TargetScenariosTable>;
export type CustomMetricRow = Selectable<CustomMetricsTable>;
export type SlaRow = Selectable<SlasTable>;
export type KpiSnapshotRow = Selectable<KpiSnapshotsTable>;
