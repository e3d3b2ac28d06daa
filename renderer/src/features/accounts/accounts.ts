import type { AccountBatchResult } from '../../../../shared/contract/accounts';
import type { OpInput } from '../../../../shared/contract';
import type { Account, AccountFields } from '../../../../shared/domain/account';
import { fieldsOf } from '../../../../shared/domain/record';
import type { Result } from '../../../../shared/result';
import { invalidatePlan, patchOp, useOp } from '../../api/cache';
import { invoke } from '../../api/client';
import { useAppStore } from '../../store';
import type { UndoEntry } from '../undo/undoSlice';
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
  void invalidatePlan(planId, ['accounts.summary']);
  if (r.created.length || r.deleted.length) void plansChanged(); // account counts
}

// Undo and redo re-run a write without recording a new undo step, and say why when the core refuses.
async function run(planId: string, batch: Batch): Promise<Result<AccountBatchResult>> {
  const result = await invoke('accounts.batch', { planId, ...batch });
  if (result.ok) applyToCache(planId, result.value);
  return result;
}
async function replay(planId: string, batch: Batch) {
  const result = await run(planId, batch);
  if (!result.ok) useAppStore.getState().notifyError(result.error);
  return result.ok;
}

const restoreOf = (accounts: Account[]) => accounts.map((a) => ({ id: a.id, account: fieldsOf(a) }));

/** One undo step for a batch: edits go back to the values the core returned before, created rows go, deleted rows return. */
function pushUndoFor(planId: string, label: string, before: Account[], result: AccountBatchResult): UndoEntry {
  const previous = new Map(before.map((a) => [a.id, a]));
  const inverse: Batch = {
    updates: result.updated.map((a) => ({ id: a.id, patch: fieldsOf(previous.get(a.id) ?? a) })),
    deletes: result.created.map((a) => a.id),
    creates: restoreOf(result.deleted),
  };
  const again: Batch = {
    updates: result.updated.map((a) => ({ id: a.id, patch: fieldsOf(a) })),
    creates: restoreOf(result.created),
    deletes: result.deleted.map((a) => a.id),
  };
  const entry = { planId, label, undo: () => replay(planId, inverse), redo: () => replay(planId, again) };
  useAppStore.getState().pushUndo(entry);
  return entry;
}

/** A batch (a pasted block, say) as one write and one undo step. `before` holds the rows it edits as they were. */
export async function applyBatch(planId: string, batch: Batch, label: string, before: Account[]) {
  const result = await run(planId, batch);
  if (result.ok) pushUndoFor(planId, label, before, result.value);
  return result;
}

export async function createAccount(planId: string, fields: AccountFields) {
  const result = await invoke('accounts.create', { planId, account: fields });
  if (result.ok) {
    applyToCache(planId, { created: [result.value], updated: [], deleted: [] });
    pushUndoFor(planId, `add ${result.value.name}`, [], { created: [result.value], updated: [], deleted: [] });
  }
  return result;
}

/** `what` names the edited fields as the user sees them ("Open pipeline"), for the Undo label. */
export async function updateAccount(account: Account, patch: Partial<AccountFields>, what: string) {
  const result = await invoke('accounts.update', { planId: account.planId, id: account.id, patch });
  if (result.ok) {
    applyToCache(account.planId, { created: [], updated: [result.value], deleted: [] });
    pushUndoFor(account.planId, `edit ${what} of ${account.name}`, [account], { created: [], updated: [result.value], deleted: [] });
  }
  return result;
}

export async function deleteAccount(account: Account) {
  const { notify, notifyError, undoEntry } = useAppStore.getState();
  const result = await invoke('accounts.delete', { planId: account.planId, id: account.id });
  if (!result.ok) return notifyError(result.error);
  applyToCache(account.planId, { created: [], updated: [], deleted: [result.value] });
  const entry = pushUndoFor(account.planId, `delete ${account.name}`, [], { created: [], updated: [], deleted: [result.value] });
  // The toast's Undo means this deletion, whatever was changed since.
  notify({ kind: 'info', message: `Deleted ${account.name}.`, action: { label: 'Undo', run: () => void undoEntry(entry) } });
}
