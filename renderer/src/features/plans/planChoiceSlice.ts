import type { SliceCreator } from '../../store/types';

const LAST_PLAN_KEY = 'tandem.lastPlanId';

export function rememberedPlan(): string | null {
  try {
    return localStorage.getItem(LAST_PLAN_KEY);
  } catch {
    return null;
  }
}

/** Which plan every view works on, and per plan the choices a user expects to find again. */
export interface PlanChoiceSlice {
  currentPlanId: string | null;
  selectPlan(id: string | null): void;
  /** The scenario open in the target planner, per plan: a new scenario opens there at once. */
  scenarioChoice: Record<string, string>;
  chooseScenario(planId: string, scenarioId: string): void;
  /** The dashboard's period per plan ("all" or a month). */
  dashboardSelection: Record<string, string>;
  chooseDashboardSelection(planId: string, selection: string): void;
}

export const createPlanChoiceSlice: SliceCreator<PlanChoiceSlice> = (set, get) => ({
  currentPlanId: null,
  selectPlan: (id) => {
    if (id === get().currentPlanId) return;
    set({ currentPlanId: id });
    try {
      if (id) localStorage.setItem(LAST_PLAN_KEY, id);
    } catch {
      // Storage may be unavailable (private mode); remembering the plan is only a convenience.
    }
  },
  scenarioChoice: {},
  chooseScenario: (planId, scenarioId) => set((s) => ({ scenarioChoice: { ...s.scenarioChoice, [planId]: scenarioId } })),
  dashboardSelection: {},
  chooseDashboardSelection: (planId, selection) => set((s) => ({ dashboardSelection: { ...s.dashboardSelection, [planId]: selection } })),
});
