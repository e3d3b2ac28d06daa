import type { OpInput } from '../../../../../shared/contract';
import type { ContentItem } from '../../../../../shared/domain/content';
import { invalidatePlan, mergeRows, useOp } from '../../../api/cache';
import { invoke } from '../../../api/client';

export const useContent = (planId: string) => useOp('content.list', { planId });

function merge(planId: string, items: ContentItem[], removed: string[] = []) {
  mergeRows('content.list', planId, items, removed);
  void invalidatePlan(planId, ['history.list']);
}

// Each write is one step of the plan's history: Ctrl+Z undoes it.
export async function createItem(planId: string, item: OpInput<'content.create'>['item']) {
  const result = await invoke('content.create', { planId, item });
  if (result.ok) merge(planId, [result.value]);
  return result;
}

export async function requestItem(planId: string, request: OpInput<'content.request'>['request']) {
  const result = await invoke('content.request', { planId, request });
  if (result.ok) merge(planId, [result.value]);
  return result;
}

export async function updateItem(item: ContentItem, patch: OpInput<'content.update'>['patch']) {
  const result = await invoke('content.update', { planId: item.planId, id: item.id, patch, expectedRevision: item.revision });
  if (result.ok) merge(item.planId, [result.value]);
  return result;
}

export async function deleteItem(item: ContentItem) {
  const result = await invoke('content.delete', { planId: item.planId, id: item.id });
  if (result.ok) merge(item.planId, [], [item.id]);
  return result;
}

export async function moveItems(planId: string, items: ContentItem[], to: OpInput<'content.move'>['to'], place: OpInput<'content.move'>['place']) {
  const result = await invoke('content.move', { planId, cards: items.map((i) => ({ id: i.id, expectedRevision: i.revision })), to, place });
  if (result.ok) merge(planId, result.value);
  return result;
}
