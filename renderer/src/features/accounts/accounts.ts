import type { AccountBatchResult } from '../../../../shared/contract/accounts';
import type { OpInput } from '../../../../shared/contract';
import type { Account, AccountFields } from '../../../../shared/domain/account';
import { invalidatePlan, patchOp, useOp } from '../../api/cache';
import { invoke } from '../../api/client';
import { useAppStore } from '../../store';
import { plansChanged } from '../plans/plans';

export const useAccounts = (planId: string) => useOp('accounts.list', { planId });

type Batch = Omit<OpInput<'accounts.batch'>, 'planId'>;

/** The cached list after a write: the rows it returned replace, join or leave the list. */
function applyToCache(planId: string, r: AccountBatchResult) {
  const gone = new Set(r.deleted.map((a) => a.id));
  const changed = new Map([...r.updated, ...r.created].map((a) => [a.id, a]));
  // One pass with sets: a 5,000-row paste into 100,000 accounts must not compare every pair.
  patchOp('accounts.list', { planId }, (list) => {
    const listed = new Set(list.map((a) => a.id));
    return [...list.filter((a) => !gone.has(a.id)).map((a) => changed.get(a.id) ?? a), ...r.created.filter((a) => !listed.has(a.id))];
  });
  void invalidatePlan(planId, ['accounts.summary', 'accounts.boardInfo', 'history.list']);
  if (r.created.length || r.deleted.length) void plansChanged(); // account counts
}

// Every write below is one step of the core's history: Ctrl+Z undoes it, from any door.

/** A batch (a pasted block, say) as one write, so one undo step. */
export async function applyBatch(planId: string, batch: Batch) {
  const result = await invoke('accounts.batch', { planId, ...batch });
  if (result.ok) applyToCache(planId, result.value);
  return result;
}

export async function createAccount(planId: string, fields: AccountFields) {
  const result = await invoke('accounts.create', { planId, account: fields });
  if (result.ok) applyToCache(planId, { created: [result.value], updated: [], deleted: [] });
  return result;
}

export async function updateAccount(account: Account, patch: Partial<AccountFields>) {
  const result = await invoke('accounts.update', { planId: account.planId, id: account.id, patch });
  if (result.ok) applyToCache(account.planId, { created: [], updated: [result.value], deleted: [] });
  return result;
}

/** Moves cards on the accounts board into a column (stage or tier) and, with swimlanes, a lane: one step. */
export async function moveAccounts(planId: string, accounts: readonly Account[], to: OpInput<'accounts.move'>['to'], place: OpInput<'accounts.move'>['place']) {
  const result = await invoke('accounts.move', { planId, cards: accounts.map((a) => ({ id: a.id, expectedRevision: a.revision })), to, place });
  if (result.ok) applyToCache(planId, { created: [], updated: result.value, deleted: [] });
  return result;
}

export async function deleteAccount(account: Account) {
  const { notifyError, offerUndo } = useAppStore.getState();
  const result = await invoke('accounts.delete', { planId: account.planId, id: account.id });
  if (!result.ok) return notifyError(result.error);
  applyToCache(account.planId, { created: [], updated: [], deleted: [result.value] });
  await offerUndo(account.planId, `Deleted ${account.name}.`);
}
