import { z } from 'zod';
import { CURRENCIES, normaliseFiscalPeriod, type Plan, type PlanSummary } from '../domain/plan';
import { defineOp, idSchema, money, requiredText } from './define';

const planName = requiredText(120, 'Plan name');

const fiscalPeriod = z
  .string({ message: 'must be text like FY2027 Q1' })
  .transform((raw, ctx) => {
    const period = normaliseFiscalPeriod(raw);
    if (!period) {
      ctx.addIssue({ code: 'custom', message: 'must be a fiscal year or quarter, like FY2027 or FY2027 Q1' });
      return z.NEVER;
    }
    return period;
  });

const tierSize = z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(1_000_000, { message: 'is too large' });
const currency = z.enum(CURRENCIES, { message: `must be one of ${CURRENCIES.join(', ')}` });

export const planOps = {
  'plans.list': defineOp<PlanSummary[]>()(z.strictObject({})),
  'plans.get': defineOp<PlanSummary>()(z.strictObject({ id: idSchema })),
  'plans.create': defineOp<Plan>()(z.strictObject({ name: planName, fiscalPeriod, currency })),
  'plans.rename': defineOp<Plan>()(z.strictObject({ id: idSchema, name: planName })),
  /** Copies the plan and everything in it as a what-if scenario of the original. */
  'plans.duplicate': defineOp<PlanSummary>()(z.strictObject({ id: idSchema, name: planName })),
  'plans.delete': defineOp<{ id: string }>()(z.strictObject({ id: idSchema })),
  /** What the boards measure against: the budget cap (null for none) and the ABM tier sizes. */
  'plans.setBoards': defineOp<Plan>()(
    z.strictObject({
      id: idSchema,
      budgetCap: money.nullable(),
      tierSizes: z.strictObject({ 1: tierSize, 2: tierSize, 3: tierSize }),
    }),
  ),
};
