import { z } from 'zod';
import { BUDGET_LINE_NAME_MAX, type BudgetLine } from '../domain/budget';
import { TEAMS } from '../domain/team';
import { movingSchema, placeSchema } from './boards';
import { defineOp, idSchema, money, requiredText, text } from './define';

// The plan's months are checked in the service, which knows the plan.
const month = z.string({ message: 'must be a month like 2027-02' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month like 2027-02' });
const team = z.enum(TEAMS, { message: `must be one of ${TEAMS.join(', ')}` });

export const budgetFieldSchemas = {
  name: requiredText(BUDGET_LINE_NAME_MAX, 'Name'),
  channel: requiredText(60, 'Channel'),
  team,
  month,
  planned: money,
  committed: money,
  actual: money,
  expectedMqls: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(10_000_000, { message: 'is too large' }),
  expectedPipeline: money,
  notes: text(2000),
};
const b = budgetFieldSchemas;

export const budgetLineInputSchema = z.strictObject({
  name: b.name,
  channel: b.channel,
  team: b.team.default('marketing'),
  month: b.month,
  planned: b.planned.default(0),
  committed: b.committed.default(0),
  actual: b.actual.default(0),
  expectedMqls: b.expectedMqls.default(0),
  expectedPipeline: b.expectedPipeline.default(0),
  notes: b.notes.default(''),
});

const patch = z
  .strictObject(budgetFieldSchemas)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' });

const ref = { planId: idSchema, id: idSchema };

export const budgetOps = {
  'budget.list': defineOp<BudgetLine[]>()(z.strictObject({ planId: idSchema })),
  'budget.create': defineOp<BudgetLine>()(z.strictObject({ planId: idSchema, line: budgetLineInputSchema })),
  'budget.update': defineOp<BudgetLine>()(z.strictObject({ ...ref, patch, expectedRevision: z.number().int().min(1).optional() })),
  'budget.delete': defineOp<BudgetLine>()(z.strictObject(ref)),
  /** Moves lines to another month or team column, between two lines there; one step. */
  'budget.move': defineOp<BudgetLine[]>()(
    z.strictObject({ planId: idSchema, cards: movingSchema, to: z.strictObject({ month: month.optional(), team: team.optional() }), place: placeSchema }),
  ),
  /**
   * Splits a line in two: `planned` of it goes to a new line beside it, and committed, actual and the
   * expected MQLs and pipeline follow in the same proportion. The new line may take its own name, month
   * and team (by default the line's name with "(split)", its month and its team). One step.
   */
  'budget.split': defineOp<BudgetLine[]>()(
    z.strictObject({ ...ref, planned: money.gt(0, { message: 'must be more than 0' }), name: b.name.optional(), month: month.optional(), team: team.optional() }),
  ),
};
