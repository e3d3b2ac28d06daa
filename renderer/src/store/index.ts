import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { createAccountsSlice } from '../features/accounts/accountsSlice';
import { createNotificationsSlice } from '../features/notifications/notificationsSlice';
import { createPlansSlice } from '../features/plans/plansSlice';
import { createUndoSlice } from '../features/undo/undoSlice';
import type { AppState } from './types';

// Middleware only here, on the combined store (zustand's slices guide).
export const useAppStore = create<AppState>()(
  devtools(
    (...a) => ({
      ...createPlansSlice(...a),
      ...createAccountsSlice(...a),
      ...createNotificationsSlice(...a),
      ...createUndoSlice(...a),
    }),
    { name: 'tandem', enabled: import.meta.env.DEV },
  ),
);
