import type { TargetScenario } from '../../../../shared/domain/targets';
import type { TargetAssumptions } from '../../../../shared/planning/funnel';
import { invalidatePlan, opKey, patchOp, queryClient, useOp } from '../../api/cache';
import { invoke } from '../../api/client';
import { useAppStore } from '../../store';
import { forgetUnsaved } from './checkDraft';

export const useScenarios = (planId: string) => useOp('targets.list', { planId });

const replaceIn = (list: TargetScenario[], s: TargetScenario) => list.map((x) => (x.id === s.id ? s : x));

/** The primary scenario drives the dashboard and the SLAs that follow the plan: their answers go stale with it. */
const primaryChanged = (planId: string) => invalidatePlan(planId, ['dashboard.get', 'slas.list']);

// Every write names the plan its scenario belongs to, never "the current plan": a save flushed while
// the user switches plans still lands in the plan it was typed in.
export async function createScenario(planId: string, name: string, assumptions: TargetAssumptions) {
  const result = await invoke('targets.create', { planId, name, assumptions });
  if (result.ok) {
    patchOp('targets.list', { planId }, (list) => [...list, result.value]);
    useAppStore.getState().chooseScenario(planId, result.value.id);
    if (result.value.isPrimary) void primaryChanged(planId); // a plan's first scenario is its primary
  }
  return result;
}

export async function saveAssumptions(scenario: Pick<TargetScenario, 'planId' | 'id' | 'isPrimary'>, assumptions: TargetAssumptions) {
  // A list answer still on its way would carry the assumptions from before this save.
  await queryClient.cancelQueries({ queryKey: opKey('targets.list', { planId: scenario.planId }) });
  const result = await invoke('targets.update', { planId: scenario.planId, id: scenario.id, patch: { assumptions } });
  if (result.ok) {
    patchOp('targets.list', { planId: scenario.planId }, (list) => replaceIn(list, result.value));
    if (result.value.isPrimary) void primaryChanged(scenario.planId);
  }
  return result;
}

export async function renameScenario(scenario: TargetScenario, name: string) {
  const result = await invoke('targets.update', { planId: scenario.planId, id: scenario.id, patch: { name } });
  if (result.ok) patchOp('targets.list', { planId: scenario.planId }, (list) => replaceIn(list, result.value));
  return result;
}

export async function makePrimary(scenario: TargetScenario) {
  const result = await invoke('targets.setPrimary', { planId: scenario.planId, id: scenario.id });
  if (result.ok) {
    queryClient.setQueryData(opKey('targets.list', { planId: scenario.planId }), result.value);
    void primaryChanged(scenario.planId);
  }
  return result;
}

export async function deleteScenario(scenario: TargetScenario) {
  const result = await invoke('targets.delete', { planId: scenario.planId, id: scenario.id });
  if (result.ok) {
    patchOp('targets.list', { planId: scenario.planId }, (list) => list.filter((s) => s.id !== scenario.id));
    forgetUnsaved(scenario.id);
  }
  return result;
}
