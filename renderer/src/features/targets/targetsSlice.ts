import type { TargetScenario } from '../../../../shared/domain/targets';
import type { TargetAssumptions } from '../../../../shared/planning/funnel';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { NO_PLAN } from '../../store/noPlan';
import type { SliceCreator } from '../../store/types';

export interface TargetsSlice {
  scenarios: TargetScenario[];
  scenariosPlanId: string | null;
  loadScenarios(planId: string): Promise<void>;
  saveScenario(input: { id?: string; name: string; assumptions: TargetAssumptions }): Promise<Result<TargetScenario>>;
  makePrimary(id: string): Promise<void>;
  deleteScenario(id: string): Promise<Result<unknown>>;
}

export const createTargetsSlice: SliceCreator<TargetsSlice> = (set, get) => ({
  scenarios: [],
  scenariosPlanId: null,
  loadScenarios: async (planId) => {
    const result = await invoke('targets.list', { planId });
    if (result.ok) set({ scenarios: result.value, scenariosPlanId: planId });
    else get().notifyError(result.error);
  },
  saveScenario: async (input) => {
    const planId = get().currentPlanId;
    if (!planId) return NO_PLAN;
    const result = await invoke('targets.save', { planId, ...input });
    if (result.ok) await get().loadScenarios(planId);
    return result;
  },
  makePrimary: async (id) => {
    const result = await invoke('targets.setPrimary', { id });
    if (result.ok) set({ scenarios: result.value });
    else get().notifyError(result.error);
  },
  deleteScenario: async (id) => {
    const result = await invoke('targets.delete', { id });
    if (result.ok) set((s) => ({ scenarios: s.scenarios.filter((x) => x.id !== id) }));
    return result;
  },
});
