import type { Kysely } from 'kysely';
import { DEFAULT_ASSUMPTIONS, type TargetAssumptions } from '../../../shared/planning/funnel';
import type { Database } from '../db/schema';
import { targetsRepo } from '../repositories/targets.repo';
import { toScenario } from './planningMappers';

export const BASE_SCENARIO = 'Base';

/** The assumptions that drive a plan's dashboard and its plan-following SLAs: its primary scenario's, or the defaults. */
export async function primaryAssumptions(db: Kysely<Database>, planId: string): Promise<TargetAssumptions> {
  const row = await targetsRepo(db).primary(planId);
  return row ? toScenario(row).assumptions : DEFAULT_ASSUMPTIONS;
}
