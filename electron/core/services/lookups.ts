import type { Kysely } from 'kysely';
import { notFound } from '../../../shared/result';
import type { Database } from '../db/schema';
import { plansRepo } from '../repositories/plans.repo';

/** The plan, or NOT_FOUND: most ops start here. */
export async function requirePlan(db: Kysely<Database>, planId: string) {
  return (await plansRepo(db).get(planId)) ?? Promise.reject(notFound('Plan', planId));
}
