import type { Kysely } from 'kysely';
import { slaInputSchema } from '../../../shared/contract/slas';
import { metricByKey } from '../../../shared/domain/metrics';
import { fieldsOf } from '../../../shared/domain/record';
import type { SlaFields } from '../../../shared/domain/sla';
import { validationError, type FieldIssue } from '../../../shared/result';
import type { Database } from '../db/schema';
import { slasRepo } from '../repositories/slas.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requireInPlan, requirePlan } from './lookups';
import { loadCatalogue } from './metrics.service';
import { loadPlanBasis, withPlanTarget } from './planLinks';
import { newSlaRow, slaColumns, toSla } from './planningMappers';

type SlaOp = 'slas.list' | 'slas.create' | 'slas.update' | 'slas.delete';

/** The rules only the plan can check: the metric exists, and a percentage target is at most 100. */
async function catalogueIssues(db: Kysely<Database>, planId: string, sla: SlaFields, prefix: string): Promise<FieldIssue[]> {
  if (sla.kind !== 'metric' || !sla.metric) return [];
  const metric = metricByKey(await loadCatalogue(db, planId), sla.metric);
  if (!metric) return [{ path: `${prefix}metric`, message: `"${sla.metric}" is not a metric of this plan` }];
  if (metric.unit === 'percent' && sla.target !== null && sla.target > 100) return [{ path: `${prefix}target`, message: 'must be at most 100%' }];
  return [];
}

export function slaHandlers(ctx: ServiceContext): Handlers<SlaOp> {
  const requireSla = async (planId: string, id: string) => requireInPlan(await slasRepo(ctx.db).get(id), planId, 'SLA', id);
  return {
    'slas.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return (await slasRepo(ctx.db).listByPlan(planId)).map(toSla);
    },
    'slas.create': async ({ planId, sla }) => {
      const id = ctx.newId();
      await ctx.db.transaction().execute(async (trx) => {
        const fields = withPlanTarget(sla, await loadPlanBasis(trx, planId), 'sla.followsPlan');
        const issues = await catalogueIssues(trx, planId, fields, 'sla.');
        if (issues.length) throw validationError(issues);
        await slasRepo(trx).insert(newSlaRow(id, planId, fields, ctx.now()));
      });
      return toSla(await requireSla(planId, id));
    },
    'slas.update': async ({ planId, id, patch }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = requireInPlan(await slasRepo(trx).get(id), planId, 'SLA', id);
        // Cross-field rules apply to the SLA as it will be, not to the patch alone.
        const merged = slaInputSchema.safeParse({ ...fieldsOf(toSla(current)), ...patch });
        if (!merged.success) throw validationError(merged.error.issues.map((i) => ({ path: `patch.${i.path.join('.')}`, message: i.message })));
        const fields = withPlanTarget(merged.data, await loadPlanBasis(trx, planId), 'patch.followsPlan');
        const issues = await catalogueIssues(trx, planId, fields, 'patch.');
        if (issues.length) throw validationError(issues);
        await slasRepo(trx).update(id, slaColumns(fields.followsPlan ? { ...patch, target: fields.target } : patch), ctx.now());
      });
      return toSla(await requireSla(planId, id));
    },
    'slas.delete': async ({ planId, id }) => {
      const sla = toSla(await requireSla(planId, id));
      await slasRepo(ctx.db).delete(id);
      return sla;
    },
  };
}
