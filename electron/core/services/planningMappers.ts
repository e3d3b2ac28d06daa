import type { KpiSnapshot, KpiSnapshotFields } from '../../../shared/domain/kpi';
import type { Aggregation, MetricDef, MetricUnit } from '../../../shared/domain/metrics';
import type { Comparator, Sla, SlaFields, SlaKind } from '../../../shared/domain/sla';
import type { TargetScenario } from '../../../shared/domain/targets';
import type { Team } from '../../../shared/domain/team';
import type { TargetAssumptions } from '../../../shared/planning/funnel';
import type { Granularity } from '../../../shared/planning/periods';
import type { PlanFigure } from '../../../shared/planning/planFigures';
import type { Insertable, Updateable } from 'kysely';
import { renameKeys } from './mappers';
import type { CustomMetricRow, KpiSnapshotRow, KpiSnapshotsTable, SlaRow, SlasTable, TargetScenarioRow, TargetScenariosTable } from '../db/schema';

export const toScenario = (r: TargetScenarioRow): TargetScenario => ({
  id: r.id,
  planId: r.plan_id,
  name: r.name,
  isPrimary: r.is_primary === 1,
  assumptions: {
    bookingsTarget: r.bookings_target,
    avgDealSize: r.avg_deal_size,
    winRate: r.win_rate,
    sqlToOppRate: r.sql_to_opp_rate,
    mqlToSqlRate: r.mql_to_sql_rate,
    salesCycleDays: r.sales_cycle_days,
    marketingSourcedShare: r.marketing_sourced_share,
    followUpHours: r.follow_up_hours,
    followUpCoverage: r.follow_up_coverage,
  },
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const assumptionColumns = (a: TargetAssumptions) => ({
  bookings_target: a.bookingsTarget,
  avg_deal_size: a.avgDealSize,
  win_rate: a.winRate,
  sql_to_opp_rate: a.sqlToOppRate,
  mql_to_sql_rate: a.mqlToSqlRate,
  sales_cycle_days: a.salesCycleDays,
  marketing_sourced_share: a.marketingSourcedShare,
  follow_up_hours: a.followUpHours,
  follow_up_coverage: a.followUpCoverage,
});

export const newScenarioRow = (id: string, planId: string, name: string, isPrimary: boolean, a: TargetAssumptions, now: string): Insertable<TargetScenariosTable> => ({
  id,
  plan_id: planId,
  name,
  is_primary: isPrimary ? 1 : 0,
  ...assumptionColumns(a),
  created_at: now,
  updated_at: now,
});

export const toMetric = (r: CustomMetricRow): MetricDef => ({
  key: r.key,
  label: r.label,
  unit: r.unit as MetricUnit,
  aggregation: r.aggregation as Aggregation,
  defaultTeam: r.default_team as Team,
  description: r.description,
  custom: true,
});

export const toSla = (r: SlaRow): Sla => ({
  id: r.id,
  planId: r.plan_id,
  name: r.name,
  kind: r.kind as SlaKind,
  committingTeam: r.committing_team as Team,
  receivingTeam: r.receiving_team as Team,
  metric: r.metric,
  target: r.target,
  comparator: r.comparator as Comparator,
  period: r.period as Granularity,
  warningBand: r.warning_band,
  owner: r.owner,
  notes: r.notes,
  definition: r.definition,
  reviewDate: r.review_date,
  templateKey: r.template_key,
  planFigure: r.plan_figure as PlanFigure | null,
  followsPlan: r.follows_plan === 1,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SLA_COLUMN_OF: Record<keyof SlaFields, keyof SlasTable> = {
  name: 'name',
  kind: 'kind',
  committingTeam: 'committing_team',
  receivingTeam: 'receiving_team',
  metric: 'metric',
  target: 'target',
  comparator: 'comparator',
  period: 'period',
  warningBand: 'warning_band',
  owner: 'owner',
  notes: 'notes',
  definition: 'definition',
  reviewDate: 'review_date',
  templateKey: 'template_key',
  planFigure: 'plan_figure',
  followsPlan: 'follows_plan',
};

export function slaColumns(f: Partial<SlaFields>): Updateable<SlasTable> {
  const columns = renameKeys<SlaFields>(f, SLA_COLUMN_OF);
  if (f.followsPlan !== undefined) columns.follows_plan = f.followsPlan ? 1 : 0; // SQLite has no booleans
  return columns as Updateable<SlasTable>;
}

export const newSlaRow = (id: string, planId: string, f: SlaFields, now: string): Insertable<SlasTable> =>
  ({ ...slaColumns(f), id, plan_id: planId, created_at: now, updated_at: now }) as Insertable<SlasTable>;


export const toSnapshot = (r: KpiSnapshotRow): KpiSnapshot => ({
  id: r.id,
  planId: r.plan_id,
  metric: r.metric,
  period: r.period,
  team: r.team as Team,
  value: r.value,
  note: r.note,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const newSnapshotRow = (id: string, planId: string, s: KpiSnapshotFields, now: string): Insertable<KpiSnapshotsTable> => ({
  id,
  plan_id: planId,
  metric: s.metric,
  period: s.period,
  team: s.team,
  value: s.value,
  note: s.note,
  created_at: now,
  updated_at: now,
});
