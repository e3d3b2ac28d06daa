import type { Kysely } from 'kysely';
import { DEFAULT_ASSUMPTIONS, type TargetAssumptions } from '../../../shared/planning/funnel';
import { AppError, notFound } from '../../../shared/result';
import type { Database } from '../db/schema';
import { targetsRepo } from '../repositories/targets.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requirePlan } from './lookups';
import { assumptionColumns, newScenarioRow, toScenario } from './planningMappers';

type TargetOp = 'targets.list' | 'targets.save' | 'targets.setPrimary' | 'targets.delete';

export const BASE_SCENARIO = 'Base';

/** The assumptions that drive a plan's dashboard: its primary scenario's, or the defaults. */
export async function primaryAssumptions(db: Kysely<Database>, planId: string): Promise<TargetAssumptions> {
  const row = await targetsRepo(db).primary(planId);
  return row ? toScenario(row).assumptions : DEFAULT_ASSUMPTIONS;
}

const nameTaken = (name: string) => new AppError('CONFLICT', `A scenario named "${name}" already exists in this plan.`, { field: 'name' });

export function targetHandlers(ctx: ServiceContext): Handlers<TargetOp> {
  const list = async (planId: string) => (await targetsRepo(ctx.db).listByPlan(planId)).map(toScenario);
  return {
    'targets.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return list(planId);
    },
    'targets.save': async ({ planId, id, name, assumptions }) => {
      const savedId = id ?? ctx.newId();
      await ctx.db.transaction().execute(async (trx) => {
        await requirePlan(trx, planId);
        const repo = targetsRepo(trx);
        const sameName = await repo.findByName(planId, name);
        if (sameName && sameName.id !== id) throw nameTaken(name);
        if (id) {
          const current = await repo.get(id);
          if (!current || current.plan_id !== planId) throw notFound('Scenario', id);
          await repo.update(id, { name, ...assumptionColumns(assumptions) }, ctx.now());
        } else {
          const first = (await repo.listByPlan(planId)).length === 0;
          await repo.insert(newScenarioRow(savedId, planId, name, first, assumptions, ctx.now()));
        }
      });
      return toScenario((await targetsRepo(ctx.db).get(savedId))!);
    },
    'targets.setPrimary': async ({ id }) => {
      const row = await targetsRepo(ctx.db).get(id);
      if (!row) throw notFound('Scenario', id);
      await ctx.db.transaction().execute((trx) => targetsRepo(trx).setPrimary(row.plan_id, id, ctx.now()));
      return list(row.plan_id);
    },
    'targets.delete': async ({ id }) => {
      const row = await targetsRepo(ctx.db).get(id);
      if (!row) throw notFound('Scenario', id);
      if (row.is_primary) throw new AppError('CONFLICT', `"${row.name}" is the primary scenario: make another scenario primary before deleting it.`, { field: 'id' });
      await targetsRepo(ctx.db).delete(id);
      return { id };
    },
  };
}
