import { AppError, notFound } from '../../../shared/result';
import { validationError } from '../dispatcher';
import { importKpiCsv } from '../import/kpiCsv';
import { kpisRepo } from '../repositories/kpis.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requirePlan } from './lookups';
import { loadCatalogue } from './metrics.service';
import { newSnapshotRow, toSnapshot } from './planningMappers';
import { batchIssues, snapshotIssues, snapshotKey } from './snapshotRules';

type KpiOp = 'kpis.list' | 'kpis.save' | 'kpis.update' | 'kpis.delete' | 'kpis.previewCsv';

export function kpiHandlers(ctx: ServiceContext): Handlers<KpiOp> {
  const requireSnapshot = async (id: string) => (await kpisRepo(ctx.db).get(id)) ?? Promise.reject(notFound('KPI snapshot', id));

  return {
    'kpis.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return (await kpisRepo(ctx.db).listByPlan(planId)).map(toSnapshot);
    },
    'kpis.save': async ({ planId, snapshots, replace }) =>
      // Validate everything first, then write everything in one transaction: all or nothing.
      ctx.db.transaction().execute(async (trx) => {
        const plan = await requirePlan(trx, planId);
        const issues = batchIssues(snapshots, plan.fiscal_period, await loadCatalogue(trx, planId));
        if (issues.length) throw validationError(issues);
        const stored = new Map((await kpisRepo(trx).listByPlan(planId)).map((r) => [snapshotKey(r), r]));
        const clashes = snapshots.map((s, index) => ({ index, existing: stored.get(snapshotKey(s)) })).filter((c) => c.existing);
        if (clashes.length && !replace) {
          throw new AppError('CONFLICT', `${clashes.length} snapshot${clashes.length > 1 ? 's' : ''} already exist${clashes.length > 1 ? '' : 's'} for the same metric, period and team. Replace ${clashes.length > 1 ? 'them' : 'it'}?`, {
            conflicts: clashes.map((c) => ({ index: c.index, existingId: c.existing!.id, existingValue: c.existing!.value })),
          });
        }
        const now = ctx.now();
        const ids: string[] = [];
        const fresh = [];
        for (const s of snapshots) {
          const existing = stored.get(snapshotKey(s));
          if (existing) {
            await kpisRepo(trx).update(existing.id, { value: s.value, note: s.note }, now);
            ids.push(existing.id);
          } else {
            const id = ctx.newId();
            fresh.push(newSnapshotRow(id, planId, s, now));
            ids.push(id);
          }
        }
        kpisRepo(trx).insertMany(fresh, ctx.sqlite);
        const byId = new Map((await kpisRepo(trx).listByPlan(planId)).map((r) => [r.id, r]));
        return { created: fresh.length, replaced: clashes.length, snapshots: ids.map((id) => toSnapshot(byId.get(id)!)) };
      }),
    'kpis.update': async ({ id, patch }) => {
      await ctx.db.transaction().execute(async (trx) => {
        const current = await kpisRepo(trx).get(id);
        if (!current) throw notFound('KPI snapshot', id);
        const plan = await requirePlan(trx, current.plan_id);
        const merged = { ...toSnapshot(current), ...patch };
        const issues = snapshotIssues(merged, plan.fiscal_period, await loadCatalogue(trx, plan.id), 'patch.');
        if (issues.length) throw validationError(issues);
        const clash = (await kpisRepo(trx).listByPlan(plan.id)).find((r) => r.id !== id && snapshotKey(r) === snapshotKey(merged));
        if (clash) throw new AppError('CONFLICT', 'Another snapshot already holds this metric, period and team.', { field: 'period', existingId: clash.id });
        await kpisRepo(trx).update(id, patch, ctx.now());
      });
      return toSnapshot(await requireSnapshot(id));
    },
    'kpis.delete': async ({ id }) => {
      const snapshot = toSnapshot(await requireSnapshot(id));
      await kpisRepo(ctx.db).delete(id);
      return snapshot;
    },
    'kpis.previewCsv': async ({ planId, contentBase64 }) => {
      const plan = await requirePlan(ctx.db, planId);
      const catalogue = await loadCatalogue(ctx.db, planId);
      const stored = new Set((await kpisRepo(ctx.db).listByPlan(planId)).map(snapshotKey));
      return importKpiCsv(Buffer.from(contentBase64, 'base64'), { fiscalPeriod: plan.fiscal_period, catalogue, isStored: (s) => stored.has(snapshotKey(s)) });
    },
  };
}
