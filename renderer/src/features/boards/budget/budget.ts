import type { OpInput } from '../../../../../shared/contract';
import type { BudgetLine } from '../../../../../shared/domain/budget';
import { invalidatePlan, mergeRows, useOp } from '../../../api/cache';
import { invoke } from '../../../api/client';

export const useBudget = (planId: string) => useOp('budget.list', { planId });

/** The cached lines after a write: the lines it returned replace or join the list. */
function merge(planId: string, lines: BudgetLine[], removed: string[] = []) {
  mergeRows('budget.list', planId, lines, removed);
  void invalidatePlan(planId, ['dashboard.get', 'history.list']);
}

type LineInput = OpInput<'budget.create'>['line'];

// Each write is one step of the plan's history: Ctrl+Z undoes it.
export async function createLine(planId: string, line: LineInput) {
  const result = await invoke('budget.create', { planId, line });
  if (result.ok) merge(planId, [result.value]);
  return result;
}

export async function updateLine(line: BudgetLine, patch: OpInput<'budget.update'>['patch']) {
  const result = await invoke('budget.update', { planId: line.planId, id: line.id, patch, expectedRevision: line.revision });
  if (result.ok) merge(line.planId, [result.value]);
  return result;
}

export async function deleteLine(line: BudgetLine) {
  const result = await invoke('budget.delete', { planId: line.planId, id: line.id });
  if (result.ok) merge(line.planId, [], [line.id]);
  return result;
}

export async function moveLines(planId: string, lines: BudgetLine[], to: OpInput<'budget.move'>['to'], place: OpInput<'budget.move'>['place']) {
  const result = await invoke('budget.move', { planId, cards: lines.map((l) => ({ id: l.id, expectedRevision: l.revision })), to, place });
  if (result.ok) merge(planId, result.value);
  return result;
}

type SplitInput = Omit<OpInput<'budget.split'>, 'planId' | 'id'>;

export async function splitLine(line: BudgetLine, split: SplitInput) {
  const result = await invoke('budget.split', { planId: line.planId, id: line.id, ...split });
  if (result.ok) merge(line.planId, result.value);
  return result;
}
