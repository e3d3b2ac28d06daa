import type { OpInput } from '../../../../shared/contract';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { forgetPlan, queryClient, useOp } from '../../api/cache';
import { invoke } from '../../api/client';
import { useAppStore } from '../../store';

const PLANS_KEY = ['plans.list'];
const refreshPlans = () => queryClient.invalidateQueries({ queryKey: PLANS_KEY });

export const usePlans = () => useOp('plans.list', {});

/** The plan every view works on, from the cached list. */
export function useCurrentPlan(): PlanSummary | null {
  const plans = usePlans().data;
  const id = useAppStore((s) => s.currentPlanId);
  return plans?.find((p) => p.id === id) ?? null;
}

/** Plans' account counts change when accounts do. */
export const plansChanged = () => refreshPlans();

export async function createPlan(input: OpInput<'plans.create'>) {
  const result = await invoke('plans.create', input);
  if (result.ok) {
    await refreshPlans();
    useAppStore.getState().selectPlan(result.value.id);
  }
  return result;
}

export async function renamePlan(id: string, name: string) {
  const result = await invoke('plans.rename', { id, name });
  if (result.ok) await refreshPlans();
  return result;
}

export async function duplicatePlan(id: string, name: string) {
  const result = await invoke('plans.duplicate', { id, name });
  if (result.ok) {
    await refreshPlans();
    useAppStore.getState().selectPlan(result.value.id);
  }
  return result;
}

export async function deletePlan(id: string) {
  const result = await invoke('plans.delete', { id });
  if (result.ok) {
    forgetPlan(id);
    if (useAppStore.getState().currentPlanId === id) useAppStore.getState().selectPlan(null);
    await refreshPlans();
  }
  return result;
}
