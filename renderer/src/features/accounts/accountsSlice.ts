import type { Account, AccountFields } from '../../../../shared/domain/account';
import { DEFAULT_QUERY, type AccountQuery } from '../../../../shared/domain/accountQuery';
import { fieldsOf } from '../../../../shared/domain/record';
import type { Result } from '../../../../shared/result';
import { invoke } from '../../api/client';
import { NO_PLAN } from '../../store/noPlan';
import type { SliceCreator } from '../../store/types';

export interface AccountsSlice {
  accounts: Account[];
  accountsPlanId: string | null;
  accountsStatus: 'idle' | 'loading' | 'ready' | 'error';
  query: AccountQuery;
  setQuery(patch: Partial<AccountQuery>): void;
  loadAccounts(planId: string): Promise<void>;
  createAccount(fields: Partial<AccountFields>): Promise<Result<Account>>;
  updateAccount(id: string, patch: Partial<AccountFields>): Promise<Result<Account>>;
  deleteAccount(id: string): Promise<void>;
}

export const createAccountsSlice: SliceCreator<AccountsSlice> = (set, get) => {
  const replace = (account: Account) => set((s) => ({ accounts: s.accounts.map((a) => (a.id === account.id ? account : a)) }));
  const remove = (id: string) => set((s) => ({ accounts: s.accounts.filter((a) => a.id !== id) }));
  const add = (account: Account) => set((s) => (s.accountsPlanId === account.planId ? { accounts: [...s.accounts, account] } : {}));
  const planChanged = () => get().loadPlans(); // account counts live on the plan summaries

  // Undo steps call the store without recording new undo entries.
  const apply = {
    update: async (id: string, patch: Partial<AccountFields>) => {
      const result = await invoke('accounts.update', { id, patch });
      if (result.ok) replace(result.value);
      else get().notifyError(result.error);
      return result.ok;
    },
    remove: async (id: string) => {
      const result = await invoke('accounts.delete', { id });
      if (result.ok) {
        remove(id);
        void planChanged();
      } else get().notifyError(result.error);
      return result.ok;
    },
    restore: async (account: Account) => {
      const result = await invoke('accounts.restore', { id: account.id, planId: account.planId, account: fieldsOf(account) });
      if (result.ok) {
        add(result.value);
        void planChanged();
      } else get().notifyError(result.error);
      return result.ok;
    },
  };

  return {
    accounts: [],
    accountsPlanId: null,
    accountsStatus: 'idle',
    query: DEFAULT_QUERY,
    setQuery: (patch) => set((s) => ({ query: { ...s.query, ...patch } })),
    loadAccounts: async (planId) => {
      set({ accountsStatus: 'loading', accountsPlanId: planId, accounts: [] });
      const result = await invoke('accounts.list', { planId });
      if (get().accountsPlanId !== planId) return; // the user switched plans meanwhile
      if (result.ok) set({ accounts: result.value, accountsStatus: 'ready' });
      else {
        set({ accountsStatus: 'error' });
        get().notifyError(result.error);
      }
    },
    createAccount: async (fields) => {
      const planId = get().accountsPlanId;
      if (!planId) return NO_PLAN;
      const result = await invoke('accounts.create', { planId, account: fields as AccountFields });
      if (result.ok) {
        add(result.value);
        const created = result.value;
        get().pushUndo({ label: `add ${created.name}`, undo: () => apply.remove(created.id), redo: () => apply.restore(created) });
        void planChanged();
      }
      return result;
    },
    updateAccount: async (id, patch) => {
      const before = get().accounts.find((a) => a.id === id);
      const result = await invoke('accounts.update', { id, patch });
      if (result.ok) {
        replace(result.value);
        if (before) {
          const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof AccountFields]])) as Partial<AccountFields>;
          const field = Object.keys(patch).join(', ');
          get().pushUndo({ label: `edit ${field} of ${before.name}`, undo: () => apply.update(id, previous), redo: () => apply.update(id, patch) });
        }
      }
      return result;
    },
    deleteAccount: async (id) => {
      const account = get().accounts.find((a) => a.id === id);
      if (!account || !(await apply.remove(id))) return;
      const entry = { label: `delete ${account.name}`, undo: () => apply.restore(account), redo: () => apply.remove(id) };
      get().pushUndo(entry);
      get().notify({ kind: 'info', message: `Deleted ${account.name}.`, action: { label: 'Undo', run: () => void get().undo() } });
    },
  };
};
