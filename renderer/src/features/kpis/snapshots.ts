import type { OpInput } from '../../../../shared/contract';
import type { KpiSnapshot, KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { MetricDef, MetricUnit } from '../../../../shared/domain/metrics';
import { periodLabel } from '../../../../shared/planning/periods';
import { readInUnit } from '../../../../shared/parse/units';
import { fieldsOf } from '../../../../shared/domain/record';
import { decimalMark } from '../../../../shared/format';
import type { Parsed } from '../../../../shared/parse/number';
import { invalidatePlan, opKey, patchOp, queryClient } from '../../api/cache';
import { invoke } from '../../api/client';
import { useAppStore } from '../../store';

// Actuals feed the dashboard and the SLA scorecard: their cached answers for the plan go stale.
const actualsChanged = (planId: string) => invalidatePlan(planId, ['dashboard.get']);

function merge(list: KpiSnapshot[], saved: KpiSnapshot[]): KpiSnapshot[] {
  const byId = new Map(saved.map((s) => [s.id, s]));
  return [...list.map((s) => byId.get(s.id) ?? s), ...saved.filter((s) => !list.some((x) => x.id === s.id))];
}

/** All or nothing; a CONFLICT means some already exist and `replace` was not set. Warnings are shown at once. */
export async function saveSnapshots(planId: string, snapshots: KpiSnapshotFields[], replace: boolean) {
  const result = await invoke('kpis.save', { planId, snapshots, replace });
  if (result.ok) {
    patchOp('kpis.list', { planId }, (list) => merge(list, result.value.snapshots));
    void actualsChanged(planId);
    for (const warning of result.value.warnings) useAppStore.getState().notify({ kind: 'info', message: warning });
  }
  return result;
}

export async function updateSnapshot(s: KpiSnapshot, patch: Partial<KpiSnapshotFields>) {
  const result = await invoke('kpis.update', { planId: s.planId, id: s.id, patch });
  if (result.ok) {
    patchOp('kpis.list', { planId: s.planId }, (list) => merge(list, [result.value.snapshot]));
    void actualsChanged(s.planId);
    for (const warning of result.value.warnings) useAppStore.getState().notify({ kind: 'info', message: warning });
  }
  return result;
}

export async function deleteSnapshot(s: KpiSnapshot) {
  const { notify, notifyError, pushUndo, undoEntry } = useAppStore.getState();
  const result = await invoke('kpis.delete', { planId: s.planId, id: s.id });
  if (!result.ok) return notifyError(result.error);
  const removed = (id: string) => patchOp('kpis.list', { planId: s.planId }, (list) => list.filter((x) => x.id !== id));
  removed(s.id);
  void actualsChanged(s.planId);
  const fields = fieldsOf(result.value);
  let restoredId: string | null = null;
  const restore = async () => {
    // Refused (CONFLICT) if the same metric/period/team was entered again meanwhile: say so.
    const r = await saveSnapshots(s.planId, [fields], false);
    if (!r.ok) notifyError(r.error);
    restoredId = r.ok ? r.value.snapshots[0]!.id : null;
    return r.ok;
  };
  const remove = async () => {
    if (!restoredId) return false;
    const r = await invoke('kpis.delete', { planId: s.planId, id: restoredId });
    if (r.ok) removed(restoredId);
    else notifyError(r.error);
    return r.ok;
  };
  const metric = queryClient.getQueryData<MetricDef[]>(opKey('metrics.list', { planId: s.planId }))?.find((m) => m.key === fields.metric)?.label ?? fields.metric;
  const entry = { planId: s.planId, label: `delete ${metric}, ${periodLabel(fields.period)}`, undo: restore, redo: remove };
  pushUndo(entry);
  notify({ kind: 'info', message: `Deleted ${metric}, ${periodLabel(fields.period)}.`, action: { label: 'Undo', run: () => void undoEntry(entry) } });
}

export async function createMetric(planId: string, input: Omit<OpInput<'metrics.createCustom'>, 'planId'>) {
  const result = await invoke('metrics.createCustom', { planId, ...input });
  if (result.ok) patchOp('metrics.list', { planId }, (list) => [...list, result.value]);
  return result;
}

/** A value in its metric's unit, as typed; a rate below 1 is asked about rather than guessed. */
export const readValue = (text: string, unit: MetricUnit | undefined): Parsed<number | null> => readInUnit(text, unit ?? 'count', 'Value', { decimal: decimalMark(), lenient: true });
