import { z } from 'zod';
import type { TargetScenario } from '../domain/targets';
import { defineOp, idSchema, requiredText } from './define';

const num = () => z.number({ message: 'must be a number' }).finite({ message: 'must be a finite number' });
/** Conversion rates: 0% would divide by zero, so the floor is "more than 0". */
const rate = () => num().gt(0, { message: 'must be more than 0%' }).max(100, { message: 'must be at most 100%' });

export const assumptionsSchema = z.strictObject({
  bookingsTarget: num().min(0, { message: 'must not be negative' }).max(1e12, { message: 'is too large' }),
  avgDealSize: num().gt(0, { message: 'must be more than 0' }).max(1e10, { message: 'is too large' }),
  winRate: rate(),
  sqlToOppRate: rate(),
  mqlToSqlRate: rate(),
  salesCycleDays: num().int({ message: 'must be a whole number of days' }).min(0, { message: 'must not be negative' }).max(730, { message: 'must be at most 730 days' }),
  marketingSourcedShare: num().min(0, { message: 'must be between 0% and 100%' }).max(100, { message: 'must be between 0% and 100%' }),
});

const scenarioName = requiredText(80, 'Scenario name');

export const targetOps = {
  'targets.list': defineOp<TargetScenario[]>()(z.strictObject({ planId: idSchema })),
  /** Creates a scenario, or updates one when `id` is given. */
  'targets.save': defineOp<TargetScenario>()(z.strictObject({ planId: idSchema, id: idSchema.optional(), name: scenarioName, assumptions: assumptionsSchema })),
  'targets.setPrimary': defineOp<TargetScenario[]>()(z.strictObject({ id: idSchema })),
  'targets.delete': defineOp<{ id: string }>()(z.strictObject({ id: idSchema })),
};
