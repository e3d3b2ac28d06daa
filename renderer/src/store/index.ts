import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { createAccountsSlice } from '../features/accounts/accountsSlice';
import { createDashboardSlice } from '../features/dashboard/dashboardSlice';
import { createKpisSlice } from '../features/kpis/kpisSlice';
import { createNavSlice } from '../features/nav/navSlice';
import { createNotificationsSlice } from '../features/notifications/notificationsSlice';
import { createPlansSlice } from '../features/plans/plansSlice';
import { createSlasSlice } from '../features/slas/slasSlice';
import { createTargetsSlice } from '../features/targets/targetsSlice';
import { createUndoSlice } from '../features/undo/undoSlice';
import type { AppState } from './types';

// Middleware only here, on the combined store (zustand's slices guide).
export const useAppStore = create<AppState>()(
  devtools(
    (...a) => ({
      ...createNavSlice(...a),
      ...createPlansSlice(...a),
      ...createAccountsSlice(...a),
      ...createTargetsSlice(...a),
      ...createSlasSlice(...a),
      ...createKpisSlice(...a),
      ...createDashboardSlice(...a),
      ...createNotificationsSlice(...a),
      ...createUndoSlice(...a),
    }),
    { name: 'tandem', enabled: import.meta.env.DEV },
  ),
);
