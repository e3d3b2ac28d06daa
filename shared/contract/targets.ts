import { z } from 'zod';
import type { TargetScenario } from '../domain/targets';
import { defineOp, idSchema, requiredText } from './define';

const num = () => z.number({ message: 'must be a number' }).finite({ message: 'must be a finite number' });
/**
 * Conversion rates: 0% would divide by zero, and a rate of 1e-300 % would need infinitely many MQLs.
 * 0.1% keeps every planned figure finite: at most 1e12 bookings / 1 per deal / 0.1%³ = 1e21 MQLs.
 */
const rate = () => num().min(0.1, { message: 'must be at least 0.1%' }).max(100, { message: 'must be at most 100%' });
const share = () => num().min(0, { message: 'must be between 0% and 100%' }).max(100, { message: 'must be between 0% and 100%' });

export const assumptionsSchema = z.strictObject({
  bookingsTarget: num().min(0, { message: 'must not be negative' }).max(1e12, { message: 'is too large' }),
  avgDealSize: num().min(1, { message: 'must be at least 1' }).max(1e10, { message: 'is too large' }),
  winRate: rate(),
  sqlToOppRate: rate(),
  mqlToSqlRate: rate(),
  salesCycleDays: num().int({ message: 'must be a whole number of days' }).min(0, { message: 'must not be negative' }).max(730, { message: 'must be at most 730 days' }),
  marketingSourcedShare: share(),
  followUpHours: num().gt(0, { message: 'must be more than 0 hours' }).max(720, { message: 'must be at most 720 hours (30 days)' }),
  followUpCoverage: share(),
});

const scenarioName = requiredText(80, 'Scenario name');
const scenarioRef = { planId: idSchema, id: idSchema };

export const targetOps = {
  'targets.list': defineOp<TargetScenario[]>()(z.strictObject({ planId: idSchema })),
  /** A new scenario; the plan's first becomes primary. */
  'targets.create': defineOp<TargetScenario>()(z.strictObject({ planId: idSchema, name: scenarioName, assumptions: assumptionsSchema })),
  /**
   * Changes a scenario's name and/or assumptions. Autosave sends assumptions only, so it can never undo
   * a rename made meanwhile. SLAs that follow the plan are brought up to date in the same transaction.
   */
  'targets.update': defineOp<TargetScenario>()(
    z.strictObject({
      ...scenarioRef,
      patch: z
        .strictObject({ name: scenarioName, assumptions: assumptionsSchema })
        .partial()
        .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' }),
    }),
  ),
  'targets.setPrimary': defineOp<TargetScenario[]>()(z.strictObject(scenarioRef)),
  'targets.delete': defineOp<TargetScenario>()(z.strictObject(scenarioRef)),
};
