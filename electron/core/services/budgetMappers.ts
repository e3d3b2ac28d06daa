import type { Insertable } from 'kysely';
import type { BudgetLine, BudgetLineFields } from '../../../shared/domain/budget';
import type { Team } from '../../../shared/domain/team';
import type { BudgetLinesTable } from '../db/schema';
import type { BudgetLineRow } from '../repositories/budget.repo';

export const toBudgetLine = (row: BudgetLineRow): BudgetLine => ({
  id: row.id,
  planId: row.plan_id,
  name: row.name,
  channel: row.channel,
  team: row.team as Team,
  month: row.month,
  planned: row.planned,
  committed: row.committed,
  actual: row.actual,
  expectedMqls: row.expected_mqls,
  expectedPipeline: row.expected_pipeline,
  notes: row.notes,
  rank: row.rank,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const COLUMN_OF: Record<keyof BudgetLineFields, keyof BudgetLinesTable> = {
  name: 'name',
  channel: 'channel',
  team: 'team',
  month: 'month',
  planned: 'planned',
  committed: 'committed',
  actual: 'actual',
  expectedMqls: 'expected_mqls',
  expectedPipeline: 'expected_pipeline',
  notes: 'notes',
};

/** The columns of the line's own fields; anything else on the object (its id, its rank) is left out. */
export const toBudgetColumns = (fields: Partial<BudgetLineFields>): Partial<Insertable<BudgetLinesTable>> =>
  Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (Object.hasOwn(COLUMN_OF, k) ? [[COLUMN_OF[k as keyof BudgetLineFields], v]] : [])));

export const newBudgetRow = (id: string, planId: string, fields: BudgetLineFields, rank: string, now: string): Insertable<BudgetLinesTable> =>
  ({ ...toBudgetColumns(fields), id, plan_id: planId, rank, created_at: now, updated_at: now }) as Insertable<BudgetLinesTable>;
