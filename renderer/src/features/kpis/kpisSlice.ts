import type { OpInput } from '../../../../shared/contract';
import type { KpiSnapshot, KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { MetricDef } from '../../../../shared/domain/metrics';
import { fieldsOf } from '../../../../shared/domain/record';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { NO_PLAN } from '../../store/noPlan';
import type { SliceCreator } from '../../store/types';

export interface KpisSlice {
  snapshots: KpiSnapshot[];
  metrics: MetricDef[];
  kpisPlanId: string | null;
  loadKpis(planId: string): Promise<void>;
  /** All-or-nothing; a CONFLICT result means some already exist and `replace` was not set. */
  saveSnapshots(snapshots: KpiSnapshotFields[], replace: boolean): Promise<Result<unknown>>;
  updateSnapshot(id: string, patch: Partial<KpiSnapshotFields>): Promise<Result<KpiSnapshot>>;
  deleteSnapshot(id: string): Promise<void>;
  createMetric(input: Omit<OpInput<'metrics.createCustom'>, 'planId'>): Promise<Result<MetricDef>>;
}

export const createKpisSlice: SliceCreator<KpisSlice> = (set, get) => {
  const reload = () => {
    const planId = get().kpisPlanId;
    return planId ? get().loadKpis(planId) : Promise.resolve();
  };
  return {
    snapshots: [],
    metrics: [],
    kpisPlanId: null,
    loadKpis: async (planId) => {
      const [snapshots, metrics] = await Promise.all([invoke('kpis.list', { planId }), invoke('metrics.list', { planId })]);
      if (!snapshots.ok) return get().notifyError(snapshots.error);
      if (!metrics.ok) return get().notifyError(metrics.error);
      set({ snapshots: snapshots.value, metrics: metrics.value, kpisPlanId: planId });
    },
    saveSnapshots: async (snapshots, replace) => {
      const planId = get().currentPlanId;
      if (!planId) return NO_PLAN;
      const result = await invoke('kpis.save', { planId, snapshots, replace });
      if (result.ok) await reload();
      return result;
    },
    updateSnapshot: async (id, patch) => {
      const result = await invoke('kpis.update', { id, patch });
      if (result.ok) set((s) => ({ snapshots: s.snapshots.map((x) => (x.id === id ? result.value : x)) }));
      return result;
    },
    deleteSnapshot: async (id) => {
      const result = await invoke('kpis.delete', { id });
      if (!result.ok) return get().notifyError(result.error);
      set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== id) }));
      const fields = fieldsOf(result.value);
      const restore = async () => {
        // Refuses (CONFLICT) if the same metric/period/team was entered again meanwhile: say so.
        const r = await get().saveSnapshots([fields], false);
        if (!r.ok) get().notifyError(r.error);
        return r.ok;
      };
      const remove = async () => {
        const again = get().snapshots.find((x) => x.metric === fields.metric && x.period === fields.period && x.team === fields.team);
        if (!again) return false;
        const r = await invoke('kpis.delete', { id: again.id });
        if (r.ok) set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== again.id) }));
        return r.ok;
      };
      get().pushUndo({ label: `delete ${fields.metric} ${fields.period}`, undo: restore, redo: remove });
      get().notify({ kind: 'info', message: 'Snapshot deleted.', action: { label: 'Undo', run: () => void get().undo() } });
    },
    createMetric: async (input) => {
      const planId = get().currentPlanId;
      if (!planId) return NO_PLAN;
      const result = await invoke('metrics.createCustom', { planId, ...input });
      if (result.ok) set((s) => ({ metrics: [...s.metrics, result.value] }));
      return result;
    },
  };
};
