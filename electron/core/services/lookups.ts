import type { Kysely } from 'kysely';
import { notFound } from '../../../shared/result';
import type { Database } from '../db/schema';
import { plansRepo } from '../repositories/plans.repo';

/** The plan, or NOT_FOUND: most ops start here. */
export async function requirePlan(db: Kysely<Database>, planId: string) {
  return (await plansRepo(db).find(planId)) ?? Promise.reject(notFound('Plan', planId));
}

/**
 * A row of the plan the caller names, or NOT_FOUND. Every write carries its plan's id, so an edit
 * aimed at one plan can never land in another (a late autosave after the user switched plans, say).
 */
export function requireInPlan<R extends { plan_id: string }>(row: R | undefined, planId: string, what: string, id: string): R {
  if (!row || row.plan_id !== planId) throw notFound(what, id);
  return row;
}
