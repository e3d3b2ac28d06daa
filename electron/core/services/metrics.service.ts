import type { Kysely } from 'kysely';
import { customMetricKey, STANDARD_METRICS, type MetricDef } from '../../../shared/domain/metrics';
import { AppError } from '../../../shared/result';
import type { Database } from '../db/schema';
import { metricsRepo } from '../repositories/metrics.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requirePlan } from './lookups';
import { toMetric } from './planningMappers';

/** The plan's metric catalogue: the standard keys plus the plan's own custom metrics. */
export async function loadCatalogue(db: Kysely<Database>, planId: string): Promise<MetricDef[]> {
  return [...STANDARD_METRICS, ...(await metricsRepo(db).listByPlan(planId)).map(toMetric)];
}

export function metricHandlers(ctx: ServiceContext): Handlers<'metrics.list' | 'metrics.createCustom'> {
  return {
    'metrics.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return loadCatalogue(ctx.db, planId);
    },
    'metrics.createCustom': async ({ planId, label, unit, aggregation, defaultTeam, description }) => {
      const key = customMetricKey(label);
      return ctx.db.transaction().execute(async (trx) => {
        await requirePlan(trx, planId);
        const catalogue = await loadCatalogue(trx, planId);
        const clash = catalogue.find((m) => m.key === key || m.label.toLowerCase() === label.toLowerCase());
        if (clash) throw new AppError('CONFLICT', `A metric called "${clash.label}" already exists.`, { field: 'label' });
        const now = ctx.now();
        await metricsRepo(trx).insert({ id: ctx.newId(), plan_id: planId, key, label, unit, aggregation, default_team: defaultTeam, description, created_at: now, updated_at: now });
        return { key, label, unit, aggregation, defaultTeam, description, custom: true };
      });
    },
  };
}
