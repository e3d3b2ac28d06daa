import { AppError, validationError } from '../../../shared/result';
import { readKpiImport } from '../import/kpiImport';
import { kpisRepo } from '../repositories/kpis.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requireInPlan, requirePlan } from './lookups';
import { loadCatalogue } from './metrics.service';
import { newSnapshotRow, toSnapshot } from './planningMappers';
import { quarterWarnings, withIncoming } from './quarterWarnings';
import { weeklyWarnings } from './weeklyWarnings';
import { slasRepo } from '../repositories/slas.repo';
import { batchIssues, notStartedWarning, planPeriodSet, snapshotIssues, snapshotKey, type PlanRules } from './snapshotRules';

type KpiOp = 'kpis.list' | 'kpis.save' | 'kpis.update' | 'kpis.delete' | 'kpis.previewImport';

export function kpiHandlers(ctx: ServiceContext): Handlers<KpiOp> {
  const requireSnapshot = async (planId: string, id: string) => requireInPlan(await kpisRepo(ctx.db).get(id), planId, 'KPI snapshot', id);
  const rulesOf = async (db: typeof ctx.db, planId: string): Promise<PlanRules & { currency: string }> => {
    const plan = await requirePlan(db, planId);
    return { fiscalPeriod: plan.fiscal_period, periods: planPeriodSet(plan.fiscal_period), catalogue: await loadCatalogue(db, planId), currency: plan.currency };
  };
  const warningsFor = (periods: Iterable<string>) => [...new Set(periods)].sort().flatMap((p) => notStartedWarning(p, new Date(ctx.now())) ?? []);
  const weeklySlaMetrics = async (db: typeof ctx.db, planId: string) =>
    new Set((await slasRepo(db).listByPlan(planId)).filter((s) => s.kind === 'metric' && s.period === 'week' && s.metric).map((s) => s.metric!));

  return {
    'kpis.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return (await kpisRepo(ctx.db).listByPlan(planId)).map(toSnapshot);
    },
    'kpis.save': async ({ planId, snapshots, replace }) =>
      // Validate everything first, then write everything in one transaction: all or nothing.
      ctx.db.transaction().execute(async (trx) => {
        const rules = await rulesOf(trx, planId);
        const issues = batchIssues(snapshots, rules);
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
        const after = (await kpisRepo(trx).listByPlan(planId)).map(toSnapshot);
        const byId = new Map(after.map((r) => [r.id, r]));
        const mismatches = quarterWarnings(after, snapshots, rules.catalogue, rules.currency);
        const weekly = weeklyWarnings(snapshots, rules.catalogue, await weeklySlaMetrics(trx, planId));
        return {
          created: fresh.length,
          replaced: clashes.length,
          snapshots: ids.map((id) => byId.get(id)!),
          warnings: [...warningsFor(snapshots.map((s) => s.period)), ...mismatches.values(), ...weekly.values()],
        };
      }),
    'kpis.update': async ({ planId, id, patch }) =>
      ctx.db.transaction().execute(async (trx) => {
        const current = requireInPlan(await kpisRepo(trx).get(id), planId, 'KPI snapshot', id);
        const merged = { ...toSnapshot(current), ...patch };
        const rules = await rulesOf(trx, planId);
        const issues = snapshotIssues(merged, rules, 'patch.');
        if (issues.length) throw validationError(issues);
        const clash = (await kpisRepo(trx).listByPlan(planId)).find((r) => r.id !== id && snapshotKey(r) === snapshotKey(merged));
        if (clash) throw new AppError('CONFLICT', 'Another snapshot already holds this metric, period and team.', { field: 'period', existingId: clash.id });
        await kpisRepo(trx).update(id, patch, ctx.now());
        const after = (await kpisRepo(trx).listByPlan(planId)).map(toSnapshot);
        const snapshot = after.find((s) => s.id === id)!;
        // Said as on entry, for the edited snapshot's quarter. The quarter a moved snapshot left can't
        // come to disagree: it loses a month, so its months fall short of complete.
        const warnings = quarterWarnings(after, [snapshot], rules.catalogue, rules.currency);
        return { snapshot, warnings: [...warnings.values()] };
      }),
    'kpis.delete': async ({ planId, id }) => {
      const snapshot = toSnapshot(await requireSnapshot(planId, id));
      await kpisRepo(ctx.db).delete(id);
      return snapshot;
    },
    'kpis.previewImport': async ({ planId, source, decimal, userDecimal, rates }) => {
      const rules = await rulesOf(ctx.db, planId);
      const storedRows = (await kpisRepo(ctx.db).listByPlan(planId)).map(toSnapshot);
      const stored = new Set(storedRows.map(snapshotKey));
      const input = source.kind === 'file' ? { kind: 'file' as const, fileName: source.fileName, bytes: Buffer.from(source.contentBase64, 'base64') } : source;
      const preview = readKpiImport(input, { ...rules, now: new Date(ctx.now()), isStored: (s) => stored.has(snapshotKey(s)) }, { decimal, userDecimal, rates });
      const incoming = preview.rows.flatMap((r) => r.snapshot ?? []);
      const mismatches = quarterWarnings(withIncoming(storedRows, incoming), incoming, rules.catalogue, rules.currency);
      const weekly = weeklyWarnings(incoming, rules.catalogue, await weeklySlaMetrics(ctx.db, planId));
      for (const row of preview.rows) {
        if (!row.snapshot) continue; // a row with errors is skipped, and says only what is wrong
        const key = snapshotKey(row.snapshot);
        for (const said of [mismatches.get(key), weekly.get(key)]) if (said) row.warnings.push(said);
      }
      return preview;
    },
  };
}
