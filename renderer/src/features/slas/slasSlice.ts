import type { Sla, SlaFields } from '../../../../shared/domain/sla';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { NO_PLAN } from '../../store/noPlan';
import type { SliceCreator } from '../../store/types';

export interface SlasSlice {
  slas: Sla[];
  slasPlanId: string | null;
  loadSlas(planId: string): Promise<void>;
  createSla(fields: SlaFields): Promise<Result<Sla>>;
  updateSla(id: string, patch: Partial<SlaFields>): Promise<Result<Sla>>;
  deleteSla(id: string): Promise<Result<unknown>>;
}

export const createSlasSlice: SliceCreator<SlasSlice> = (set, get) => ({
  slas: [],
  slasPlanId: null,
  loadSlas: async (planId) => {
    const result = await invoke('slas.list', { planId });
    if (result.ok) set({ slas: result.value, slasPlanId: planId });
    else get().notifyError(result.error);
  },
  createSla: async (fields) => {
    const planId = get().currentPlanId;
    if (!planId) return NO_PLAN;
    const result = await invoke('slas.create', { planId, sla: fields });
    if (result.ok) set((s) => ({ slas: [...s.slas, result.value] }));
    return result;
  },
  updateSla: async (id, patch) => {
    const result = await invoke('slas.update', { id, patch });
    if (result.ok) set((s) => ({ slas: s.slas.map((x) => (x.id === id ? result.value : x)) }));
    return result;
  },
  deleteSla: async (id) => {
    const result = await invoke('slas.delete', { id });
    if (result.ok) set((s) => ({ slas: s.slas.filter((x) => x.id !== id) }));
    return result;
  },
});
