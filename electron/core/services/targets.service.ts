import { AppError } from '../../../shared/result';
import { targetsRepo } from '../repositories/targets.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requireInPlan, requirePlan } from './lookups';
import { syncFollowingSlas } from './planLinks';
import { assumptionColumns, newScenarioRow, toScenario } from './planningMappers';

type TargetOp = 'targets.list' | 'targets.create' | 'targets.update' | 'targets.setPrimary' | 'targets.delete';

const nameTaken = (name: string, existing: string) =>
  new AppError('CONFLICT', name === existing ? `A scenario named "${name}" already exists in this plan.` : `"${name}" differs only in case or spacing from the scenario "${existing}" in this plan: choose another name.`, { field: 'name' });

export function targetHandlers(ctx: ServiceContext): Handlers<TargetOp> {
  const list = async (planId: string) => (await targetsRepo(ctx.db).listByPlan(planId)).map(toScenario);
  const requireScenario = async (planId: string, id: string) => toScenario(requireInPlan(await targetsRepo(ctx.db).get(id), planId, 'Scenario', id));

  return {
    'targets.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return list(planId);
    },
    'targets.create': async ({ planId, name, assumptions }) => {
      const id = ctx.newId();
      await ctx.db.transaction().execute(async (trx) => {
        await requirePlan(trx, planId);
        const repo = targetsRepo(trx);
        const sameName = await repo.findByName(planId, name);
        if (sameName) throw nameTaken(name, sameName.name);
        const first = (await repo.listByPlan(planId)).length === 0;
        await repo.insert(newScenarioRow(id, planId, name, first, assumptions, ctx.now()));
        if (first) await syncFollowingSlas(trx, planId, ctx.now(), 'assumptions');
      });
      return requireScenario(planId, id);
    },
    'targets.update': async ({ planId, id, patch }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const repo = targetsRepo(trx);
        const current = requireInPlan(await repo.get(id), planId, 'Scenario', id);
        if (patch.name !== undefined) {
          const sameName = await repo.findByName(planId, patch.name);
          if (sameName && sameName.id !== id) throw nameTaken(patch.name, sameName.name);
        }
        await repo.update(id, { ...(patch.name !== undefined ? { name: patch.name } : {}), ...(patch.assumptions ? assumptionColumns(patch.assumptions) : {}) }, ctx.now());
        if (current.is_primary && patch.assumptions) await syncFollowingSlas(trx, planId, ctx.now(), 'patch.assumptions');
      });
      return requireScenario(planId, id);
    },
    'targets.setPrimary': async ({ planId, id }) => {
      await ctx.db.transaction().execute(async (trx) => {
        requireInPlan(await targetsRepo(trx).get(id), planId, 'Scenario', id);
        await targetsRepo(trx).setPrimary(planId, id, ctx.now());
        await syncFollowingSlas(trx, planId, ctx.now(), 'id');
      });
      return list(planId);
    },
    'targets.delete': async ({ planId, id }) =>
      // Checked and deleted in one transaction, so a scenario made primary meanwhile is never deleted.
      ctx.db.transaction().execute(async (trx) => {
        const row = requireInPlan(await targetsRepo(trx).get(id), planId, 'Scenario', id);
        if (row.is_primary) throw new AppError('CONFLICT', `"${row.name}" is the primary scenario: make another scenario primary before deleting it.`, { field: 'id' });
        await targetsRepo(trx).delete(id);
        return toScenario(row);
      }),
  };
}
