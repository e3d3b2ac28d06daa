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

export const createTargetsSlice: SliceCreator<TargetsSlice> = (set, get) => {
  // Saves still on their way to the core. A reload waits for them: otherwise a list answered before a
  // save lands would hand an editor stale assumptions, which it would then save back.
  let inFlight: Promise<unknown> = Promise.resolve();

  return {
    scenarios: [],
    scenariosPlanId: null,
    loadScenarios: async (planId) => {
      await inFlight;
      const result = await invoke('targets.list', { planId });
      if (result.ok) set({ scenarios: result.value, scenariosPlanId: planId });
      else get().notifyError(result.error);
    },
    saveScenario: async (input) => {
      const planId = get().currentPlanId;
      if (!planId) return NO_PLAN;
      // Optimistic: an editor mounted while this is in flight starts from the new values.
      if (input.id) set((s) => ({ scenarios: s.scenarios.map((x) => (x.id === input.id ? { ...x, name: input.name, assumptions: input.assumptions } : x)) }));
      const request = invoke('targets.save', { planId, ...input });
      inFlight = Promise.all([inFlight, request]);
      const result = await request;
      await get().loadScenarios(planId); // the stored truth, whether the save worked or not
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
  };
};
