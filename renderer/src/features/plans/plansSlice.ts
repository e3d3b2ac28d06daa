import type { OpInput } from '../../../../shared/contract';
import type { PlanSummary } from '../../../../shared/domain/plan';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import type { SliceCreator } from '../../store/types';

const LAST_PLAN_KEY = 'tandem.lastPlanId';

export interface PlansSlice {
  plans: PlanSummary[];
  plansStatus: 'loading' | 'ready' | 'error';
  currentPlanId: string | null;
  loadPlans(): Promise<void>;
  selectPlan(id: string | null): void;
  createPlan(input: OpInput<'plans.create'>): Promise<Result<unknown>>;
  renamePlan(id: string, name: string): Promise<Result<unknown>>;
  duplicatePlan(id: string, name: string): Promise<Result<unknown>>;
  deletePlan(id: string): Promise<Result<unknown>>;
}

function rememberedPlan(): string | null {
  try {
    return localStorage.getItem(LAST_PLAN_KEY);
  } catch {
    return null;
  }
}

export const createPlansSlice: SliceCreator<PlansSlice> = (set, get) => {
  const refresh = async (selectId?: string) => {
    const result = await invoke('plans.list', {});
    if (!result.ok) {
      set({ plansStatus: 'error' });
      get().notifyError(result.error);
      return;
    }
    const plans = result.value;
    set({ plans, plansStatus: 'ready' });
    const wanted = selectId ?? get().currentPlanId ?? rememberedPlan();
    get().selectPlan(plans.find((p) => p.id === wanted)?.id ?? plans[0]?.id ?? null);
  };

  return {
    plans: [],
    plansStatus: 'loading',
    currentPlanId: null,
    loadPlans: () => refresh(),
    selectPlan: (id) => {
      if (id === get().currentPlanId) return;
      set({ currentPlanId: id });
      get().clearUndo();
      try {
        if (id) localStorage.setItem(LAST_PLAN_KEY, id);
      } catch {
        // Storage may be unavailable (private mode); remembering the plan is only a convenience.
      }
      if (id) void get().loadAccounts(id);
    },
    createPlan: async (input) => {
      const result = await invoke('plans.create', input);
      if (result.ok) await refresh(result.value.id);
      return result;
    },
    renamePlan: async (id, name) => {
      const result = await invoke('plans.rename', { id, name });
      if (result.ok) await refresh();
      return result;
    },
    duplicatePlan: async (id, name) => {
      const result = await invoke('plans.duplicate', { id, name });
      if (result.ok) await refresh(result.value.id);
      return result;
    },
    deletePlan: async (id) => {
      const result = await invoke('plans.delete', { id });
      if (result.ok) {
        if (get().currentPlanId === id) set({ currentPlanId: null });
        await refresh();
      }
      return result;
    },
  };
};
