/**
 * The tables whose rows the change log records, with the column that names each row's plan. A table of
 * plan data missing here would be changed without an undo step: the history tests list every table of
 * the store and fail on one that is neither here nor in LOCAL_TABLES.
 */
export const TRACKED_TABLES: Readonly<Record<string, { planColumn: string }>> = {
  plans: { planColumn: 'id' },
  accounts: { planColumn: 'plan_id' },
  target_scenarios: { planColumn: 'plan_id' },
  custom_metrics: { planColumn: 'plan_id' },
  slas: { planColumn: 'plan_id' },
  kpi_snapshots: { planColumn: 'plan_id' },
  budget_lines: { planColumn: 'plan_id' },
  content_items: { planColumn: 'plan_id' },
  content_accounts: { planColumn: 'plan_id' },
};

/** Tables that are not plan data: the store's own bookkeeping and the log itself. */
export const LOCAL_TABLES = ['meta', 'change_sets', 'changes'] as const;

export const isTracked = (table: string): boolean => Object.hasOwn(TRACKED_TABLES, table);
