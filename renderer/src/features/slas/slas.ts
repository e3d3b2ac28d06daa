import type { Sla, SlaFields } from '../../../../shared/domain/sla';
import { invalidatePlan, patchOp } from '../../api/cache';
import { invoke } from '../../api/client';

// A changed SLA changes the scorecard: the dashboard's cached answers for the plan go stale.
const slasChanged = (planId: string) => invalidatePlan(planId, ['dashboard.get']);

export async function createSla(planId: string, fields: SlaFields) {
  const result = await invoke('slas.create', { planId, sla: fields });
  if (result.ok) {
    patchOp('slas.list', { planId }, (list) => [...list, result.value]);
    void slasChanged(planId);
  }
  return result;
}

export async function updateSla(sla: Pick<Sla, 'planId' | 'id'>, patch: Partial<SlaFields>) {
  const result = await invoke('slas.update', { planId: sla.planId, id: sla.id, patch });
  if (result.ok) {
    patchOp('slas.list', { planId: sla.planId }, (list) => list.map((x) => (x.id === sla.id ? result.value : x)));
    void slasChanged(sla.planId);
  }
  return result;
}

export async function deleteSla(sla: Pick<Sla, 'planId' | 'id'>) {
  const result = await invoke('slas.delete', { planId: sla.planId, id: sla.id });
  if (result.ok) {
    patchOp('slas.list', { planId: sla.planId }, (list) => list.filter((x) => x.id !== sla.id));
    void slasChanged(sla.planId);
  }
  return result;
}
