import type { OpInput } from '../../../../shared/contract';
import type { KpiSnapshot, KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { MetricDef, MetricUnit } from '../../../../shared/domain/metrics';
import { periodLabel } from '../../../../shared/planning/periods';
import { readInUnit } from '../../../../shared/parse/units';
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
  const { notifyError, offerUndo } = useAppStore.getState();
  const result = await invoke('kpis.delete', { planId: s.planId, id: s.id });
  if (!result.ok) return notifyError(result.error);
  patchOp('kpis.list', { planId: s.planId }, (list) => list.filter((x) => x.id !== s.id));
  void actualsChanged(s.planId);
  const metric = queryClient.getQueryData<MetricDef[]>(opKey('metrics.list', { planId: s.planId }))?.find((m) => m.key === s.metric)?.label ?? s.metric;
  await offerUndo(s.planId, `Deleted ${metric}, ${periodLabel(s.period)}.`);
}

export async function createMetric(planId: string, input: Omit<OpInput<'metrics.createCustom'>, 'planId'>) {
  const result = await invoke('metrics.createCustom', { planId, ...input });
  if (result.ok) patchOp('metrics.list', { planId }, (list) => [...list, result.value]);
  return result;
}

/** A value in its metric's unit, as typed; a rate below 1 is asked about rather than guessed. */
export const readValue = (text: string, unit: MetricUnit | undefined): Parsed<number | null> => readInUnit(text, unit ?? 'count', 'Value', { decimal: decimalMark(), lenient: true });
