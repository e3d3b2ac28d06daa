import type { Team } from './team';

export type MetricUnit = 'count' | 'money' | 'percent' | 'hours';
/** How values of shorter periods roll up into a longer one (months into a quarter). */
export type Aggregation = 'sum' | 'mean';

export interface MetricDef {
  key: string;
  label: string;
  unit: MetricUnit;
  aggregation: Aggregation;
  /** Whose number counts when both teams report one: the team that owns the system of record. */
  defaultTeam: Team;
  description: string;
  custom: boolean;
}

const std = (key: string, label: string, unit: MetricUnit, aggregation: Aggregation, defaultTeam: Team, description: string): MetricDef => ({
  key,
  label,
  unit,
  aggregation,
  defaultTeam,
  description,
  custom: false,
});

/** The KPIs most tied to real alignment (LeadMD and Drift, SMAX) plus what the standard SLAs measure. */
export const STANDARD_METRICS: readonly MetricDef[] = [
  std('marketing_leads', 'Marketing-generated leads', 'count', 'sum', 'marketing', 'New leads from marketing programmes.'),
  std('sales_leads', 'Sales-generated leads', 'count', 'sum', 'sales', 'New leads sourced by sales and SDRs.'),
  std('mqls', 'MQLs', 'count', 'sum', 'marketing', 'Leads that met the agreed scoring bar.'),
  std('sqls', 'SQLs', 'count', 'sum', 'sales', 'Leads sales accepted for direct follow-up.'),
  std('mql_to_sql_rate', 'MQL→SQL rate', 'percent', 'mean', 'sales', 'Share of MQLs accepted as SQLs.'),
  std('opportunities', 'Opportunities created', 'count', 'sum', 'sales', 'New opportunities opened.'),
  std('pipeline_created', 'Pipeline created', 'money', 'sum', 'sales', 'Value of new opportunities opened.'),
  std('deals_won', 'Deals won', 'count', 'sum', 'sales', 'New-customer deals closed won.'),
  std('new_bookings', 'New-customer bookings', 'money', 'sum', 'sales', 'Bookings from new customers.'),
  std('upsell_bookings', 'Upsell bookings', 'money', 'sum', 'sales', 'Bookings from existing customers.'),
  std('win_rate', 'Win rate', 'percent', 'mean', 'sales', 'Closed-won over closed opportunities.'),
  std('median_follow_up_hours', 'Median follow-up time', 'hours', 'mean', 'sales', 'Median hours from lead assignment to first follow-up.'),
  std('follow_up_coverage', 'Follow-up coverage', 'percent', 'mean', 'sales', 'Share of MQLs that got a follow-up.'),
  std('win_loss_capture_rate', 'Win/loss capture rate', 'percent', 'mean', 'sales', 'Share of closed opportunities with a recorded win/loss reason.'),
  std('profit_margin', 'Profit margin', 'percent', 'mean', 'joint', 'Gross margin on new bookings.'),
  std('sales_added_contacts_per_rep', 'Sales-added contacts per rep', 'count', 'mean', 'sales', 'Contacts each rep adds to the database per month.'),
];

export const CUSTOM_METRIC_PREFIX = 'custom:';

export const metricByKey = (metrics: readonly MetricDef[], key: string) => metrics.find((m) => m.key === key);

export function customMetricKey(label: string): string {
  const slug = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
  return `${CUSTOM_METRIC_PREFIX}${slug || 'metric'}`;
}
